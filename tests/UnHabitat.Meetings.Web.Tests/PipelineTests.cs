using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Bodies;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Testing;
using UnHabitat.Meetings.Web.Tests.Support;

namespace UnHabitat.Meetings.Web.Tests;

/// <summary>Each stage of the pipeline, as a client of the API meets it.</summary>
[TestFixture]
[Category("Database")]
public sealed class PipelineTests : AppFixture
{
    private HttpClient _secretariat = null!;

    protected override async Task OnStartedAsync()
    {
        _secretariat = (await App.UserAsync(Roles.Secretariat)).Client;
    }

    [Test]
    public async Task A_body_without_a_name_is_answered_400_naming_the_field()
    {
        var response = await _secretariat.PostAsJsonAsync("/api/bodies", new { name = "", shortName = "X", kind = "Bureau", symbolPrefix = "hsp eb", summaryStyle = "Numbered", attribution = "Anonymous" }, MeetingsApp.Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        var errors = (await response.ProblemAsync()).Errors.Keys;
        Assert.That(errors, Does.Contain("name"));
        Assert.That(errors, Does.Contain("symbolPrefix"));
    }

    [Test]
    public async Task An_unknown_member_state_is_answered_400_naming_the_entry()
    {
        var body = await Bodies.CreateBodyAsync(_secretariat);
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/bodies/{body.Id}/members")
        {
            Content = JsonContent.Create(new[] { new { memberState = "KE", from = "2024-01-01" }, new { memberState = "XX", from = "2024-01-01" } }, options: MeetingsApp.Json),
        };
        request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"1\""));

