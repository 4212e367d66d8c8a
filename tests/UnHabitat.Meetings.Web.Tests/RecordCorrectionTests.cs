using System.Net;
using System.Net.Http.Json;
using UnHabitat.Meetings.Application.Records;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Application.Summaries;
using UnHabitat.Meetings.Domain.Records;
using UnHabitat.Meetings.Web.Tests.Support;

namespace UnHabitat.Meetings.Web.Tests;

/// <summary>
/// The record is corrected entry by entry (edited, moved, deleted, with the version read), action points are
/// closed with a note and followed up at the next meeting, and a submitted summary freezes all of it.
/// </summary>
[TestFixture]
public sealed class RecordCorrectionTests : AppFixture
{
    private HttpClient _secretariat = null!;
    private SignedIn _officer = null!;
    private SignedIn _chair = null!;

    protected override async Task OnStartedAsync()
    {
        _officer = await App.UserAsync(Roles.Secretariat);
        _secretariat = _officer.Client;
        _chair = await App.UserAsync(Roles.Chair);
    }

    [Test]
    public async Task An_intervention_moved_to_another_item_round_and_topic_prints_there_in_the_summary()
    {
        var (meeting, first, second) = await NewMeetingAsync();
        var kenya = await Created<InterventionDto>(_secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/interventions", Intervention(first, "asked about the timeline."), MeetingsApp.Json));

        var moved = await Ok<InterventionDto>(_secretariat.PutAsJsonAsync($"/api/meetings/{meeting}/interventions/{kenya.Id}", new
        {
            agendaItemId = second, round = 2, topic = "Resolution 2/7 - Adequate housing for all", text = "asked about the timeline of the report.",
            speaker = new { kind = "MemberState", memberState = "FR" }, version = kenya.Version,
        }, MeetingsApp.Json));
        var summary = await SummaryAsync(meeting);

        Assert.That(moved.AgendaItemId, Is.EqualTo(second));
        Assert.That(moved.Round, Is.EqualTo(2));
        Assert.That(moved.Version, Is.EqualTo(kenya.Version + 1));
        var texts = Texts(summary);
        Assert.That(texts, Has.Some.EqualTo("Resolution 2/7 - Adequate housing for all"));
        Assert.That(texts.IndexOf("A Member State asked about the timeline of the report."), Is.GreaterThan(texts.FindIndex(t => t.StartsWith("Agenda item 2", StringComparison.Ordinal))));
    }

    [Test]
    public async Task Responses_and_paragraphs_are_corrected_and_moved_with_their_version()
    {
        var (meeting, first, second) = await NewMeetingAsync();
        var response = await Created<ResponseDto>(_secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/responses", new { agendaItemId = first, text = "The Secretariat explaned the timeline." }, MeetingsApp.Json));
        var paragraph = await Created<ParagraphDto>(_secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/paragraphs", new { agendaItemId = first, kind = "Narrative", text = "The Chair openned the item." }, MeetingsApp.Json));

        var changedResponse = await Ok<ResponseDto>(_secretariat.PutAsJsonAsync($"/api/meetings/{meeting}/responses/{response.Id}",
            new { agendaItemId = second, text = "The Secretariat explained the timeline.", version = response.Version }, MeetingsApp.Json));
        var changedParagraph = await Ok<ParagraphDto>(_secretariat.PutAsJsonAsync($"/api/meetings/{meeting}/paragraphs/{paragraph.Id}",
            new { agendaItemId = second, kind = "Briefing", text = "The Chair opened the item.", version = paragraph.Version }, MeetingsApp.Json));
        var stale = await _secretariat.PutAsJsonAsync($"/api/meetings/{meeting}/paragraphs/{paragraph.Id}",
            new { agendaItemId = first, kind = "Narrative", text = "An older correction.", version = paragraph.Version }, MeetingsApp.Json);
        var missingVersion = await _secretariat.PutAsJsonAsync($"/api/meetings/{meeting}/responses/{response.Id}",
            new { agendaItemId = first, text = "No version." }, MeetingsApp.Json);

        Assert.That(changedResponse.AgendaItemId, Is.EqualTo(second));
        Assert.That(changedParagraph.Kind, Is.EqualTo(ParagraphKind.Briefing));
        Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), "a change based on a stale read is refused");
        Assert.That(missingVersion.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await missingVersion.ProblemAsync()).Errors.Keys, Does.Contain("version"));
        Assert.That(Texts(await SummaryAsync(meeting)), Has.Some.EqualTo("The Secretariat explained the timeline.").And.Some.EqualTo("The Chair opened the item.").And.None.Contains("An older correction"));
    }

