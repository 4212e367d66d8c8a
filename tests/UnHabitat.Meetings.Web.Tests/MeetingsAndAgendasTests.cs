using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using UnHabitat.Meetings.Application.Agendas;
using UnHabitat.Meetings.Application.Bodies;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Notifications;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Application.Sessions;
using UnHabitat.Meetings.Domain.Meetings;
using UnHabitat.Meetings.Testing;
using UnHabitat.Meetings.Web.Tests.Support;

namespace UnHabitat.Meetings.Web.Tests;

/// <summary>The planning half of the Secretariat's work, through the API.</summary>
[TestFixture]
[Category("Database")]
public sealed class MeetingsAndAgendasTests : AppFixture
{
    private HttpClient _secretariat = null!;
    private SignedIn _chair = null!;

    protected override async Task OnStartedAsync()
    {
        _secretariat = (await App.UserAsync(Roles.Secretariat)).Client;
        _chair = await App.UserAsync(Roles.Chair);
    }

    [Test]
    public async Task Meetings_of_a_body_are_numbered_in_turn_and_titled_in_words()
    {
        var body = await NewBodyAsync();

        var first = await MeetingApi.CreateMeetingAsync(_secretariat, body, MeetingApi.At(body, number: 55));
        var second = await MeetingApi.CreateMeetingAsync(_secretariat, body);

        Assert.That(first.Number, Is.EqualTo(55));
        Assert.That(second.Number, Is.EqualTo(56));
        Assert.That(second.Title, Does.StartWith("fifty-sixth meeting of the ad hoc working group"));
        Assert.That(second.LocalStartsAt, Is.EqualTo(new DateTimeOffset(2024, 10, 16, 10, 0, 0, TimeSpan.FromHours(3))).WithSameOffset);
        Assert.That(second.StartsAt, Is.EqualTo(new DateTimeOffset(2024, 10, 16, 7, 0, 0, TimeSpan.Zero)));
    }

