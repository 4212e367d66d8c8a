using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using UnHabitat.Meetings.Testing;
using UnHabitat.Meetings.Web.Tests.Support;

namespace UnHabitat.Meetings.Web.Tests;

/// <summary>
/// Every endpoint of the app makes an explicit authorization decision, and only the deliberately public
/// ones are open: a new endpoint cannot be forgotten.
/// </summary>
[TestFixture]
public sealed class EndpointCensusTests : AppFixture
{
    /// <summary>The whole list of what anyone may call without signing in.</summary>
    private static readonly string[] DeliberatelyPublic =
    [
        "GET account/login",
        "POST account/login",
        "POST api/auth/login",
        "GET api/meetings",
        "GET api/meetings/{id:guid}",
        "GET api/meetings/{meetingId:guid}/agenda",
        "GET api/meetings/{meetingId:guid}/agenda.pdf",
        "GET api/meetings/{meetingId:guid}/summary",
        "GET api/meetings/{meetingId:guid}/summary.docx",
        "GET api/meetings/{meetingId:guid}/summary.html",
        "GET api/meetings/{meetingId:guid}/summary.pdf",
        "GET api/sessions",
        "GET api/sessions/{sessionId:guid}/journal",
        "GET api/sessions/{sessionId:guid}/journal.docx",
        "GET api/sessions/{sessionId:guid}/journal.html",
        "GET api/sessions/{sessionId:guid}/journal.pdf",
        "GET api/meetings/{meetingId:guid}/documents",
        "GET api/documents/{documentId:guid}",
        "GET api/documents/by-symbol",
        "GET api/documents/{documentId:guid}/files/{lang}",
        "GET api/meetings/{meetingId:guid}/briefcase.zip",
        "GET api/calendar.ics",
        "GET api/calendar/feeds/{token}.ics",
        "GET health/live",
        "GET health/ready",
        "GET openapi/{documentName}.json",
        "GET public",
        "GET public/meetings/{id:guid}",
        "GET public/documents/{documentId:guid}/files/{lang}",
        "GET public/meetings/{meetingId:guid}/summary.pdf",
    ];

    private List<RouteEndpoint> _endpoints = null!;

    protected override async Task OnStartedAsync()
    {
        // Endpoints that only generate links (SuppressMatching) never serve a request, so they are left out.
        _endpoints = [.. App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ISuppressMatchingMetadata>()?.SuppressMatching != true)];
    }

    [Test]
    public void The_census_sees_the_endpoints_of_every_part_of_theApp()
    {
        var names = _endpoints.Select(Describe).ToList();

        Assert.That(names, Has.Some.StartsWith("POST api/bodies"));
        Assert.That(names, Has.Some.StartsWith("GET health/ready"));
        Assert.That(names, Has.Some.StartsWith("GET account/login"));
        Assert.That(names, Has.Some.StartsWith("GET,POST,PUT,DELETE,PATCH {controller=Home}").Or.Some.StartsWith("GET {controller=Home}"));
    }

    [Test]
    public void Every_endpoint_states_who_may_call_it()
    {
        var undecided = _endpoints
            .Where(e => !e.Metadata.OfType<IAuthorizeData>().Any() && !e.Metadata.OfType<IAllowAnonymous>().Any())
            .Select(Describe)
            .ToList();

        Assert.That(undecided, Is.Empty, "Endpoints without [Authorize] or [AllowAnonymous]: " + string.Join(", ", undecided));
    }

    [Test]
    public void Only_the_deliberately_public_endpoints_are_open()
    {
        var open = _endpoints.Where(e => e.Metadata.OfType<IAllowAnonymous>().Any()).Select(Describe).Distinct().Order(StringComparer.Ordinal);

        Assert.That(open, Is.EquivalentTo(DeliberatelyPublic));
    }

    [Test]
    public async Task Every_protected_api_route_answers_401_to_an_anonymous_caller()
    {
        var client = App.Anonymous();
        var failures = new List<string>();
        foreach (var endpoint in _endpoints.Where(e => Pattern(e).StartsWith("api/", StringComparison.Ordinal) && !e.Metadata.OfType<IAllowAnonymous>().Any()))
        {
            foreach (var method in Methods(endpoint))
            {
                var path = "/" + System.Text.RegularExpressions.Regex.Replace(Pattern(endpoint), "{[^}]+}", Guid.NewGuid().ToString());
                using var request = new HttpRequestMessage(new HttpMethod(method), path);
                var response = await client.SendAsync(request);
                if (response.StatusCode != HttpStatusCode.Unauthorized)
                {
                    failures.Add($"{method} {path}: {(int)response.StatusCode}");
                }
            }
        }

        Assert.That(failures, Is.Empty);
    }

    private static IEnumerable<string> Methods(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];

    private static string Pattern(RouteEndpoint endpoint) => endpoint.RoutePattern.RawText!.TrimStart('/');

    private static string Describe(RouteEndpoint endpoint) => $"{string.Join(',', Methods(endpoint))} {Pattern(endpoint)}";
}
