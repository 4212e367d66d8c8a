using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using UnHabitat.Meetings.Application.Security;
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
        var kenya = await Created(_secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/interventions", Intervention(first, "asked about the timeline."), MeetingsApp.Json));

        var moved = await Ok(_secretariat.PutAsJsonAsync($"/api/meetings/{meeting}/interventions/{Id(kenya)}", new
        {
            agendaItemId = second, round = 2, topic = "Resolution 2/7 - Adequate housing for all", text = "asked about the timeline of the report.",
            speaker = new { kind = "MemberState", memberState = "FR" }, version = Version(kenya),
        }, MeetingsApp.Json));
        var summary = await SummaryAsync(meeting);

        Assert.That(moved.GetProperty("agendaItemId").GetGuid(), Is.EqualTo(second));
        Assert.That(moved.GetProperty("round").GetInt32(), Is.EqualTo(2));
        Assert.That(moved.GetProperty("version").GetInt32(), Is.EqualTo(Version(kenya) + 1));
        var texts = Texts(summary);
        Assert.That(texts, Has.Some.EqualTo("Resolution 2/7 - Adequate housing for all"));
        Assert.That(texts.IndexOf("A Member State asked about the timeline of the report."), Is.GreaterThan(texts.FindIndex(t => t.StartsWith("Agenda item 2", StringComparison.Ordinal))));
    }

    [Test]
    public async Task Responses_and_paragraphs_are_corrected_and_moved_with_their_version()
    {
        var (meeting, first, second) = await NewMeetingAsync();
        var response = await Created(_secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/responses", new { agendaItemId = first, text = "The Secretariat explaned the timeline." }, MeetingsApp.Json));
        var paragraph = await Created(_secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/paragraphs", new { agendaItemId = first, kind = "Narrative", text = "The Chair openned the item." }, MeetingsApp.Json));

        var changedResponse = await Ok(_secretariat.PutAsJsonAsync($"/api/meetings/{meeting}/responses/{Id(response)}",
            new { agendaItemId = second, text = "The Secretariat explained the timeline.", version = Version(response) }, MeetingsApp.Json));
        var changedParagraph = await Ok(_secretariat.PutAsJsonAsync($"/api/meetings/{meeting}/paragraphs/{Id(paragraph)}",
            new { agendaItemId = second, kind = "Briefing", text = "The Chair opened the item.", version = Version(paragraph) }, MeetingsApp.Json));
        var stale = await _secretariat.PutAsJsonAsync($"/api/meetings/{meeting}/paragraphs/{Id(paragraph)}",
            new { agendaItemId = first, kind = "Narrative", text = "An older correction.", version = Version(paragraph) }, MeetingsApp.Json);
        var missingVersion = await _secretariat.PutAsJsonAsync($"/api/meetings/{meeting}/responses/{Id(response)}",
            new { agendaItemId = first, text = "No version." }, MeetingsApp.Json);

        Assert.That(changedResponse.GetProperty("agendaItemId").GetGuid(), Is.EqualTo(second));
        Assert.That(changedParagraph.GetProperty("kind").GetString(), Is.EqualTo("Briefing"));
        Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), "a change based on a stale read is refused");
        Assert.That(missingVersion.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await missingVersion.JsonAsync()).GetProperty("errors").TryGetProperty("version", out _), Is.True);
        Assert.That(Texts(await SummaryAsync(meeting)), Has.Some.EqualTo("The Secretariat explained the timeline.").And.Some.EqualTo("The Chair opened the item.").And.None.Contains("An older correction"));
    }

    [Test]
    public async Task Every_kind_of_entry_is_deleted_with_its_version_and_leaves_the_summary()
    {
        var (meeting, first, _) = await NewMeetingAsync();
        var question = await Created(_secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/interventions", Intervention(first, "asked whether the report was late.", question: true), MeetingsApp.Json));
        var response = await Created(_secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/responses",
            new { agendaItemId = first, text = "The Secretariat said it was on time.", respondsTo = new[] { Id(question) } }, MeetingsApp.Json));
        var paragraph = await Created(_secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/paragraphs", new { agendaItemId = first, kind = "Narrative", text = "A paragraph typed twice." }, MeetingsApp.Json));
        var point = await Created(_secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/action-points", new { text = "Typed by mistake", owner = "Secretariat" }, MeetingsApp.Json));

        var staleDelete = await _secretariat.DeleteAsync($"/api/meetings/{meeting}/paragraphs/{Id(paragraph)}?version={Version(paragraph) + 5}");
        var deletions = new[]
        {
            await _secretariat.DeleteAsync($"/api/meetings/{meeting}/interventions/{Id(question)}?version={Version(question)}"),
            await _secretariat.DeleteAsync($"/api/meetings/{meeting}/paragraphs/{Id(paragraph)}?version={Version(paragraph)}"),
            await _secretariat.DeleteAsync($"/api/meetings/{meeting}/action-points/{Id(point)}?version={Version(point)}"),
        };
        var record = await _secretariat.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}/record", MeetingsApp.Json);
        var responseNow = record.GetProperty("responses").EnumerateArray().Single();
        var deleteResponse = await _secretariat.DeleteAsync($"/api/meetings/{meeting}/responses/{Id(response)}?version={Version(responseNow)}");

        Assert.That(staleDelete.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(deletions.Select(d => d.StatusCode), Is.All.EqualTo(HttpStatusCode.NoContent));
        Assert.That(responseNow.GetProperty("respondsTo").GetArrayLength(), Is.Zero, "the response no longer points at the deleted question");
        Assert.That(deleteResponse.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(Texts(await SummaryAsync(meeting)), Has.None.Contains("report was late").And.None.Contains("typed twice").And.None.Contains("on time"));
        Assert.That((await _secretariat.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}/action-points", MeetingsApp.Json)).GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task A_submitted_summary_freezes_every_kind_of_record_change_with_409_naming_the_rule()
    {
        var (meeting, first, _) = await NewMeetingAsync();
        var intervention = await Created(_secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/interventions", Intervention(first, "welcomed the report."), MeetingsApp.Json));
        var point = await Created(_secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/action-points", new { text = "Share the report", owner = "Secretariat" }, MeetingsApp.Json));
        await Ok(MeetingApi.VersionedPostAsync(_secretariat, $"/api/meetings/{meeting}/summary/submit", new { }));

        var attempts = new[]
        {
            await _secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/interventions", Intervention(first, "added after submission."), MeetingsApp.Json),
            await _secretariat.PutAsJsonAsync($"/api/meetings/{meeting}/interventions/{Id(intervention)}", new
            {
                agendaItemId = first, text = "changed after submission.", speaker = new { kind = "MemberState", memberState = "KE" }, version = Version(intervention),
            }, MeetingsApp.Json),
            await _secretariat.DeleteAsync($"/api/meetings/{meeting}/interventions/{Id(intervention)}?version={Version(intervention)}"),
            await _secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/responses", new { agendaItemId = first, text = "The Secretariat added." }, MeetingsApp.Json),
            await _secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/paragraphs", new { agendaItemId = first, kind = "Narrative", text = "Added." }, MeetingsApp.Json),
            await _secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/action-points", new { text = "Added", owner = "Secretariat" }, MeetingsApp.Json),
            await _secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/action-points/{Id(point)}/close", new { note = "Done.", version = Version(point) }, MeetingsApp.Json),
            await _secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/record/closing", new { adjournedAt = "2024-10-16T13:05:00+03:00" }, MeetingsApp.Json),
        };
        var summary = await SummaryAsync(meeting);

        foreach (var attempt in attempts)
        {
            Assert.That(attempt.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), await attempt.ExplainAsync());
            var problem = await attempt.JsonAsync();
            Assert.That(problem.GetProperty("rule").GetString(), Is.EqualTo("SubmittedSummaryFreezesTheRecord"));
            Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("take the summary back to draft"));
        }

        Assert.That(Texts(summary), Has.None.Contains("after submission"));
        Assert.That(summary.GetProperty("recordFrozen").GetString(), Does.Contain("take the summary back to draft"));
    }

    [Test]
    public async Task An_intervention_added_after_the_summary_was_taken_back_to_draft_goes_into_the_next_submission()
    {
        var (meeting, first, _) = await NewMeetingAsync();
        await Ok(MeetingApi.VersionedPostAsync(_secretariat, $"/api/meetings/{meeting}/summary/submit", new { }));
        await Ok(MeetingApi.VersionedPostAsync(_secretariat, $"/api/meetings/{meeting}/summary/return", new { comment = "One intervention is missing." }));

        await Created(_secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/interventions", Intervention(first, "asked for the missing figures."), MeetingsApp.Json));

        Assert.That(Texts(await SummaryAsync(meeting)), Has.Some.EqualTo("A Member State asked for the missing figures."));
    }

    [Test]
    public async Task Open_action_points_of_earlier_meetings_are_reported_on_and_closed_at_the_next_meeting()
    {
        var body = await NewBodyAsync();
        var earlier = await NewMeetingOfAsync(body, "2024-09-10T10:00:00+03:00");
        var point = await Created(_secretariat.PostAsJsonAsync($"/api/meetings/{earlier.Meeting}/action-points",
            new { text = "Newsletter updates from Member States", owner = "Secretariat", due = "2024-10-01" }, MeetingsApp.Json));
        var next = await NewMeetingOfAsync(body, "2024-10-16T10:00:00+03:00");
        var followUp = await MeetingApi.AddItemAsync(_secretariat, next.Meeting, "Implementation of action points from the previous meeting", position: 1);
        var item = MeetingApi.ItemId(followUp, "Implementation of action points from the previous meeting");

        var listed = await _secretariat.GetFromJsonAsync<JsonElement>($"/api/meetings/{next.Meeting}/action-points", MeetingsApp.Json);
        var closed = await Ok(_secretariat.PostAsJsonAsync($"/api/meetings/{next.Meeting}/action-points/{Id(point)}/close",
            new { note = "Monthly updates include stories on two projects\nThe newsletter links to the work programme", reportUnderItemId = item, version = Version(point) }, MeetingsApp.Json));
        var again = await _secretariat.PostAsJsonAsync($"/api/meetings/{next.Meeting}/action-points/{Id(point)}/close",
            new { note = "Again.", version = Version(closed) }, MeetingsApp.Json);
        var afterwards = await _secretariat.GetFromJsonAsync<JsonElement>($"/api/meetings/{next.Meeting}/action-points", MeetingsApp.Json);
        var blocks = (await SummaryAsync(next.Meeting)).GetProperty("summary").GetProperty("blocks").EnumerateArray().ToList();

        Assert.That(listed.EnumerateArray().Single().GetProperty("fromEarlierMeeting").GetBoolean(), Is.True);
        Assert.That(closed.GetProperty("status").GetString(), Is.EqualTo("Done"));
        Assert.That(closed.GetProperty("closingNote").GetString(), Does.StartWith("Monthly updates"));
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await again.JsonAsync()).GetProperty("rule").GetString(), Is.EqualTo("ActionPointIsClosedOnce"));
        Assert.That(afterwards.EnumerateArray().Single().GetProperty("closedInMeetingId").GetGuid(), Is.EqualTo(next.Meeting), "closed here, it still shows here with its note");
        var report = blocks.Single(b => b.GetProperty("text").GetString()!.StartsWith("Newsletter updates from Member States", StringComparison.Ordinal));
        Assert.That(report.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("text").GetString()),
            Is.EqualTo(new[] { "Monthly updates include stories on two projects.", "The newsletter links to the work programme." }));
    }

    [Test]
    public async Task An_action_point_is_corrected_and_closed_with_a_note_at_its_own_meeting()
    {
        var (meeting, _, _) = await NewMeetingAsync();
        var point = await Created(_secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/action-points", new { text = "Circulate the draft plan", owner = "Secretariat" }, MeetingsApp.Json));

        var changed = await Ok(_secretariat.PutAsJsonAsync($"/api/meetings/{meeting}/action-points/{Id(point)}",
            new { text = "Circulate the draft strategic plan", owner = "Policy unit", due = "2024-11-01", version = Version(point) }, MeetingsApp.Json));
        var noNote = await _secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/action-points/{Id(point)}/close", new { version = Version(changed) }, MeetingsApp.Json);
        var closed = await Ok(_secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/action-points/{Id(point)}/close",
            new { note = "Circulated to all Member States.", version = Version(changed) }, MeetingsApp.Json));

        Assert.That(changed.GetProperty("owner").GetString(), Is.EqualTo("Policy unit"));
        Assert.That(noNote.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await noNote.JsonAsync()).GetProperty("errors").TryGetProperty("note", out _), Is.True);
        Assert.That(closed.GetProperty("closingNote").GetString(), Is.EqualTo("Circulated to all Member States."));
    }

    [Test]
    public async Task On_the_record_page_an_officer_corrects_moves_and_deletes_an_entry_and_a_frozen_record_says_how_to_reopen_it()
    {
        var (meeting, first, second) = await NewMeetingAsync();
        var intervention = await Created(_secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/interventions", Intervention(first, "welcomed teh report."), MeetingsApp.Json));
        var paragraph = await Created(_secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/paragraphs", new { agendaItemId = first, kind = "Narrative", text = "Typed twice." }, MeetingsApp.Json));
        var browser = App.Anonymous();
        await SignInPage.SignInAsync(browser, _officer.Email, MeetingsApp.UserPassword);

        var recordPage = await browser.GetStringAsync($"/meetings/{meeting}/record");
        var editPage = await browser.GetStringAsync($"/meetings/{meeting}/record/entries/{Id(intervention)}");
        var token = await SignInPage.AntiforgeryTokenAsync(browser, $"/meetings/{meeting}/record/entries/{Id(intervention)}");
        var saved = await browser.PostAsync($"/meetings/{meeting}/record/interventions/{Id(intervention)}", Form(token, new()
        {
            ["AgendaItemId"] = second.ToString(), ["Round"] = "2", ["Topic"] = "", ["Speaker"] = "Kenya (KE)", ["OnBehalfOf"] = "",
            ["Text"] = "welcomed the report.", ["IsQuestion"] = "false", ["Version"] = Version(intervention).ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));
        var stale = await browser.PostAsync($"/meetings/{meeting}/record/interventions/{Id(intervention)}", Form(token, new()
        {
            ["AgendaItemId"] = first.ToString(), ["Round"] = "1", ["Speaker"] = "Kenya (KE)", ["Text"] = "an older correction.",
            ["Version"] = Version(intervention).ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));
        var deleted = await browser.PostAsync($"/meetings/{meeting}/record/paragraphs/{Id(paragraph)}/delete",
            Form(token, new() { ["Version"] = Version(paragraph).ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        var point = await Created(_secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/action-points", new { text = "Circulate the plan", owner = "Secretariat" }, MeetingsApp.Json));
        var closeWithoutNote = await browser.PostAsync($"/meetings/{meeting}/record/action-points/{Id(point)}/close",
            Form(token, new() { ["Note"] = "", ["Version"] = Version(point).ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        var closed = await browser.PostAsync($"/meetings/{meeting}/record/action-points/{Id(point)}/close",
            Form(token, new() { ["Note"] = "Circulated on 1 November.", ["Version"] = Version(point).ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        await Ok(MeetingApi.VersionedPostAsync(_secretariat, $"/api/meetings/{meeting}/summary/submit", new { }));
        var frozenPage = await browser.GetStringAsync($"/meetings/{meeting}/record");

        Assert.That(recordPage, Does.Contain($"/meetings/{meeting}/record/entries/{Id(intervention)}"), "each entry links to its correction page");
        Assert.That(editPage, Does.Contain("welcomed teh report.").And.Contain("value=\"Kenya (KE)\""));
        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await saved.ExplainAsync());
        Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(await stale.Content.ReadAsStringAsync(), Does.Contain("an older correction."), "what was typed is kept");
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await deleted.ExplainAsync());
        Assert.That(closeWithoutNote.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await closeWithoutNote.Content.ReadAsStringAsync(), Does.Match("data-valmsg-for=\"Note\"[^>]*>Say what was done about it."));
        Assert.That(closed.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await closed.ExplainAsync());
        var record = await _secretariat.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}/record", MeetingsApp.Json);
        var moved = record.GetProperty("interventions").EnumerateArray().Single();
        Assert.That(moved.GetProperty("agendaItemId").GetGuid(), Is.EqualTo(second));
        Assert.That(moved.GetProperty("round").GetInt32(), Is.EqualTo(2));
        Assert.That(moved.GetProperty("text").GetString(), Is.EqualTo("welcomed the report."));
        Assert.That(record.GetProperty("paragraphs").GetArrayLength(), Is.Zero);
        Assert.That(frozenPage, Does.Contain("The record is frozen.").And.Contain("take the summary back to draft"));
        Assert.That(frozenPage, Does.Not.Contain("Save the intervention").And.Not.Contain("/record/entries/"));
    }

    [Test]
    public async Task Only_the_Secretariat_corrects_the_record_and_only_chairs_and_the_Secretariat_send_a_summary_back()
    {
        var (meeting, first, _) = await NewMeetingAsync();
        var intervention = await Created(_secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/interventions", Intervention(first, "welcomed the report."), MeetingsApp.Json));
        var point = await Created(_secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/action-points", new { text = "Share the report", owner = "Secretariat" }, MeetingsApp.Json));
        var delegation = (await App.UserAsync(Roles.Delegation, "KE")).Client;
        var entry = $"/api/meetings/{meeting}/interventions/{Id(intervention)}";

        var refused = new[]
        {
            await delegation.PutAsJsonAsync(entry, new { agendaItemId = first, text = "changed.", speaker = new { kind = "MemberState", memberState = "KE" }, version = 1 }, MeetingsApp.Json),
            await delegation.DeleteAsync($"{entry}?version=1"),
            await _chair.Client.DeleteAsync($"{entry}?version=1"),
            await delegation.PutAsJsonAsync($"/api/meetings/{meeting}/action-points/{Id(point)}", new { text = "x", owner = "y", version = 1 }, MeetingsApp.Json),
            await delegation.PostAsJsonAsync($"/api/meetings/{meeting}/action-points/{Id(point)}/close", new { note = "Done.", version = 1 }, MeetingsApp.Json),
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

    private async Task<JsonElement> SummaryAsync(Guid meeting) =>
        await _secretariat.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}/summary", MeetingsApp.Json);

    private static List<string> Texts(JsonElement summary) =>
        [.. summary.GetProperty("summary").GetProperty("blocks").EnumerateArray().Select(b => b.GetProperty("text").GetString()!)];

    private static Guid Id(JsonElement entry) => entry.GetProperty("id").GetGuid();

    private static int Version(JsonElement entry) => entry.GetProperty("version").GetInt32();

    private static object Intervention(Guid item, string text, string state = "KE", bool question = false) =>
        new { agendaItemId = item, isQuestion = question, text, speaker = new { kind = "MemberState", memberState = state } };

    private async Task<Guid> NewBodyAsync() =>
        (await Bodies.CreateAsync(_secretariat, Bodies.Working(chairUserIds: [_chair.Id]))).GetProperty("id").GetGuid();

    private async Task<(Guid Meeting, Guid First, Guid Second)> NewMeetingAsync() => await NewMeetingOfAsync(await NewBodyAsync(), "2024-10-16T10:00:00+03:00");

    /// <summary>A meeting already held (its record is entered afterwards), with its two procedural items.</summary>
    private async Task<(Guid Meeting, Guid First, Guid Second)> NewMeetingOfAsync(Guid body, string startsAt)
    {
        var start = DateTimeOffset.Parse(startsAt, System.Globalization.CultureInfo.InvariantCulture);
        var meeting = (await MeetingApi.CreateAsync(_secretariat, body, MeetingApi.At(body, startsAt, start.AddHours(3).ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture))))
            .GetProperty("id").GetGuid();
        var items = (await MeetingApi.AgendaAsync(_secretariat, meeting)).GetProperty("items");
        return (meeting, items[0].GetProperty("id").GetGuid(), items[1].GetProperty("id").GetGuid());
    }

    private static async Task<JsonElement> Created(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.ExplainAsync());
        return await response.JsonAsync();
    }

    private static async Task<JsonElement> Ok(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.ExplainAsync());
        return await response.JsonAsync();
    }
}