    [Test]
    public async Task Every_kind_of_entry_is_deleted_with_its_version_and_leaves_the_summary()
    {
        var (meeting, first, _) = await NewMeetingAsync();
        var question = await Created<InterventionDto>(_secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/interventions", Intervention(first, "asked whether the report was late.", question: true), MeetingsApp.Json));
        var response = await Created<ResponseDto>(_secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/responses",
            new { agendaItemId = first, text = "The Secretariat said it was on time.", respondsTo = new[] { question.Id } }, MeetingsApp.Json));
        var paragraph = await Created<ParagraphDto>(_secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/paragraphs", new { agendaItemId = first, kind = "Narrative", text = "A paragraph typed twice." }, MeetingsApp.Json));
        var point = await Created<ActionPointDto>(_secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/action-points", new { text = "Typed by mistake", owner = "Secretariat" }, MeetingsApp.Json));

        var staleDelete = await _secretariat.DeleteAsync($"/api/meetings/{meeting}/paragraphs/{paragraph.Id}?version={paragraph.Version + 5}");
        var deletions = new[]
        {
            await _secretariat.DeleteAsync($"/api/meetings/{meeting}/interventions/{question.Id}?version={question.Version}"),
            await _secretariat.DeleteAsync($"/api/meetings/{meeting}/paragraphs/{paragraph.Id}?version={paragraph.Version}"),
            await _secretariat.DeleteAsync($"/api/meetings/{meeting}/action-points/{point.Id}?version={point.Version}"),
        };
        var record = await (await _secretariat.GetAsync($"/api/meetings/{meeting}/record")).ReadAsync<MeetingRecordDto>();
        var responseNow = record.Responses.Single();
        var deleteResponse = await _secretariat.DeleteAsync($"/api/meetings/{meeting}/responses/{response.Id}?version={responseNow.Version}");

        Assert.That(staleDelete.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(deletions.Select(d => d.StatusCode), Is.All.EqualTo(HttpStatusCode.NoContent));
        Assert.That(responseNow.RespondsTo, Is.Empty, "the response no longer points at the deleted question");
        Assert.That(deleteResponse.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(Texts(await SummaryAsync(meeting)), Has.None.Contains("report was late").And.None.Contains("typed twice").And.None.Contains("on time"));
        Assert.That(await (await _secretariat.GetAsync($"/api/meetings/{meeting}/action-points")).ReadAsync<List<ActionPointDto>>(), Is.Empty);
    }

    [Test]
    public async Task A_submitted_summary_freezes_every_kind_of_record_change_with_409_naming_the_rule()
    {
        var (meeting, first, _) = await NewMeetingAsync();
        var intervention = await Created<InterventionDto>(_secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/interventions", Intervention(first, "welcomed the report."), MeetingsApp.Json));
        var point = await Created<ActionPointDto>(_secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/action-points", new { text = "Share the report", owner = "Secretariat" }, MeetingsApp.Json));
        await Ok<SummaryDto>(MeetingApi.VersionedPostAsync(_secretariat, $"/api/meetings/{meeting}/summary/submit", new { }));

        var attempts = new[]
        {
            await _secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/interventions", Intervention(first, "added after submission."), MeetingsApp.Json),
            await _secretariat.PutAsJsonAsync($"/api/meetings/{meeting}/interventions/{intervention.Id}", new
            {
                agendaItemId = first, text = "changed after submission.", speaker = new { kind = "MemberState", memberState = "KE" }, version = intervention.Version,
            }, MeetingsApp.Json),
            await _secretariat.DeleteAsync($"/api/meetings/{meeting}/interventions/{intervention.Id}?version={intervention.Version}"),
            await _secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/responses", new { agendaItemId = first, text = "The Secretariat added." }, MeetingsApp.Json),
            await _secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/paragraphs", new { agendaItemId = first, kind = "Narrative", text = "Added." }, MeetingsApp.Json),
            await _secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/action-points", new { text = "Added", owner = "Secretariat" }, MeetingsApp.Json),
            await _secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/action-points/{point.Id}/close", new { note = "Done.", version = point.Version }, MeetingsApp.Json),
            await _secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/record/closing", new { adjournedAt = "2024-10-16T13:05:00+03:00" }, MeetingsApp.Json),
        };
        var summary = await SummaryAsync(meeting);

        foreach (var attempt in attempts)
        {
            Assert.That(attempt.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), await attempt.ExplainAsync());
            var problem = await attempt.ProblemAsync();
            Assert.That(problem.Rule, Is.EqualTo("SubmittedSummaryFreezesTheRecord"));
            Assert.That(problem.Detail, Does.Contain("take the summary back to draft"));
        }

        Assert.That(Texts(summary), Has.None.Contains("after submission"));
        Assert.That(summary.RecordFrozen, Does.Contain("take the summary back to draft"));
    }

    [Test]
    public async Task An_intervention_added_after_the_summary_was_taken_back_to_draft_goes_into_the_next_submission()
    {
        var (meeting, first, _) = await NewMeetingAsync();
        await Ok<SummaryDto>(MeetingApi.VersionedPostAsync(_secretariat, $"/api/meetings/{meeting}/summary/submit", new { }));
        await Ok<SummaryDto>(MeetingApi.VersionedPostAsync(_secretariat, $"/api/meetings/{meeting}/summary/return", new { comment = "One intervention is missing." }));

        await Created<InterventionDto>(_secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/interventions", Intervention(first, "asked for the missing figures."), MeetingsApp.Json));

        Assert.That(Texts(await SummaryAsync(meeting)), Has.Some.EqualTo("A Member State asked for the missing figures."));
    }

    [Test]
    public async Task Open_action_points_of_earlier_meetings_are_reported_on_and_closed_at_the_next_meeting()
    {
        var body = await NewBodyAsync();
        var earlier = await NewMeetingOfAsync(body, "2024-09-10T10:00:00+03:00");
        var point = await Created<ActionPointDto>(_secretariat.PostAsJsonAsync($"/api/meetings/{earlier.Meeting}/action-points",
            new { text = "Newsletter updates from Member States", owner = "Secretariat", due = "2024-10-01" }, MeetingsApp.Json));
        var next = await NewMeetingOfAsync(body, "2024-10-16T10:00:00+03:00");
        var followUp = await MeetingApi.AddAgendaItemAsync(_secretariat, next.Meeting, "Implementation of action points from the previous meeting", position: 1);
        var item = MeetingApi.ItemId(followUp, "Implementation of action points from the previous meeting");

        var listed = await (await _secretariat.GetAsync($"/api/meetings/{next.Meeting}/action-points")).ReadAsync<List<ActionPointDto>>();
        var closed = await Ok<ActionPointDto>(_secretariat.PostAsJsonAsync($"/api/meetings/{next.Meeting}/action-points/{point.Id}/close",
            new { note = "Monthly updates include stories on two projects\nThe newsletter links to the work programme", reportUnderItemId = item, version = point.Version }, MeetingsApp.Json));
        var again = await _secretariat.PostAsJsonAsync($"/api/meetings/{next.Meeting}/action-points/{point.Id}/close",
            new { note = "Again.", version = closed.Version }, MeetingsApp.Json);
        var afterwards = await (await _secretariat.GetAsync($"/api/meetings/{next.Meeting}/action-points")).ReadAsync<List<ActionPointDto>>();
        var blocks = (await SummaryAsync(next.Meeting)).Summary.Blocks;

        Assert.That(listed.Single().FromEarlierMeeting, Is.True);
        Assert.That(closed.Status, Is.EqualTo(ActionPointStatus.Done));
        Assert.That(closed.ClosingNote, Does.StartWith("Monthly updates"));
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await again.ProblemAsync()).Rule, Is.EqualTo("ActionPointIsClosedOnce"));
        Assert.That(afterwards.Single().ClosedInMeetingId, Is.EqualTo(next.Meeting), "closed here, it still shows here with its note");
        var report = blocks.Single(b => b.Text.StartsWith("Newsletter updates from Member States", StringComparison.Ordinal));
        Assert.That(report.Items!.Select(i => i.Text),
            Is.EqualTo(new[] { "Monthly updates include stories on two projects.", "The newsletter links to the work programme." }));
    }

    [Test]
    public async Task An_action_point_is_corrected_and_closed_with_a_note_at_its_own_meeting()
    {
        var (meeting, _, _) = await NewMeetingAsync();
        var point = await Created<ActionPointDto>(_secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/action-points", new { text = "Circulate the draft plan", owner = "Secretariat" }, MeetingsApp.Json));

        var changed = await Ok<ActionPointDto>(_secretariat.PutAsJsonAsync($"/api/meetings/{meeting}/action-points/{point.Id}",
            new { text = "Circulate the draft strategic plan", owner = "Policy unit", due = "2024-11-01", version = point.Version }, MeetingsApp.Json));
        var noNote = await _secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/action-points/{point.Id}/close", new { version = changed.Version }, MeetingsApp.Json);
        var closed = await Ok<ActionPointDto>(_secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/action-points/{point.Id}/close",
            new { note = "Circulated to all Member States.", version = changed.Version }, MeetingsApp.Json));

        Assert.That(changed.Owner, Is.EqualTo("Policy unit"));
        Assert.That(noNote.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await noNote.ProblemAsync()).Errors.Keys, Does.Contain("note"));
        Assert.That(closed.ClosingNote, Is.EqualTo("Circulated to all Member States."));
    }

    [Test]
    public async Task On_the_record_page_an_officer_corrects_moves_and_deletes_an_entry_and_a_frozen_record_says_how_to_reopen_it()
    {
        var (meeting, first, second) = await NewMeetingAsync();
        var intervention = await Created<InterventionDto>(_secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/interventions", Intervention(first, "welcomed teh report."), MeetingsApp.Json));
        var paragraph = await Created<ParagraphDto>(_secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/paragraphs", new { agendaItemId = first, kind = "Narrative", text = "Typed twice." }, MeetingsApp.Json));
        var browser = App.Anonymous();
        await SignInPage.SignInAsync(browser, _officer.Email, MeetingsApp.UserPassword);

        var recordPage = await browser.GetStringAsync($"/meetings/{meeting}/record");
        var editPage = await browser.GetStringAsync($"/meetings/{meeting}/record/entries/{intervention.Id}");
        var token = await SignInPage.AntiforgeryTokenAsync(browser, $"/meetings/{meeting}/record/entries/{intervention.Id}");
        var saved = await browser.PostAsync($"/meetings/{meeting}/record/interventions/{intervention.Id}", Form(token, new()
        {
            ["AgendaItemId"] = second.ToString(), ["Round"] = "2", ["Topic"] = "", ["Speaker"] = "Kenya (KE)", ["OnBehalfOf"] = "",
            ["Text"] = "welcomed the report.", ["IsQuestion"] = "false", ["Version"] = intervention.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));
        var stale = await browser.PostAsync($"/meetings/{meeting}/record/interventions/{intervention.Id}", Form(token, new()
        {
            ["AgendaItemId"] = first.ToString(), ["Round"] = "1", ["Speaker"] = "Kenya (KE)", ["Text"] = "an older correction.",
            ["Version"] = intervention.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));
        var deleted = await browser.PostAsync($"/meetings/{meeting}/record/paragraphs/{paragraph.Id}/delete",
            Form(token, new() { ["Version"] = paragraph.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        var point = await Created<ActionPointDto>(_secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/action-points", new { text = "Circulate the plan", owner = "Secretariat" }, MeetingsApp.Json));
        var closeWithoutNote = await browser.PostAsync($"/meetings/{meeting}/record/action-points/{point.Id}/close",
            Form(token, new() { ["Note"] = "", ["Version"] = point.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        var closed = await browser.PostAsync($"/meetings/{meeting}/record/action-points/{point.Id}/close",
            Form(token, new() { ["Note"] = "Circulated on 1 November.", ["Version"] = point.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        await Ok<SummaryDto>(MeetingApi.VersionedPostAsync(_secretariat, $"/api/meetings/{meeting}/summary/submit", new { }));
        var frozenPage = await browser.GetStringAsync($"/meetings/{meeting}/record");

        Assert.That(recordPage, Does.Contain($"/meetings/{meeting}/record/entries/{intervention.Id}"), "each entry links to its correction page");
        Assert.That(editPage, Does.Contain("welcomed teh report.").And.Contain("value=\"Kenya (KE)\""));
        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await saved.ExplainAsync());
        Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(await stale.Content.ReadAsStringAsync(), Does.Contain("an older correction."), "what was typed is kept");
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await deleted.ExplainAsync());
        Assert.That(closeWithoutNote.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await closeWithoutNote.Content.ReadAsStringAsync(), Does.Match("data-valmsg-for=\"Note\"[^>]*>Say what was done about it."));
        Assert.That(closed.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await closed.ExplainAsync());
        var record = await (await _secretariat.GetAsync($"/api/meetings/{meeting}/record")).ReadAsync<MeetingRecordDto>();
        var moved = record.Interventions.Single();
        Assert.That(moved.AgendaItemId, Is.EqualTo(second));
        Assert.That(moved.Round, Is.EqualTo(2));
        Assert.That(moved.Text, Is.EqualTo("welcomed the report."));
        Assert.That(record.Paragraphs, Is.Empty);
        Assert.That(frozenPage, Does.Contain("The record is frozen.").And.Contain("take the summary back to draft"));
        Assert.That(frozenPage, Does.Not.Contain("Save the intervention").And.Not.Contain("/record/entries/"));
    }

    [Test]
    public async Task Only_the_Secretariat_corrects_the_record_and_only_chairs_and_the_Secretariat_send_a_summary_back()
    {
        var (meeting, first, _) = await NewMeetingAsync();
        var intervention = await Created<InterventionDto>(_secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/interventions", Intervention(first, "welcomed the report."), MeetingsApp.Json));
        var point = await Created<ActionPointDto>(_secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/action-points", new { text = "Share the report", owner = "Secretariat" }, MeetingsApp.Json));
        var delegation = (await App.UserAsync(Roles.Delegation, "KE")).Client;
        var entry = $"/api/meetings/{meeting}/interventions/{intervention.Id}";

        var refused = new[]
        {
            await delegation.PutAsJsonAsync(entry, new { agendaItemId = first, text = "changed.", speaker = new { kind = "MemberState", memberState = "KE" }, version = 1 }, MeetingsApp.Json),
            await delegation.DeleteAsync($"{entry}?version=1"),
            await _chair.Client.DeleteAsync($"{entry}?version=1"),
            await delegation.PutAsJsonAsync($"/api/meetings/{meeting}/action-points/{point.Id}", new { text = "x", owner = "y", version = 1 }, MeetingsApp.Json),
            await delegation.PostAsJsonAsync($"/api/meetings/{meeting}/action-points/{point.Id}/close", new { note = "Done.", version = 1 }, MeetingsApp.Json),
            await MeetingApi.VersionedPostAsync(delegation, $"/api/meetings/{meeting}/summary/return", new { comment = "No." }),
            await delegation.GetAsync($"/api/meetings/{meeting}/summary/changes"),
            await _secretariat.GetAsync($"/api/meetings/{meeting}/summary/changes"),
        };

        Assert.That(refused.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.Forbidden));
    }

    private static FormUrlEncodedContent Form(string token, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = token;
        return new FormUrlEncodedContent(fields);
    }

    private async Task<SummaryDto> SummaryAsync(Guid meeting) =>
        await (await _secretariat.GetAsync($"/api/meetings/{meeting}/summary")).ReadAsync<SummaryDto>();

    private static List<string> Texts(SummaryDto summary) => [.. summary.Summary.Blocks.Select(b => b.Text)];

    private static object Intervention(Guid item, string text, string state = "KE", bool question = false) =>
        new { agendaItemId = item, isQuestion = question, text, speaker = new { kind = "MemberState", memberState = state } };

    private async Task<Guid> NewBodyAsync() =>
        (await Bodies.CreateBodyAsync(_secretariat, Bodies.Working(chairUserIds: [_chair.Id]))).Id;

    private async Task<(Guid Meeting, Guid First, Guid Second)> NewMeetingAsync() => await NewMeetingOfAsync(await NewBodyAsync(), "2024-10-16T10:00:00+03:00");

    /// <summary>A meeting already held (its record is entered afterwards), with its two procedural items.</summary>
    private async Task<(Guid Meeting, Guid First, Guid Second)> NewMeetingOfAsync(Guid body, string startsAt)
    {
        var meeting = (await MeetingApi.CreateMeetingAsync(_secretariat, body, MeetingApi.ThreeHoursFrom(body, startsAt))).Id;
        var items = (await MeetingApi.ReadAgendaAsync(_secretariat, meeting)).Items;
        return (meeting, items[0].Id, items[1].Id);
    }

    private static async Task<T> Created<T>(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.ExplainAsync());
        return await response.ReadAsync<T>();
    }

    private static async Task<T> Ok<T>(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.ExplainAsync());
        return await response.ReadAsync<T>();
    }
}