    [Test]
    public async Task A_number_already_used_by_the_body_is_answered_409()
    {
        var body = await NewBodyAsync();
        await MeetingApi.CreateMeetingAsync(_secretariat, body, MeetingApi.At(body, number: 12));

        var response = await _secretariat.PostAsJsonAsync("/api/meetings", MeetingApi.At(body, number: 12), MeetingsApp.Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await response.ProblemAsync()).Rule, Is.EqualTo("MeetingNumberMustBeUnique"));
    }

    [TestCase("timeZone", "Africa/Atlantis", null, null)]
    [TestCase("endsAt", null, "2024-10-16T10:00:00+03:00", "2024-10-16T09:00:00+03:00")]
    public async Task A_meeting_that_cannot_happen_is_answered_400_naming_the_field(string field, string? timeZone, string? startsAt, string? endsAt)
    {
        var body = await NewBodyAsync();
        var meeting = JsonSerializer.SerializeToNode(MeetingApi.At(body), MeetingsApp.Json)!.AsObject();
        if (timeZone is not null)
        {
            meeting["timeZone"] = timeZone;
        }

        if (startsAt is not null)
        {
            meeting["startsAt"] = startsAt;
            meeting["endsAt"] = endsAt;
        }

        var response = await _secretariat.PostAsJsonAsync("/api/meetings", meeting, MeetingsApp.Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), await response.ExplainAsync());
        Assert.That((await response.ProblemAsync()).Errors.Keys, Does.Contain(field), await response.ExplainAsync());
    }

    [Test]
    public async Task A_meeting_of_an_unknown_body_is_answered_400_naming_the_body()
    {
        var response = await _secretariat.PostAsJsonAsync("/api/meetings", MeetingApi.At(Guid.NewGuid()), MeetingsApp.Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ProblemAsync()).Errors.Keys, Does.Contain("bodyId"));
    }

    [TestCase("")]
    [TestCase("   ")]
    public async Task An_empty_agenda_item_title_is_answered_400_naming_the_title(string title)
    {
        var meeting = await NewMeetingAsync();

        var response = await _secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/agenda/items", new { title, version = 1 }, MeetingsApp.Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ProblemAsync()).Errors.Keys, Does.Contain("title"));
    }

    [Test]
    public async Task An_over_long_agenda_item_title_is_answered_400_naming_the_title()
    {
        var meeting = await NewMeetingAsync();

        var response = await _secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/agenda/items", new { title = new string('x', 501), version = 1 }, MeetingsApp.Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ProblemAsync()).Errors.Keys, Does.Contain("title"));
    }

    [Test]
    public async Task A_new_agenda_offers_the_procedural_items()
    {
        var meeting = await NewMeetingAsync();

        var agenda = await MeetingApi.ReadAgendaAsync(_secretariat, meeting);

        Assert.That(MeetingApi.Outline(agenda), Is.EqualTo(new[] { "1 Adoption of the agenda", "2 Any other business" }));
        Assert.That(agenda.Status, Is.EqualTo(AgendaStatus.Draft));
    }

    [Test]
    public async Task Inserting_moving_and_deleting_items_renumbers_the_agenda_to_three_levels()
    {
        var meeting = await NewMeetingAsync();
        var implementation = await MeetingApi.AddAgendaItemAsync(_secretariat, meeting, "Implementation of all resolutions", position: 2);
        var item2 = MeetingApi.ItemId(implementation, "Implementation of all resolutions");
        await MeetingApi.AddAgendaItemAsync(_secretariat, meeting, "Smart cities (resolution 2/1)", item2);
        await MeetingApi.AddAgendaItemAsync(_secretariat, meeting, "SURGe initiative (resolution 2/5)", item2);
        var withHousing = await MeetingApi.AddAgendaItemAsync(_secretariat, meeting, "Adequate housing for all (resolution 2/7)", item2, position: 2);
        var housing = MeetingApi.ItemId(withHousing, "Adequate housing for all (resolution 2/7)");
        await MeetingApi.AddAgendaItemAsync(_secretariat, meeting, "Open-ended working group", housing);
        var agenda = await MeetingApi.AddAgendaItemAsync(_secretariat, meeting, "Decision 2024/3", housing);

        Assert.That(MeetingApi.Outline(agenda), Is.EqualTo(new[]
        {
            "1 Adoption of the agenda",
            "2 Implementation of all resolutions",
            "2 (a) Smart cities (resolution 2/1)",
            "2 (b) Adequate housing for all (resolution 2/7)",
            "2 (b) (i) Open-ended working group",
            "2 (b) (ii) Decision 2024/3",
            "2 (c) SURGe initiative (resolution 2/5)",
            "3 Any other business",
        }));

        var moved = await _secretariat.PutAsJsonAsync($"/api/meetings/{meeting}/agenda/items/{MeetingApi.ItemId(agenda, "SURGe initiative (resolution 2/5)")}",
            new { title = "SURGe initiative (resolution 2/5)", parentId = item2, position = 1, version = agenda.Version }, MeetingsApp.Json);
        Assert.That(moved.StatusCode, Is.EqualTo(HttpStatusCode.OK), await moved.ExplainAsync());
        agenda = await moved.ReadAsync<AgendaDto>();
        var deleted = await _secretariat.DeleteAsync($"/api/meetings/{meeting}/agenda/items/{MeetingApi.ItemId(agenda, "Open-ended working group")}?version={agenda.Version}");
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.OK), await deleted.ExplainAsync());

        Assert.That(MeetingApi.Outline(await deleted.ReadAsync<AgendaDto>()), Is.EqualTo(new[]
        {
            "1 Adoption of the agenda",
            "2 Implementation of all resolutions",
            "2 (a) SURGe initiative (resolution 2/5)",
            "2 (b) Smart cities (resolution 2/1)",
            "2 (c) Adequate housing for all (resolution 2/7)",
            "2 (c) (i) Decision 2024/3",
            "3 Any other business",
        }));
    }

    [Test]
    public async Task Two_simultaneous_edits_of_one_agenda_version_let_exactly_one_win()
    {
        var meeting = await NewMeetingAsync();

        var answers = await Task.WhenAll(
            _secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/agenda/items", new { title = "From officer A", version = 1 }, MeetingsApp.Json),
            _secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/agenda/items", new { title = "From officer B", version = 1 }, MeetingsApp.Json));

        Assert.That(answers.Select(a => a.StatusCode), Is.EquivalentTo(new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }));
        Assert.That(MeetingApi.Outline(await MeetingApi.ReadAgendaAsync(_secretariat, meeting)), Has.Exactly(3).Items);
    }

    [Test]
    public async Task The_chair_of_the_bodyApproves_the_submitted_agenda_and_the_history_shows_it()
    {
        var meeting = await NewMeetingAsync();

        var submitted = await MeetingApi.StepAsync(_secretariat, meeting, "submit");
        var approved = await MeetingApi.StepAsync(_chair.Client, meeting, "approve");

        Assert.That(submitted.StatusCode, Is.EqualTo(HttpStatusCode.OK), await submitted.ExplainAsync());
        Assert.That(approved.StatusCode, Is.EqualTo(HttpStatusCode.OK), await approved.ExplainAsync());
        var history = (await approved.ReadAsync<AgendaDto>()).History!.Select(h => $"{h.From}>{h.To}");
        Assert.That(history, Is.EqualTo(new[] { "Draft>Submitted", "Submitted>Approved" }));
        var inbox = await _chair.Client.GetFromJsonAsync<List<NotificationDto>>("/api/notifications", MeetingsApp.Json);
        Assert.That(inbox!.Select(n => n.Kind), Does.Contain("AgendaAwaitsApproval"));
    }

    [Test]
    public async Task A_chair_who_returned_the_agenda_sees_on_the_api_and_in_the_inbox_what_changed_since()
    {
        var meeting = await NewMeetingAsync();
        await MeetingApi.AddAgendaItemAsync(_secretariat, meeting, "Proposed work programme");
        await MeetingApi.StepAsync(_secretariat, meeting, "submit");
        var before = await _chair.Client.GetFromJsonAsync<AgendaChangesDto>($"/api/meetings/{meeting}/agenda/changes", MeetingsApp.Json);
        (await MeetingApi.StepAsync(_chair.Client, meeting, "return", new { comment = "Add the audit report before the work programme." })).EnsureSuccessStatusCode();
        await MeetingApi.AddAgendaItemAsync(_secretariat, meeting, "Report of the Board of Auditors", position: 1);
        await MeetingApi.StepAsync(_secretariat, meeting, "submit");

        var after = await _chair.Client.GetFromJsonAsync<AgendaChangesDto>($"/api/meetings/{meeting}/agenda/changes", MeetingsApp.Json);
        var browser = App.Anonymous();
        await SignInPage.SignInAsync(browser, _chair.Email, MeetingsApp.UserPassword);
        var page = await browser.GetStringAsync($"/inbox/agendas/{meeting}");
        var bySecretariat = await _secretariat.GetAsync($"/api/meetings/{meeting}/agenda/changes");

        Assert.That(before!.SeenAt, Is.Null, "before deciding, nothing was seen");
        var changes = after!.Changes.Select(c => $"{c.Kind} {c.Number} {c.Title}").ToList();
        Assert.That(changes, Does.Contain("Added 1 Report of the Board of Auditors"));
        Assert.That(changes, Has.Some.Matches<string>(c => c.StartsWith("Renumbered", StringComparison.Ordinal) && c.EndsWith("Proposed work programme", StringComparison.Ordinal)));
        Assert.That(after.SeenDecision, Is.EqualTo(AgendaStatus.Returned));
        Assert.That(page, Does.Contain("<strong>Added</strong> item 1: Report of the Board of Auditors"));
        Assert.That(page, Does.Contain("Compared with the agenda you returned"));
        Assert.That(bySecretariat.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "the changes are a chair's view");
    }

    [Test]
    public async Task Approval_by_a_chair_of_another_body_or_by_the_secretariat_is_answered_403()
    {
        var meeting = await NewMeetingAsync();
        await MeetingApi.StepAsync(_secretariat, meeting, "submit");
        var otherChair = await App.UserAsync(Roles.Chair);
        await NewBodyAsync(otherChair.Id);

        var version = (await MeetingApi.ReadAgendaAsync(_secretariat, meeting)).Version;

        var byOtherChair = await MeetingApi.StepAsync(otherChair.Client, meeting, "approve", new { version });
        var bySecretariat = await MeetingApi.StepAsync(_secretariat, meeting, "approve");
        var returnedByOther = await MeetingApi.StepAsync(otherChair.Client, meeting, "return", new { comment = "No.", version });

        Assert.That(byOtherChair.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), await byOtherChair.ExplainAsync());
        Assert.That(bySecretariat.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), await bySecretariat.ExplainAsync());
        Assert.That(returnedByOther.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await MeetingApi.ReadAgendaAsync(_secretariat, meeting)).Status, Is.EqualTo(AgendaStatus.Submitted));
    }

    [TestCase("approve", "OnlyASubmittedAgendaCanBeApproved")]
    [TestCase("adopt", "OnlyAnApprovedAgendaCanBeAdopted")]
    public async Task A_forbidden_transition_is_answered_409_naming_the_rule(string step, string rule)
    {
        var meeting = await NewMeetingAsync();

        var response = await MeetingApi.StepAsync(step == "approve" ? _chair.Client : _secretariat, meeting, step);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), await response.ExplainAsync());
        Assert.That((await response.ProblemAsync()).Rule, Is.EqualTo(rule));
    }

    [Test]
    public async Task A_returned_agenda_carries_the_chairs_comment_back_to_the_secretariat()
    {
        var officer = await App.UserAsync(Roles.Secretariat);
        var meeting = await NewMeetingAsync();
        await MeetingApi.StepAsync(officer.Client, meeting, "submit");

        var returned = await MeetingApi.StepAsync(_chair.Client, meeting, "return", new { comment = "Please add the briefing on the SURGe initiative." });
        var withoutComment = await MeetingApi.StepAsync(_chair.Client, meeting, "return", new { comment = "" });

        Assert.That(returned.StatusCode, Is.EqualTo(HttpStatusCode.OK), await returned.ExplainAsync());
        Assert.That(withoutComment.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var inbox = await officer.Client.GetFromJsonAsync<List<NotificationDto>>("/api/notifications", MeetingsApp.Json);
        Assert.That(inbox!.Single().Text, Does.Contain("SURGe initiative"));
    }

    [Test]
    public async Task A_delegation_and_the_public_see_the_agenda_only_once_it_isApproved()
    {
        var meeting = await NewMeetingAsync();
        var delegation = await App.UserAsync(Roles.Delegation, "KE");
        var anonymous = App.Anonymous();

        var draftForDelegation = await delegation.Client.GetAsync($"/api/meetings/{meeting}/agenda");
        var draftForPublic = await anonymous.GetAsync($"/api/meetings/{meeting}/agenda");
        await MeetingApi.StepAsync(_secretariat, meeting, "submit");
        var submittedForDelegation = await delegation.Client.GetAsync($"/api/meetings/{meeting}/agenda");
        await MeetingApi.StepAsync(_chair.Client, meeting, "approve");
        var approvedForDelegation = await delegation.Client.GetAsync($"/api/meetings/{meeting}/agenda");
        var approvedForPublic = await anonymous.GetAsync($"/api/meetings/{meeting}/agenda");

        Assert.That(draftForDelegation.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(draftForPublic.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(submittedForDelegation.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(approvedForDelegation.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(approvedForPublic.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var forPublic = await approvedForPublic.ReadAsync<AgendaDto>();
        Assert.That(forPublic.History, Is.Null, "the internal history is not for the public");
    }

    [Test]
    public async Task Editing_anApproved_agenda_sends_it_back_to_draft_and_tells_the_chair()
    {
        var meeting = await NewMeetingAsync();
        await MeetingApi.StepAsync(_secretariat, meeting, "submit");
        await MeetingApi.StepAsync(_chair.Client, meeting, "approve");

        var edited = await MeetingApi.AddAgendaItemAsync(_secretariat, meeting, "Election of officers", position: 2);

        Assert.That(edited.Status, Is.EqualTo(AgendaStatus.Draft));
        var inbox = await _chair.Client.GetFromJsonAsync<List<NotificationDto>>("/api/notifications", MeetingsApp.Json);
        Assert.That(inbox!.Select(n => n.Kind), Does.Contain("AgendaSentBackToDraft"));
        var delegation = await App.UserAsync(Roles.Delegation, "FR");
        Assert.That((await delegation.Client.GetAsync($"/api/meetings/{meeting}/agenda")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task The_meeting_adopts_theApproved_agenda_with_its_amendments_and_then_it_is_fixed()
    {
        var meeting = await NewMeetingAsync();
        await MeetingApi.StepAsync(_secretariat, meeting, "submit");
        await MeetingApi.StepAsync(_chair.Client, meeting, "approve");

        var adopted = await MeetingApi.StepAsync(_secretariat, meeting, "adopt", new { amendments = "Item 2 (b) was taken up first." });
        var agenda = await adopted.ReadAsync<AgendaDto>();
        var edit = await _secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/agenda/items", new { title = "Late item", version = agenda.Version }, MeetingsApp.Json);

        Assert.That(agenda.Status, Is.EqualTo(AgendaStatus.Adopted));
        Assert.That(agenda.Amendments, Is.EqualTo("Item 2 (b) was taken up first."));
        Assert.That(edit.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await edit.ProblemAsync()).Rule, Is.EqualTo("AdoptedAgendaCannotChange"));
    }

    [Test]
    public async Task Rescheduling_keeps_the_number_and_a_stale_version_is_answered_409()
    {
        var body = await NewBodyAsync();
        var meeting = await MeetingApi.CreateMeetingAsync(_secretariat, body);
        var id = meeting.Id;

        var moved = await _secretariat.PatchAsJsonAsync($"/api/meetings/{id}", new { startsAt = "2024-10-23T10:00:00+03:00", endsAt = "2024-10-23T13:00:00+03:00", version = 1 }, MeetingsApp.Json);
        var stale = await _secretariat.PatchAsJsonAsync($"/api/meetings/{id}", new { venue = "Online", version = 1 }, MeetingsApp.Json);

        Assert.That(moved.StatusCode, Is.EqualTo(HttpStatusCode.OK), await moved.ExplainAsync());
        var after = await moved.ReadAsync<MeetingDto>();
        Assert.That(after.Number, Is.EqualTo(meeting.Number));
        Assert.That(after.LocalStartsAt, Is.EqualTo(new DateTimeOffset(2024, 10, 23, 10, 0, 0, TimeSpan.FromHours(3))).WithSameOffset);
        Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
    }

    [Test]
    public async Task A_cancelled_meeting_keeps_its_number_and_history_and_cannot_change()
    {
        var body = await NewBodyAsync();
        var meeting = await MeetingApi.CreateMeetingAsync(_secretariat, body);
        var id = meeting.Id;

        var cancelled = await MeetingApi.VersionedPostAsync(_secretariat, $"/api/meetings/{id}/cancel", new { reason = "The working group met jointly with the Bureau instead." });
        var later = await _secretariat.PatchAsJsonAsync($"/api/meetings/{id}", new { venue = "Online", version = 2 }, MeetingsApp.Json);
        var next = await MeetingApi.CreateMeetingAsync(_secretariat, body);

        var state = await cancelled.ReadAsync<MeetingDto>();
        Assert.That(state.Status, Is.EqualTo(MeetingStatus.Cancelled));
        Assert.That(state.StatusReason, Does.Contain("jointly"));
        Assert.That(later.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await later.ProblemAsync()).Rule, Is.EqualTo("CancelledMeetingCannotChange"));
        Assert.That(next.Number, Is.EqualTo(meeting.Number + 1));
    }

    [Test]
    public async Task The_next_meeting_can_start_from_the_previous_meetings_agenda()
    {
        var body = await NewBodyAsync();
        var first = (await MeetingApi.CreateMeetingAsync(_secretariat, body)).Id;
        await MeetingApi.AddAgendaItemAsync(_secretariat, first, "Implementation of action points from the previous meeting", position: 2);

        var second = await MeetingApi.CreateMeetingAsync(_secretariat, body, MeetingApi.At(body, "2024-11-20T10:00:00+03:00", "2024-11-20T13:00:00+03:00", startFromPreviousAgenda: true));

        var agenda = await MeetingApi.ReadAgendaAsync(_secretariat, second.Id);
        Assert.That(MeetingApi.Outline(agenda), Is.EqualTo(new[] { "1 Adoption of the agenda", "2 Implementation of action points from the previous meeting", "3 Any other business" }));
        Assert.That(agenda.Status, Is.EqualTo(AgendaStatus.Draft));
    }

    [Test]
    public async Task The_board_numbers_its_sessions_per_year()
    {
        var board = await NewBodyAsync(kind: "ExecutiveBoard");

        var first = await _secretariat.PostAsJsonAsync("/api/sessions", new { bodyId = board, startsOn = "2020-06-29", endsOn = "2020-06-29", venue = "Nairobi" }, MeetingsApp.Json);
        var second = await _secretariat.PostAsJsonAsync("/api/sessions", new { bodyId = board, startsOn = "2020-10-27", endsOn = "2020-10-29", venue = "Online", provisionalAgendaSymbol = "hsp/eb.2020/19" }, MeetingsApp.Json);
        var badSymbol = await _secretariat.PostAsJsonAsync("/api/sessions", new { bodyId = board, startsOn = "2021-03-01", endsOn = "2021-03-02", venue = "Online", provisionalAgendaSymbol = "EB 2021 agenda" }, MeetingsApp.Json);

        Assert.That((await first.ReadAsync<SessionDto>()).Title, Is.EqualTo("First session of 2020"));
        var session = await second.ReadAsync<SessionDto>();
        Assert.That(session.Title, Is.EqualTo("Second session of 2020"));
        Assert.That(session.ProvisionalAgendaSymbol, Is.EqualTo("HSP/EB.2020/19"));
        Assert.That(badSymbol.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await badSymbol.ProblemAsync()).Errors.Keys, Does.Contain("provisionalAgendaSymbol"));
    }

    [Test]
    public async Task Meetings_are_listed_by_body_and_dates_for_anyone()
    {
        var body = await NewBodyAsync();
        await MeetingApi.CreateMeetingAsync(_secretariat, body, MeetingApi.At(body, "2025-03-10T10:00:00+03:00", "2025-03-10T13:00:00+03:00"));
        await MeetingApi.CreateMeetingAsync(_secretariat, body, MeetingApi.At(body, "2025-05-10T10:00:00+03:00", "2025-05-10T13:00:00+03:00"));

        var spring = await App.Anonymous().GetFromJsonAsync<List<MeetingDto>>($"/api/meetings?bodyId={body}&from=2025-04-01T00:00:00Z&to=2025-06-01T00:00:00Z", MeetingsApp.Json);

        Assert.That(spring!.Select(m => m.LocalStartsAt), Is.EqualTo(new[] { new DateTimeOffset(2025, 5, 10, 10, 0, 0, TimeSpan.FromHours(3)) }).WithSameOffset);
    }

    private async Task<Guid> NewBodyAsync(Guid? chair = null, string kind = "WorkingGroup") =>
        (await Bodies.CreateBodyAsync(_secretariat, Bodies.With(Bodies.Working(chairUserIds: [chair ?? _chair.Id]), ("kind", kind)))).Id;

    private async Task<Guid> NewMeetingAsync() => (await MeetingApi.CreateMeetingAsync(_secretariat, await NewBodyAsync())).Id;
}
