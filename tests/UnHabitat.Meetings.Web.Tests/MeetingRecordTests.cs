using System.Net;
using System.Net.Http.Json;
using UnHabitat.Meetings.Application.Records;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Application.Summaries;
using UnHabitat.Meetings.Domain.Summaries;
using UnHabitat.Meetings.Testing;
using UnHabitat.Meetings.Web.Tests.Support;

namespace UnHabitat.Meetings.Web.Tests;

/// <summary>Recording a meeting, and the summary's workflow and visibility, through the API.</summary>
[TestFixture]
[Category("Database")]
public sealed class MeetingRecordTests : AppFixture
{
    private HttpClient _secretariat = null!;
    private SignedIn _chair = null!;

    protected override async Task OnStartedAsync()
    {
        _secretariat = (await App.UserAsync(Roles.Secretariat)).Client;
        _chair = await App.UserAsync(Roles.Chair);
    }

    [Test]
    public async Task An_intervention_on_another_meetings_agenda_item_is_answered_400_naming_the_item()
    {
        var (meeting, _) = await NewMeetingAsync();
        var (_, otherItem) = await NewMeetingAsync();

        var response = await _secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/interventions", Intervention(otherItem), MeetingsApp.Json);

        await AssertFieldAsync(response, "agendaItemId");
    }

    [Test]
    public async Task A_response_answering_an_unknown_intervention_is_answered_400_naming_it()
    {
        var (meeting, item) = await NewMeetingAsync();

        var response = await _secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/responses",
            new { agendaItemId = item, text = "The Secretariat explained the timeline.", respondsTo = new[] { Guid.NewGuid() } }, MeetingsApp.Json);

