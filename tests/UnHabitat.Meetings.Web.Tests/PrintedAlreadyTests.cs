using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Records;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Web.Tests.Support;

namespace UnHabitat.Meetings.Web.Tests;

/// <summary>
/// A summary printed already is sent again without being assembled (ADR 025): these prove that what is sent is never
/// an older text than the one the reader may see now, reading the text back out of each PDF.
/// </summary>
[TestFixture]
[Category("Database")]
public sealed class PrintedAlreadyTests : AppFixture
{
    private SignedIn _officer = null!;
    private SignedIn _chair = null!;

    protected override async Task OnStartedAsync()
    {
        _officer = await App.UserAsync(Roles.Secretariat);
        _chair = await App.UserAsync(Roles.Chair);
    }

    [Test]
    public async Task A_changed_intervention_a_new_one_a_removed_one_and_a_new_venue_are_each_in_the_next_pdf()
    {
        var (meeting, item) = await NewMeetingAsync();
        var first = await InterventionAsync(meeting, item, "welcomed the report of the Executive Director.");
        var second = await InterventionAsync(meeting, item, "asked about the vacancy rate.");
        var printed = await TextAsync(_officer.Client, meeting);
        var again = await TextAsync(_officer.Client, meeting);

        var changed = await _officer.Client.PutAsJsonAsync($"/api/meetings/{meeting}/interventions/{first.Id}",
            new { agendaItemId = item, text = "commended the report of the Executive Director.", speaker = new { kind = "MemberState", memberState = "KE" }, version = first.Version },
            MeetingsApp.Json);
        Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.OK), await changed.ExplainAsync());
        var afterChange = await TextAsync(_officer.Client, meeting);

        await InterventionAsync(meeting, item, "requested a briefing on the evaluation plan.");
        var afterAddition = await TextAsync(_officer.Client, meeting);

        var removed = await _officer.Client.DeleteAsync($"/api/meetings/{meeting}/interventions/{second.Id}?version={second.Version}");
        Assert.That(removed.IsSuccessStatusCode, Is.True, await removed.ExplainAsync());
        var afterRemoval = await TextAsync(_officer.Client, meeting);

        var current = await _officer.Client.GetFromJsonAsync<MeetingDto>($"/api/meetings/{meeting}", MeetingsApp.Json);
        var moved = await _officer.Client.PatchAsJsonAsync($"/api/meetings/{meeting}", new { venue = "UNON Conference Room 2", version = current!.Version }, MeetingsApp.Json);
        Assert.That(moved.IsSuccessStatusCode, Is.True, await moved.ExplainAsync());
        var afterMove = await TextAsync(_officer.Client, meeting);

        Assert.That(printed, Does.Contain("welcomedthereport").And.Contain("vacancyrate"));
        Assert.That(again, Is.EqualTo(printed));
        Assert.That(afterChange, Does.Contain("commendedthereport").And.Not.Contain("welcomedthereport"));
        Assert.That(afterAddition, Does.Contain("evaluationplan"));
        Assert.That(afterRemoval, Does.Not.Contain("vacancyrate").And.Contain("evaluationplan"));
        Assert.That(afterMove, Does.Contain("UNONConferenceRoom2"));
    }

    [Test]
    public async Task A_delegation_gets_each_newly_published_revision_and_never_the_draft_printed_for_the_Secretariat()
    {
        var (meeting, item) = await NewMeetingAsync();
        await InterventionAsync(meeting, item, "welcomed the report of the Executive Director.");
        var delegation = (await App.UserAsync(Roles.Delegation, "KE")).Client;
        await PublishAsync(meeting);
        var firstRevision = await TextAsync(delegation, meeting);

        await Ok(MeetingApi.VersionedPostAsync(_officer.Client, $"/api/meetings/{meeting}/summary/revise", new { }));
        await InterventionAsync(meeting, item, "asked for the correction to be recorded.");
        var draftForOfficer = await TextAsync(_officer.Client, meeting);
        var forDelegationMeanwhile = await TextAsync(delegation, meeting);
        await PublishAsync(meeting);
        var secondRevision = await TextAsync(delegation, meeting);
        var firstAskedByNumber = await TextAsync(delegation, meeting, "?revision=1");

        Assert.That(firstRevision, Does.Contain("welcomedthereport").And.Not.Contain("correction"));
        Assert.That(draftForOfficer, Does.Contain("correction"));
        Assert.That(forDelegationMeanwhile, Is.EqualTo(firstRevision), "the draft printed for the Secretariat is not the delegation's");
        Assert.That(secondRevision, Does.Contain("correction"));
        Assert.That(firstAskedByNumber, Is.EqualTo(firstRevision));
    }

    [Test]
    public async Task A_pdf_printed_already_answers_its_etag_with_304_and_a_changed_record_with_a_new_etag()
    {
        var (meeting, item) = await NewMeetingAsync();
        await InterventionAsync(meeting, item, "welcomed the report of the Executive Director.");
        var first = await _officer.Client.GetAsync($"/api/meetings/{meeting}/summary.pdf");
        var etag = first.Headers.ETag!;
        using var conditional = new HttpRequestMessage(HttpMethod.Get, $"/api/meetings/{meeting}/summary.pdf");
        conditional.Headers.IfNoneMatch.Add(etag);
        var notModified = await _officer.Client.SendAsync(conditional);

        await InterventionAsync(meeting, item, "asked about the vacancy rate.");
        using var afterChange = new HttpRequestMessage(HttpMethod.Get, $"/api/meetings/{meeting}/summary.pdf");
        afterChange.Headers.IfNoneMatch.Add(etag);
        var changed = await _officer.Client.SendAsync(afterChange);

        Assert.That(notModified.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
        Assert.That(notModified.Headers.ETag, Is.EqualTo(etag));
        Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(changed.Headers.ETag, Is.Not.EqualTo(etag));
        Assert.That(changed.Content.Headers.ContentDisposition?.FileNameStar, Does.EndWith("_summary_rev1.pdf"));
        using var pdf = new PdfFile(await changed.Content.ReadAsByteArrayAsync());
        Assert.That(PdfFile.Squeeze(pdf.Text()), Does.Contain("vacancyrate"));
    }

    private async Task PublishAsync(Guid meeting)
    {
        await Ok(MeetingApi.VersionedPostAsync(_officer.Client, $"/api/meetings/{meeting}/summary/submit", new { }));
        await Ok(MeetingApi.VersionedPostAsync(_chair.Client, $"/api/meetings/{meeting}/summary/clear", new { }));
        await Ok(MeetingApi.VersionedPostAsync(_officer.Client, $"/api/meetings/{meeting}/summary/publish", new { }));
    }

    private static async Task<string> TextAsync(HttpClient client, Guid meeting, string query = "")
    {
        using var pdf = await PdfFile.ReadAsync(await client.GetAsync($"/api/meetings/{meeting}/summary.pdf{query}"));
        return PdfFile.Squeeze(pdf.Text());
    }

    private async Task<InterventionDto> InterventionAsync(Guid meeting, Guid item, string text) =>
        await MeetingApi.AddInterventionAsync(_officer.Client, meeting, item, text);

    private async Task<(Guid Meeting, Guid Item)> NewMeetingAsync() =>
        await MeetingApi.CreateMeetingWithItemAsync(_officer.Client, (await Bodies.CreateBodyAsync(_officer.Client, Bodies.Working(chairUserIds: [_chair.Id]))).Id);

    private static async Task Ok(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.ExplainAsync());
    }
}