        var response = await _secretariat.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), await response.ExplainAsync());
        var errors = (await response.ProblemAsync()).Errors.Keys;
        // The body is the list itself: its second entry, as the client sent it.
        Assert.That(errors, Does.Contain("[1].memberState"));
    }

    [Test]
    public async Task A_request_without_a_token_is_answered_401()
    {
        var response = await App.Anonymous().GetAsync("/api/bodies");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task A_forged_token_is_answered_401()
    {
        var response = await App.WithToken("CfDJ8-not-a-real-token").GetAsync("/api/bodies");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task A_delegation_creating_a_body_is_answered_403()
    {
        var delegation = await App.UserAsync(Roles.Delegation, "KE");

        var response = await delegation.Client.PostAsJsonAsync("/api/bodies", Bodies.Working(), MeetingsApp.Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), await response.ExplainAsync());
        var bodies = await App.WithDbAsync(db => db.Bodies.CountAsync());
        Assert.That((await delegation.Client.GetFromJsonAsync<List<object>>("/api/bodies", MeetingsApp.Json))!, Has.Count.EqualTo(bodies));
    }

    [Test]
    public async Task An_update_with_a_stale_version_is_answered_409_and_changes_nothing()
    {
        var body = await Bodies.CreateBodyAsync(_secretariat);
        var id = body.Id;
        var shortName = body.ShortName;
        var first = await _secretariat.PutAsJsonAsync($"/api/bodies/{id}", WithVersion(Renamed(shortName, "First rename"), 1), MeetingsApp.Json);
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK), await first.ExplainAsync());

        var stale = await _secretariat.PutAsJsonAsync($"/api/bodies/{id}", WithVersion(Renamed(shortName, "Second rename"), 1), MeetingsApp.Json);

        Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await stale.ProblemAsync()).Detail, Does.Contain("changed by someone else"));
        var current = await _secretariat.GetFromJsonAsync<BodyDto>($"/api/bodies/{id}", MeetingsApp.Json);
        Assert.That(current!.Name, Is.EqualTo("First rename"));
        Assert.That(current.Version, Is.EqualTo(2));
    }

    [Test]
    public async Task Two_simultaneous_edits_of_one_version_let_exactly_one_win()
    {
        var body = await Bodies.CreateBodyAsync(_secretariat);
        var id = body.Id;
        var shortName = body.ShortName;

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(i =>
            _secretariat.PutAsJsonAsync($"/api/bodies/{id}", WithVersion(Renamed(shortName, $"Edit {i}"), 1), MeetingsApp.Json)));

        var codes = answers.Select(a => a.StatusCode).ToList();
        Assert.That(codes.Count(c => c == HttpStatusCode.OK), Is.EqualTo(1), string.Join(", ", codes));
        Assert.That(codes.Count(c => c == HttpStatusCode.Conflict), Is.EqualTo(3), string.Join(", ", codes));
    }

    [Test]
    public async Task The_version_can_be_sent_as_if_match()
    {
        var id = (await Bodies.CreateBodyAsync(_secretariat)).Id;
        var read = await _secretariat.GetAsync($"/api/bodies/{id}");
        Assert.That(read.Headers.ETag?.Tag, Is.EqualTo("\"1\""));

        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/bodies/{id}/members")
        {
            Content = JsonContent.Create(new[] { new { memberState = "FR", from = "2024-01-01" } }, options: MeetingsApp.Json),
        };
        request.Headers.IfMatch.Add(read.Headers.ETag!);
        var response = await _secretariat.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.ExplainAsync());
        Assert.That((await response.ReadAsync<BodyDto>()).Version, Is.EqualTo(2));
    }

    [Test]
    public async Task An_update_without_a_version_is_answered_400_asking_for_it()
    {
        var body = await Bodies.CreateBodyAsync(_secretariat);

        var response = await _secretariat.PutAsJsonAsync($"/api/bodies/{body.Id}", Bodies.Working(), MeetingsApp.Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ProblemAsync()).Errors.Keys, Does.Contain("version"));
    }

    [Test]
    public async Task Placing_a_body_under_its_own_subsidiary_is_answered_409_naming_the_rule()
    {
        var parent = await Bodies.CreateBodyAsync(_secretariat);
        var child = await Bodies.CreateBodyAsync(_secretariat, Bodies.Working(parentBodyId: parent.Id));

        var response = await _secretariat.PutAsJsonAsync(
            $"/api/bodies/{parent.Id}",
            WithVersion(Bodies.Working(parent.ShortName, child.Id), 1),
            MeetingsApp.Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), await response.ExplainAsync());
        var problem = await response.ProblemAsync();
        Assert.That(problem.Rule, Is.EqualTo("BodyHierarchyCannotLoop"));
        Assert.That(problem.Detail, Does.Contain("cannot be placed under itself"));
    }

    [Test]
    public async Task Overlapping_terms_of_one_state_are_answered_409_naming_the_rule()
    {
        var body = await Bodies.CreateBodyAsync(_secretariat);
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/bodies/{body.Id}/members")
        {
            Content = JsonContent.Create(new[] { new { memberState = "KE", from = "2020-01-01", to = (string?)"2023-12-31" }, new { memberState = "KE", from = "2023-06-01", to = (string?)null } }, options: MeetingsApp.Json),
        };
        request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"1\""));

        var response = await _secretariat.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await response.ProblemAsync()).Rule, Is.EqualTo("MembershipTermsMustNotOverlap"));
    }

    [Test]
    public async Task An_unknown_body_is_answered_404()
    {
        var response = await _secretariat.GetAsync($"/api/bodies/{Guid.NewGuid()}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task An_unexpected_failure_is_answered_500_with_a_trace_id_and_no_internals()
    {
        var (database, app) = await MeetingsApp.StartAsync();
        try
        {
            var client = (await app.UserAsync(Roles.Secretariat)).Client;
            await Bodies.CreateBodyAsync(client);
            await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DROP TABLE \"BodyMembers\""));

            var response = await client.GetAsync("/api/bodies");

            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
            var text = await response.Content.ReadAsStringAsync();
            // The trace id is an extension of the problem details, what a caller quotes to support: read as sent.
            var problem = await response.JsonAsync();
            Assert.That(problem.GetProperty("traceId").GetString(), Is.Not.Empty);
            Assert.That(text, Does.Not.Contain("BodyMembers").And.Not.Contain("Exception").And.Not.Contain("   at "));
        }
        finally
        {
            await app.DisposeAsync();
            await database.DisposeAsync();
        }
    }

    private static object Renamed(string shortName, string name) => new
    {
        name,
        shortName,
        kind = "WorkingGroup",
        symbolPrefix = "HSP/EB",
        summaryStyle = "Numbered",
        attribution = "Anonymous",
        documentDeadlineDays = 7,
    };

    private static Dictionary<string, object?> WithVersion(object body, int version)
    {
        var values = System.Text.Json.JsonSerializer.SerializeToElement(body, MeetingsApp.Json)
            .EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
        values["version"] = version;
        return values;
    }
}