        await AssertFieldAsync(response, "respondsTo[0]");
    }

    [Test]
    public async Task A_topic_over_the_length_limit_is_answered_400_naming_the_topic()
    {
        var (meeting, item) = await NewMeetingAsync();

        var response = await _secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/interventions", Intervention(item, topic: new string('t', 301)), MeetingsApp.Json);

        await AssertFieldAsync(response, "topic");
    }

    [Test]
    public async Task An_unknown_speaker_state_is_answered_400_naming_it()
    {
        var (meeting, item) = await NewMeetingAsync();

        var response = await _secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/interventions", Intervention(item, state: "ZZ"), MeetingsApp.Json);

        await AssertFieldAsync(response, "speaker.memberState");
    }

    [Test]
    public async Task A_question_stays_open_until_a_response_answers_it()
    {
        var (meeting, item) = await NewMeetingAsync();
        var asked = await Created<InterventionDto>(_secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/interventions", Intervention(item, question: true), MeetingsApp.Json));
        await Created(_secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/interventions", Intervention(item), MeetingsApp.Json));

        var open = await (await _secretariat.GetAsync($"/api/meetings/{meeting}/open-questions")).ReadAsync<List<InterventionDto>>();
        await Created(_secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/responses",
            new { agendaItemId = item, text = "The Secretariat said the guidelines would be circulated in 2025.", respondsTo = new[] { asked.Id } }, MeetingsApp.Json));
        var after = await (await _secretariat.GetAsync($"/api/meetings/{meeting}/open-questions")).ReadAsync<List<InterventionDto>>();

        Assert.That(open.Select(q => q.Id), Is.EqualTo(new[] { asked.Id }));
        Assert.That(after, Is.Empty);
    }

    [Test]
    public async Task The_next_meeting_of_the_body_shows_the_open_action_points_of_earlier_ones()
    {
        var body = await NewBodyAsync();
        var first = (await MeetingApi.CreateMeetingAsync(_secretariat, body)).Id;
        await Created(_secretariat.PostAsJsonAsync($"/api/meetings/{first}/action-points", new { text = "Circulate the draft guidelines", owner = "Secretariat", due = "2024-11-30" }, MeetingsApp.Json));
        var second = (await MeetingApi.CreateMeetingAsync(_secretariat, body, MeetingApi.At(body, "2024-11-20T10:00:00+03:00", "2024-11-20T13:00:00+03:00"))).Id;
        await Created(_secretariat.PostAsJsonAsync($"/api/meetings/{second}/action-points", new { text = "Report on the SURGe initiative", owner = "Secretariat" }, MeetingsApp.Json));

        var points = await (await _secretariat.GetAsync($"/api/meetings/{second}/action-points")).ReadAsync<List<ActionPointDto>>();

        Assert.That(points.Select(p => $"{p.Text} {p.FromEarlierMeeting}"),
            Is.EqualTo(new[] { "Circulate the draft guidelines True", "Report on the SURGe initiative False" }));
    }

    [Test]
    public async Task The_quorum_is_a_majority_of_the_members_present()
    {
        var body = await NewBodyAsync();
        await Bodies.SetMembersAsync(_secretariat, body, "2021-01-01", "KE", "FR", "CN", "PL", "MX");

        var meeting = (await MeetingApi.CreateMeetingAsync(_secretariat, body)).Id;
        var two = await MeetingApi.PutAttendanceAsync(_secretariat, meeting,
            new[] { Line("KE", "Present"), Line("FR", "Present"), Line("PL", "Apologies") });
        var three = await MeetingApi.PutAttendanceAsync(_secretariat, meeting,
            new[] { Line("KE", "Present"), Line("FR", "Present"), Line("CN", "Present"), Line("PL", "Apologies") });

        var before = (await two.ReadAsync<AttendanceDto>()).Quorum!;
        var after = (await three.ReadAsync<AttendanceDto>()).Quorum!;
        Assert.That((before.Present, before.Needed, before.Reached), Is.EqualTo((2, 3, false)));
        Assert.That(after.Reached, Is.True);
    }

    [Test]
    public async Task Observers_and_the_secretariat_present_are_recorded_beside_the_member_states()
    {
        var (meeting, _) = await NewMeetingAsync();

        var response = await _secretariat.PutAsJsonAsync($"/api/meetings/{meeting}/attendance/others",
            new { observers = new[] { "Habitat International Coalition" }, secretariat = new[] { "Secretary of the Governing Bodies", "Legal Officer" }, version = 0 }, MeetingsApp.Json);
        var attendance = await (await _secretariat.GetAsync($"/api/meetings/{meeting}/attendance")).ReadAsync<AttendanceDto>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.ExplainAsync());
        Assert.That(attendance.Observers, Is.EqualTo(new[] { "Habitat International Coalition" }));
        Assert.That(attendance.Secretariat, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task The_summary_goes_from_draft_to_cleared_by_the_chair_to_published_and_then_never_changes()
    {
        var (meeting, item) = await NewMeetingAsync();
        await Created(_secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/interventions", Intervention(item), MeetingsApp.Json));
        var delegation = await App.UserAsync(Roles.Delegation, "KE");

        var draftForDelegation = await delegation.Client.GetAsync($"/api/meetings/{meeting}/summary");
        var publishTooEarly = await MeetingApi.VersionedPostAsync(_secretariat, $"/api/meetings/{meeting}/summary/publish");
        await Ok<SummaryDto>(MeetingApi.VersionedPostAsync(_secretariat, $"/api/meetings/{meeting}/summary/submit"));
        var clearedBySecretariat = await MeetingApi.VersionedPostAsync(_secretariat, $"/api/meetings/{meeting}/summary/clear");
        await Ok<SummaryDto>(MeetingApi.VersionedPostAsync(_chair.Client, $"/api/meetings/{meeting}/summary/clear"));
        var published = await Ok<SummaryDto>(MeetingApi.VersionedPostAsync(_secretariat, $"/api/meetings/{meeting}/summary/publish"));
        var edit = await _secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/interventions", Intervention(item), MeetingsApp.Json);
        var forDelegation = await delegation.Client.GetAsync($"/api/meetings/{meeting}/summary");

        Assert.That(draftForDelegation.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(publishTooEarly.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(clearedBySecretariat.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(published.Status, Is.EqualTo(SummaryStatus.Published));
        Assert.That(edit.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        var problem = await edit.ProblemAsync();
        Assert.That(problem.Rule, Is.EqualTo("PublishedSummaryCannotChange"));
        Assert.That(problem.Detail, Does.Contain("revision"));
        Assert.That(forDelegation.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task A_correction_makes_a_new_revision_and_the_published_one_stays_readable()
    {
        var (meeting, item) = await NewMeetingAsync();
        await Created(_secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/interventions", Intervention(item, text: "welcomed the first version."), MeetingsApp.Json));
        await PublishAsync(meeting);

        var revised = await Ok<SummaryDto>(MeetingApi.VersionedPostAsync(_secretariat, $"/api/meetings/{meeting}/summary/revise"));
        await Created(_secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/interventions", Intervention(item, text: "added a correction."), MeetingsApp.Json));
        var delegation = await App.UserAsync(Roles.Delegation, "FR");
        var stillFirst = await SummaryAsync(delegation.Client, meeting);
        var workingCopy = await SummaryAsync(_secretariat, meeting);
        await PublishAsync(meeting);
        var second = await SummaryAsync(delegation.Client, meeting);
        var first = await SummaryAsync(delegation.Client, meeting, "?revision=1");

        Assert.That(revised.Revision, Is.EqualTo(2));
        Assert.That(Texts(stillFirst), Has.None.Contains("added a correction"));
        Assert.That(Texts(workingCopy), Has.Some.Contains("added a correction"));
        Assert.That(second.Revision, Is.EqualTo(2));
        Assert.That(Texts(second), Has.Some.Contains("added a correction"));
        Assert.That(first.Revision, Is.EqualTo(1));
        Assert.That(Texts(first), Has.None.Contains("added a correction"));
        Assert.That(second.PublishedRevisions, Has.Count.EqualTo(2));
    }

    [TestCase("General", HttpStatusCode.OK)]
    [TestCase("Limited", HttpStatusCode.NotFound)]
    public async Task The_public_reads_a_published_summary_only_when_the_bodys_documents_are_general(string distribution, HttpStatusCode expected)
    {
        var (meeting, item) = await NewMeetingAsync(distribution);
        await Created(_secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/interventions", Intervention(item), MeetingsApp.Json));
        await PublishAsync(meeting);

        var forPublic = await App.Anonymous().GetAsync($"/api/meetings/{meeting}/summary");
        var forDelegation = await (await App.UserAsync(Roles.Delegation, "MX")).Client.GetAsync($"/api/meetings/{meeting}/summary");

        Assert.That(forPublic.StatusCode, Is.EqualTo(expected));
        Assert.That(forDelegation.StatusCode, Is.EqualTo(HttpStatusCode.OK), "every delegation reads a Limited summary");
    }

    [Test]
    public async Task The_boards_journal_names_states_in_capitals_under_the_day()
    {
        var board = (await Bodies.CreateBodyAsync(_secretariat, new
        {
            name = "Executive Board of the United Nations Human Settlements Programme", shortName = "EB-" + Guid.NewGuid().ToString("N")[..6], kind = "ExecutiveBoard",
            symbolPrefix = "HSP/EB", summaryStyle = "Journal", attribution = "NamedCapitals",
        })).Id;
        var meeting = (await MeetingApi.CreateMeetingAsync(_secretariat, board, MeetingApi.At(board, "2020-10-27T14:00:00+03:00", "2020-10-27T17:00:00+03:00"))).Id;
        var item = (await MeetingApi.ReadAgendaAsync(_secretariat, meeting)).Items[0].Id;
        await Created(_secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/interventions", Intervention(item, state: "BR", text: "commended the Secretariat for the report."), MeetingsApp.Json));
        await Created(_secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/interventions", Intervention(item, state: "US", text: "also commended the report."), MeetingsApp.Json));

        var summary = await SummaryAsync(_secretariat, meeting);

        Assert.That(summary.Summary.Title, Is.EqualTo("Journal of the Executive Board of the United Nations Human Settlements Programme"));
        Assert.That(Texts(summary), Has.Some.EqualTo("Tuesday, 27 October 2020 – First meeting of the Executive Board of the United Nations Human Settlements Programme"));
        Assert.That(Texts(summary), Has.Some.EqualTo("BRAZIL commended the Secretariat for the report."));
        Assert.That(Texts(summary), Has.Some.EqualTo("THE UNITED STATES also commended the report."), "a sentence names the State as running text does");
    }

    private async Task PublishAsync(Guid meeting)
    {
        await Ok<SummaryDto>(MeetingApi.VersionedPostAsync(_secretariat, $"/api/meetings/{meeting}/summary/submit"));
        await Ok<SummaryDto>(MeetingApi.VersionedPostAsync(_chair.Client, $"/api/meetings/{meeting}/summary/clear"));
        await Ok<SummaryDto>(MeetingApi.VersionedPostAsync(_secretariat, $"/api/meetings/{meeting}/summary/publish"));
    }

    private static async Task<SummaryDto> SummaryAsync(HttpClient client, Guid meeting, string query = "") =>
        await (await client.GetAsync($"/api/meetings/{meeting}/summary{query}")).ReadAsync<SummaryDto>();

    private static IEnumerable<string> Texts(SummaryDto summary) => summary.Summary.Blocks.Select(b => b.Text);

    private static object Intervention(Guid item, string? topic = null, string state = "KE", bool question = false, string text = "asked about the timeline of the guidelines.") =>
        new { agendaItemId = item, topic, isQuestion = question, text, speaker = new { kind = "MemberState", memberState = state } };

    private static object Line(string state, string status) => new { memberState = state, status, mode = "InPerson" };

    private async Task<Guid> NewBodyAsync(string distribution = "General") =>
        (await Bodies.CreateBodyAsync(_secretariat, Bodies.With(Bodies.Working(chairUserIds: [_chair.Id]), ("documentDistribution", distribution)))).Id;

    private async Task<(Guid Meeting, Guid Item)> NewMeetingAsync(string distribution = "General") =>
        await MeetingApi.CreateMeetingWithItemAsync(_secretariat, await NewBodyAsync(distribution));

    private static async Task AssertFieldAsync(HttpResponseMessage response, string field)
    {
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), await response.ExplainAsync());
        Assert.That((await response.ProblemAsync()).Errors.Keys, Does.Contain(field), await response.ExplainAsync());
    }

    private static async Task<HttpResponseMessage> Created(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.ExplainAsync());
        return response;
    }

    private static async Task<T> Created<T>(Task<HttpResponseMessage> call) => await (await Created(call)).ReadAsync<T>();

    private static async Task<T> Ok<T>(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.ExplainAsync());
        return await response.ReadAsync<T>();
    }
}
