using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using UnHabitat.Meetings.Application.Agendas;
using UnHabitat.Meetings.Application.Bodies;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Notifications;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Application.Summaries;
using UnHabitat.Meetings.Domain.Summaries;
using UnHabitat.Meetings.Web.Tests.Support;

namespace UnHabitat.Meetings.Web.Tests;

/// <summary>
/// The summary's workflow has a way forward from every state: the chair returns with a comment, the
/// Secretariat takes back a submitted or cleared summary, and the chair sees what changed since deciding.
/// Meetings' dates are checked: what happens at a meeting waits until it has begun.
/// </summary>
[TestFixture]
public sealed class SummaryWorkflowTests : AppFixture
{
    private SignedIn _officer = null!;
    private SignedIn _chair = null!;

    protected override async Task OnStartedAsync()
    {
        _officer = await App.UserAsync(Roles.Secretariat);
        _chair = await App.UserAsync(Roles.Chair);
    }

    [Test]
    public async Task The_chair_returns_a_submitted_summary_with_a_comment_the_Secretariat_reads_in_its_history_and_notifications()
    {
        var (meeting, item) = await NewMeetingAsync();
        await InterventionAsync(meeting, item, "welcomed the report.");
        var submitted = await Ok<SummaryDto>(MeetingApi.VersionedPostAsync(_officer.Client, $"/api/meetings/{meeting}/summary/submit", new { }));
        var forChair = await _chair.Client.GetFromJsonAsync<SummaryDto>($"/api/meetings/{meeting}/summary", MeetingsApp.Json);

        var noComment = await MeetingApi.VersionedPostAsync(_chair.Client, $"/api/meetings/{meeting}/summary/return", new { comment = "" });
        var returned = await Ok<SummaryDto>(_chair.Client.PostAsJsonAsync($"/api/meetings/{meeting}/summary/return",
            new { comment = "Paragraph 2 should name the group.", expectedVersion = Version(submitted) }, MeetingsApp.Json));
        var forOfficer = await _officer.Client.GetFromJsonAsync<SummaryDto>($"/api/meetings/{meeting}/summary", MeetingsApp.Json);
        var inbox = await _officer.Client.GetFromJsonAsync<List<NotificationDto>>("/api/notifications", MeetingsApp.Json);

        Assert.That(Steps(submitted), Is.EqualTo(new[] { "Return" }), "the Secretariat may take a submitted summary back");
        Assert.That(Steps(forChair), Is.EqualTo(new[] { "Clear", "Return" }), "the chair clears or returns it");
        Assert.That(noComment.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await noComment.ProblemAsync()).Errors.Keys, Does.Contain("comment"));
        Assert.That(returned.Status, Is.EqualTo(SummaryStatus.Draft));
        var step = forOfficer!.History[^1];
        Assert.That(step.Step, Is.EqualTo(WorkflowStep.Return));
        Assert.That(step.ByChair, Is.True);
        Assert.That(step.Comment, Is.EqualTo("Paragraph 2 should name the group."));
        Assert.That(Steps(forOfficer), Is.EqualTo(new[] { "Submit" }));
        Assert.That(inbox!.Select(n => n.Text), Has.Some.Contains("Paragraph 2 should name the group."));
    }

    [Test]
    public async Task The_Secretariat_takes_a_cleared_summary_back_to_draft_corrects_the_record_and_the_chair_clears_it_again()
    {
        var (meeting, item) = await NewMeetingAsync();
        await InterventionAsync(meeting, item, "welcomed the report.");
        await Ok<SummaryDto>(MeetingApi.VersionedPostAsync(_officer.Client, $"/api/meetings/{meeting}/summary/submit", new { }));
        var cleared = await Ok<SummaryDto>(MeetingApi.VersionedPostAsync(_chair.Client, $"/api/meetings/{meeting}/summary/clear", new { }));
        var forOfficer = await _officer.Client.GetFromJsonAsync<SummaryDto>($"/api/meetings/{meeting}/summary", MeetingsApp.Json);
        var byChair = await MeetingApi.VersionedPostAsync(_chair.Client, $"/api/meetings/{meeting}/summary/return", new { comment = "Too late." });

        var takenBack = await Ok<SummaryDto>(_officer.Client.PostAsJsonAsync($"/api/meetings/{meeting}/summary/return",
            new { comment = "Kenya asked for a correction.", version = Version(cleared) }, MeetingsApp.Json));
        await InterventionAsync(meeting, item, "asked for the correction to be recorded.");
        await Ok<SummaryDto>(MeetingApi.VersionedPostAsync(_officer.Client, $"/api/meetings/{meeting}/summary/submit", new { }));
        var changes = await _chair.Client.GetFromJsonAsync<SummaryChangesDto>($"/api/meetings/{meeting}/summary/changes", MeetingsApp.Json);
        await Ok<SummaryDto>(MeetingApi.VersionedPostAsync(_chair.Client, $"/api/meetings/{meeting}/summary/clear", new { }));
        var published = await Ok<SummaryDto>(MeetingApi.VersionedPostAsync(_officer.Client, $"/api/meetings/{meeting}/summary/publish", new { }));
        var chairInbox = await _chair.Client.GetFromJsonAsync<List<NotificationDto>>("/api/notifications", MeetingsApp.Json);

        Assert.That(Steps(forOfficer), Is.EqualTo(new[] { "Publish", "Return" }), "a cleared summary is published or taken back");
        Assert.That(chairInbox!.Select(n => n.Text), Has.Some.Contains("took back the summary").And.Some.Contains("Kenya asked for a correction."));
        Assert.That(byChair.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await byChair.ProblemAsync()).Rule, Is.EqualTo("OnlyASubmittedOrClearedSummaryGoesBackToDraft"));
        Assert.That(takenBack.Status, Is.EqualTo(SummaryStatus.Draft));
        Assert.That(takenBack.RecordFrozen, Is.Null);
        Assert.That(changes!.SeenStep, Is.EqualTo(WorkflowStep.Clear));
        var added = changes.Changes.Single(c => c.Kind == SummaryTextChangeKind.Added);
        Assert.That(added.Text, Does.Contain("asked for the correction to be recorded."));
        Assert.That(published.Status, Is.EqualTo(SummaryStatus.Published));
    }

    [Test]
    public async Task The_summary_page_offers_the_steps_the_workflow_allows_with_the_chairs_comment_and_what_changed()
    {
        var (meeting, item) = await NewMeetingAsync();
        await InterventionAsync(meeting, item, "welcomed the report.");
        var officer = await BrowserAsync(_officer);
        var chair = await BrowserAsync(_chair);
        await Ok<SummaryDto>(MeetingApi.VersionedPostAsync(_officer.Client, $"/api/meetings/{meeting}/summary/submit", new { }));

        var chairPage = await chair.GetStringAsync($"/meetings/{meeting}/summary");
        var token = await SignInPage.AntiforgeryTokenAsync(chair, $"/meetings/{meeting}/summary");
        var version = (await _chair.Client.GetFromJsonAsync<SummaryDto>($"/api/meetings/{meeting}/summary", MeetingsApp.Json))!.Version;
        var returned = await chair.PostAsync($"/meetings/{meeting}/summary/return", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Version"] = version.ToString(CultureInfo.InvariantCulture), ["Comment"] = "Say who spoke for the African Group.",
        }));
        var officerPage = await officer.GetStringAsync($"/meetings/{meeting}/summary");
        await InterventionAsync(meeting, item, "spoke on behalf of the African Group.");
        await Ok<SummaryDto>(MeetingApi.VersionedPostAsync(_officer.Client, $"/api/meetings/{meeting}/summary/submit", new { }));
        var chairAgain = await chair.GetStringAsync($"/meetings/{meeting}/summary");

        Assert.That(chairPage, Does.Contain("Clear the summary").And.Contain("Return to the Secretariat"));
        Assert.That(chairPage, Does.Not.Contain(">Publish<"));
        Assert.That(returned.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await returned.ExplainAsync());
        Assert.That(officerPage, Does.Contain("id=\"returned-comment\"").And.Contain("Say who spoke for the African Group."));
        Assert.That(officerPage, Does.Contain("Submit to the chair for clearance").And.Not.Contain("Take back to draft"));
        Assert.That(chairAgain, Does.Contain("What changed since you last returned it").And.Contain("spoke on behalf of the African Group."));
    }

    [Test]
    public async Task A_meeting_scheduled_or_rescheduled_in_the_past_through_the_api_is_marked_as_entered_after_the_fact()
    {
        var body = await NewBodyAsync();

        var past = await MeetingApi.CreateMeetingAsync(_officer.Client, body);
        var future = await MeetingApi.CreateMeetingAsync(_officer.Client, body, Future(body, 10));
        var read = await _officer.Client.GetFromJsonAsync<MeetingDto>($"/api/meetings/{past.Id}", MeetingsApp.Json);
        var moved = await _officer.Client.PatchAsJsonAsync($"/api/meetings/{future.Id}",
            new { startsAt = "2024-11-20T10:00:00+03:00", endsAt = "2024-11-20T13:00:00+03:00", version = future.Version }, MeetingsApp.Json);

        Assert.That(past.EnteredAfterTheFact, Is.True);
        Assert.That((await Ok<MeetingDto>(Task.FromResult(moved))).EnteredAfterTheFact, Is.True, "rescheduled to a date already past");
        Assert.That(read!.EnteredAfterTheFact, Is.True);
        Assert.That(future.EnteredAfterTheFact, Is.False);
    }

    [Test]
    public async Task Scheduling_a_meeting_in_the_past_on_the_page_asks_for_confirmation_and_then_marks_it()
    {
        var body = await NewBodyAsync();
        var browser = await BrowserAsync(_officer);
        var token = await SignInPage.AntiforgeryTokenAsync(browser, "/meetings/new");
        Dictionary<string, string> Fields(bool confirm) => new()
        {
            ["__RequestVerificationToken"] = token, ["Form.BodyId"] = body.ToString(), ["Form.Date"] = "2024-10-16", ["Form.StartTime"] = "10:00", ["Form.EndTime"] = "13:00",
            ["Form.TimeZone"] = "Africa/Nairobi", ["Form.Venue"] = "UNON Conference Room 4", ["Form.Modality"] = "InPerson", ["Form.ChairName"] = "Pedro Leon Cortes Ruiz",
            ["Form.ConfirmPast"] = confirm ? "true" : "false",
        };

        var asked = await browser.PostAsync("/meetings/new", new FormUrlEncodedContent(Fields(false)));
        var confirmed = await browser.PostAsync("/meetings/new", new FormUrlEncodedContent(Fields(true)));
        var page = await browser.GetStringAsync(confirmed.Headers.Location!.OriginalString);

        Assert.That(asked.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await asked.Content.ReadAsStringAsync(), Does.Contain("This date is in the past").And.Contain("id=\"confirm-past\""));
        Assert.That(confirmed.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await confirmed.ExplainAsync());
        Assert.That(page, Does.Contain("id=\"after-the-fact\"").And.Contain("Entered after the fact"));
    }

    [Test]
    public async Task Before_the_meeting_has_begun_its_agenda_is_not_adopted_it_is_not_called_to_order_and_its_summary_is_not_submitted()
    {
        var body = await NewBodyAsync();
        var meeting = (await MeetingApi.CreateMeetingAsync(_officer.Client, body, Future(body, 10))).Id;
        await Ok<AgendaDto>(MeetingApi.StepAsync(_officer.Client, meeting, "submit"));
        await Ok<AgendaDto>(MeetingApi.StepAsync(_chair.Client, meeting, "approve"));

        var adopt = await MeetingApi.StepAsync(_officer.Client, meeting, "adopt");
        var opening = await _officer.Client.PostAsJsonAsync($"/api/meetings/{meeting}/record/opening", new { calledToOrderAt = DateTimeOffset.UtcNow }, MeetingsApp.Json);
        var submit = await MeetingApi.VersionedPostAsync(_officer.Client, $"/api/meetings/{meeting}/summary/submit", new { });

        foreach (var refused in new[] { adopt, opening, submit })
        {
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), await refused.ExplainAsync());
            var problem = await refused.ProblemAsync();
            Assert.That(problem.Rule, Is.EqualTo("MeetingMustHaveBegun"));
            Assert.That(problem.Detail, Does.Contain("has not begun yet"));
        }
    }

    private static object Future(Guid body, int days)
    {
        var day = DateTime.UtcNow.Date.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return MeetingApi.At(body, $"{day}T10:00:00+03:00", $"{day}T13:00:00+03:00");
    }

    private static IEnumerable<string> Steps(SummaryDto? summary) => summary!.AllowedSteps.Select(s => s.ToString());

    private static int Version(SummaryDto summary) => summary.Version;

    private async Task<HttpClient> BrowserAsync(SignedIn user)
    {
        var browser = App.Anonymous();
        var response = await SignInPage.SignInAsync(browser, user.Email, MeetingsApp.UserPassword);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await response.ExplainAsync());
        return browser;
    }

    private async Task InterventionAsync(Guid meeting, Guid item, string text) => await MeetingApi.AddInterventionAsync(_officer.Client, meeting, item, text);

    private async Task<Guid> NewBodyAsync() =>
        (await Bodies.CreateBodyAsync(_officer.Client, Bodies.Working(chairUserIds: [_chair.Id]))).Id;

    /// <summary>Every step that changes the summary carries the version its sender read: without it, nothing happens.</summary>
    [Test]
    public async Task A_step_sent_without_the_version_read_is_refused_naming_version_and_changes_nothing()
    {
        var (meeting, item) = await NewMeetingAsync();
        await InterventionAsync(meeting, item, "welcomed the report.");

        var submit = await _officer.Client.PostAsJsonAsync($"/api/meetings/{meeting}/summary/submit", new { }, MeetingsApp.Json);
        var summary = await _officer.Client.GetFromJsonAsync<SummaryDto>($"/api/meetings/{meeting}/summary", MeetingsApp.Json);

        Assert.That(submit.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), await submit.ExplainAsync());
        Assert.That((await submit.ProblemAsync()).Errors["version"][0], Does.StartWith("Send back the version you read"));
        Assert.That(summary!.Status, Is.EqualTo(SummaryStatus.Draft));
    }

    private async Task<(Guid Meeting, Guid Item)> NewMeetingAsync() => await MeetingApi.CreateMeetingWithItemAsync(_officer.Client, await NewBodyAsync());

    private static async Task<T> Ok<T>(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.ExplainAsync());
        return await response.ReadAsync<T>();
    }
}
