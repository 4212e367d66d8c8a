using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using UnHabitat.Meetings.Application.Bodies;
using UnHabitat.Meetings.Application.Documents;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Web.Tests.Support;

namespace UnHabitat.Meetings.Web.Tests;

/// <summary>
/// Downloads decide who may read a document from facts kept in memory (ADR 021): whatever the Secretariat
/// changes (publishing, a new version, the body's members, the meeting's day) holds for the very next download,
/// and a refusal reads the same whether the document exists or not.
/// </summary>
[TestFixture]
[Category("Database")]
public sealed class DownloadAccessTests : AppFixture
{
    private HttpClient _secretariat = null!;

    protected override async Task OnStartedAsync() => _secretariat = (await App.UserAsync(Roles.Secretariat)).Client;

    [Test]
    public async Task A_draft_refused_to_a_delegation_is_downloaded_the_moment_it_is_published()
    {
        var (meeting, _) = await MeetingAsync(members: null);
        var id = await DocumentAsync(meeting, "General", "work programme");
        var delegation = (await App.UserAsync(Roles.Delegation, "KE")).Client;

        var before = await delegation.GetAsync($"/api/documents/{id}/files/en");
        await PublishAsync(id);
        var after = await delegation.GetAsync($"/api/documents/{id}/files/en");

        Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.OK), await after.ExplainAsync());
    }

    [Test]
    public async Task A_new_version_is_what_the_next_download_sends_and_the_old_etag_no_longer_answers_304()
    {
        var (meeting, _) = await MeetingAsync(members: null);
        var id = await DocumentAsync(meeting, "General", "first version");
        await PublishAsync(id);
        var delegation = (await App.UserAsync(Roles.Delegation, "KE")).Client;
        var first = await delegation.GetAsync($"/api/documents/{id}/files/en");

        await UploadAsync(id, Files.Pdf("second version"));
        using var revalidate = new HttpRequestMessage(HttpMethod.Get, $"/api/documents/{id}/files/en");
        revalidate.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var second = await delegation.SendAsync(revalidate);

        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.OK), await second.ExplainAsync());
        Assert.That(second.Headers.ETag, Is.Not.EqualTo(first.Headers.ETag));
        Assert.That(await second.Content.ReadAsByteArrayAsync(), Is.EqualTo(Files.Pdf("second version")));
    }

    [Test]
    public async Task The_same_version_answers_304_to_its_etag_and_206_to_a_range_on_the_pages_download_too()
    {
        var (meeting, _) = await MeetingAsync(members: null);
        var id = await DocumentAsync(meeting, "General", "ranged");
        await PublishAsync(id);
        var anonymous = App.Anonymous();
        var full = await anonymous.GetAsync($"/public/documents/{id}/files/en");

        using var again = new HttpRequestMessage(HttpMethod.Get, $"/public/documents/{id}/files/en");
        again.Headers.IfNoneMatch.Add(full.Headers.ETag!);
        var notModified = await anonymous.SendAsync(again);
        using var ranged = new HttpRequestMessage(HttpMethod.Get, $"/public/documents/{id}/files/en");
        ranged.Headers.Range = new RangeHeaderValue(5, 8);
        var part = await anonymous.SendAsync(ranged);

        Assert.That(full.StatusCode, Is.EqualTo(HttpStatusCode.OK), await full.ExplainAsync());
        Assert.That(notModified.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
        Assert.That(part.StatusCode, Is.EqualTo(HttpStatusCode.PartialContent));
        Assert.That(part.Content.Headers.ContentRange!.ToString(), Does.StartWith("bytes 5-8/"));
        Assert.That(await part.Content.ReadAsByteArrayAsync(), Is.EqualTo((await full.Content.ReadAsByteArrayAsync())[5..9]));
    }

    [Test]
    public async Task A_State_that_joins_or_leaves_the_body_gains_or_loses_its_restricted_document_at_once()
    {
        var (meeting, body) = await MeetingAsync(members: ["KE"]);
        var id = await DocumentAsync(meeting, "Restricted", "restricted");
        await PublishAsync(id);
        var member = (await App.UserAsync(Roles.Delegation, "KE")).Client;
        var brazil = (await App.UserAsync(Roles.Delegation, "BR")).Client;

        var forMember = await member.GetAsync($"/api/documents/{id}/files/en");
        var beforeJoining = await brazil.GetAsync($"/api/documents/{id}/files/en");
        var version = await SetMembersAsync(body, 2, "KE", "BR");
        var afterJoining = await brazil.GetAsync($"/api/documents/{id}/files/en");
        await SetMembersAsync(body, version, "KE");
        var afterLeaving = await brazil.GetAsync($"/api/documents/{id}/files/en");

        Assert.That(forMember.StatusCode, Is.EqualTo(HttpStatusCode.OK), await forMember.ExplainAsync());
        Assert.That(beforeJoining.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(afterJoining.StatusCode, Is.EqualTo(HttpStatusCode.OK), await afterJoining.ExplainAsync());
        Assert.That(afterLeaving.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task A_draft_and_an_id_that_exists_nowhere_are_refused_with_the_same_answer()
    {
        var (meeting, _) = await MeetingAsync(members: null);
        var draft = await DocumentAsync(meeting, "General", "draft");
        var nowhere = Guid.NewGuid();
        var delegation = (await App.UserAsync(Roles.Delegation, "KE")).Client;

        // Twice each: the first asks the database, the second is answered from memory.
        var answers = new List<(HttpStatusCode Status, string Title, string Detail)>();
        foreach (var id in new[] { draft, nowhere, draft, nowhere })
        {
            var response = await delegation.GetAsync($"/api/documents/{id}/files/en");
            var problem = await response.ProblemAsync();
            answers.Add((response.StatusCode, problem.Title!, problem.Detail!.Replace(id.ToString(), "{id}", StringComparison.Ordinal)));
        }

        Assert.That(answers.Select(a => a.Status), Is.All.EqualTo(HttpStatusCode.NotFound));
        Assert.That(answers.Distinct().Count(), Is.EqualTo(1), string.Join(" | ", answers));
    }

    [Test]
    public async Task A_delegation_deactivated_between_two_downloads_is_refused_the_second()
    {
        var (meeting, _) = await MeetingAsync(members: null);
        var id = await DocumentAsync(meeting, "Limited", "limited");
        await PublishAsync(id);
        var delegation = await App.UserAsync(Roles.Delegation, "KE");
        var first = await delegation.Client.GetAsync($"/api/documents/{id}/files/en");

        var admin = App.Anonymous();
        Assert.That((await SignInPage.SignInAsync(admin, MeetingsApp.AdminEmail, MeetingsApp.AdminPassword)).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var deactivated = await AccountPages.PostAsync(admin, $"/admin/users/{delegation.Id}", $"/admin/users/{delegation.Id}/deactivate", []);
        var second = await delegation.Client.GetAsync($"/api/documents/{id}/files/en");

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK), await first.ExplainAsync());
        Assert.That(deactivated.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await deactivated.ExplainAsync());
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "a signed-out caller does not learn a Limited document exists");
    }

    private async Task<(Guid Meeting, Guid Body)> MeetingAsync(string[]? members)
    {
        var body = (await Bodies.CreateBodyAsync(_secretariat, Bodies.Working())).Id;
        if (members is not null)
        {
            await SetMembersAsync(body, 1, members);
        }

        var start = DateTimeOffset.UtcNow.AddDays(20);
        var meeting = await MeetingApi.CreateMeetingAsync(_secretariat, body, new
        {
            bodyId = body, startsAt = start, endsAt = start.AddHours(3), timeZone = "Africa/Nairobi", venue = "UNON", modality = "InPerson", chair = new { name = "Chair" },
        });
        return (meeting.Id, body);
    }

    /// <summary>Replaces the body's members (since 2020) and returns its new version.</summary>
    private async Task<int> SetMembersAsync(Guid body, int version, params string[] members)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/bodies/{body}/members")
        {
            Content = JsonContent.Create(members.Select(m => new { memberState = m, from = "2020-01-01" }), options: MeetingsApp.Json),
        };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{version}\""));
        var response = await _secretariat.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.ExplainAsync());
        return (await response.ReadAsync<BodyDto>()).Version;
    }

    private async Task<Guid> DocumentAsync(Guid meeting, string distribution, string text)
    {
        var response = await _secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/documents",
            new { title = "Draft work programme", category = "Report", distribution, originalLanguage = "en", required = false }, MeetingsApp.Json);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.ExplainAsync());
        var id = (await response.ReadAsync<DocumentDto>()).Id;
        await UploadAsync(id, Files.Pdf(text));
        return id;
    }

    private async Task UploadAsync(Guid id, byte[] content)
    {
        var response = await _secretariat.PutAsync($"/api/documents/{id}/files/en", Files.Form(content, "work-programme.pdf"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.ExplainAsync());
    }

    private async Task PublishAsync(Guid id)
    {
        var response = await MeetingApi.VersionedPostAsync(_secretariat, $"/api/documents/{id}/publish", new { lateJustification = "Posted for the test." });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.ExplainAsync());
    }
}
