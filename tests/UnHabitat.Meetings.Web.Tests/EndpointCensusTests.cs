using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UnHabitat.Meetings.Testing;
using UnHabitat.Meetings.Web.Tests.Support;

namespace UnHabitat.Meetings.Web.Tests;

/// <summary>
/// Every endpoint of the app makes an explicit authorization decision, and only the deliberately public
/// ones are open: a new endpoint cannot be forgotten. Every API route is then called over HTTP by every kind
/// of caller on draft and published meetings of General and Restricted bodies, against one table of the
/// answers each must get (ADR 014).
/// </summary>
[TestFixture]
[Category("Database")]
public sealed class EndpointCensusTests : AppFixture
{
    /// <summary>The whole list of what anyone may call without signing in.</summary>
    private static readonly string[] DeliberatelyPublic =
    [
        "GET account/login",
        "POST account/login",
        "GET account/set-password",
        "POST account/set-password",
        "POST api/auth/login",
        "POST api/auth/password-reset",
        "POST api/auth/password-reset/confirm",
        "GET account/forgot-password",
        "POST account/forgot-password",
        "GET account/reset-password",
        "POST account/reset-password",
        "GET account/sso",
        "GET account/sso/done",
        "GET account/sso/refused",
        "GET account/second-factor",
        "POST account/second-factor",
        "GET api/meetings",
        "GET api/meetings/{id:guid}",
        "GET api/meetings/{meetingId:guid}/agenda",
        "GET api/meetings/{meetingId:guid}/agenda.pdf",
        "GET api/meetings/{meetingId:guid}/agenda.docx",
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
        "GET api/search",
        "GET api/calendar/feeds/{token}.ics",
        "GET health/live",
        "GET health/ready",
        "GET openapi/{documentName}.json",
        "GET public",
        "GET search",
        "GET public/meetings/{id:guid}",
        "GET public/documents/{documentId:guid}/files/{lang}",
        "GET public/meetings/{meetingId:guid}/summary.pdf",
        "GET public/sessions/{id:guid}",
        "GET public/sessions/{id:guid}/journal",
        "GET public/sessions/{id:guid}/journal.pdf",
        "GET public/sessions/{id:guid}/journal.docx",
    ];

    /// <summary>
    /// Who gets what, for every API route. One column per caller; in each cell one answer per meeting, in the
    /// order General draft, General published, Restricted draft, Restricted published (one letter: the same
    /// for all four, the route does not depend on a meeting).
    ///   2 = 2xx                         A = 401 (or a redirect to sign in)
    ///   F = 403 (known, not allowed)    N = 404 (does not exist for this caller)
    ///   W = a write that got past authorization and was refused for its empty request or unknown target
    ///       (400, 404 or 409): writes are sent with an empty body and ids that exist nowhere, so the census
    ///       changes nothing. "Of this body" for writes is the aggregates' rule, tested in the domain.
    /// {meeting}, {body}, {document}, {symbol}: those of the variant's meeting; {lang}: en; {x}: an id that exists nowhere.
    /// Drafts: the agenda is not submitted, the document and the summary are unpublished. Published: agenda
    /// approved, document and summary published.
    /// </summary>
    private static readonly CensusRow[] WhoGetsWhat =
    [
        //   Route                                                                        Anon     Member   Non-member    Chair    Other chair    Secretariat    Admin
        // Meetings and the calendar: public
        new("GET    /api/meetings",                                                     "2",     "2",     "2",          "2",     "2",           "2",           "2"),
        new("GET    /api/meetings/{meeting}",                                           "2",     "2",     "2",          "2",     "2",           "2",           "2"),
        new("GET    /api/sessions",                                                     "2",     "2",     "2",          "2",     "2",           "2",           "2"),
        new("GET    /api/calendar.ics",                                                 "2",     "2",     "2",          "2",     "2",           "2",           "2"),
        new("GET    /api/calendar/feeds/{token}.ics",                                   "N",     "N",     "N",          "N",     "N",           "N",           "N"),
        new("POST   /api/meetings",                                                     "A",     "F",     "F",          "F",     "F",           "W",           "W"),
        new("PATCH  /api/meetings/{x}",                                                 "A",     "F",     "F",          "F",     "F",           "W",           "W"),
        new("POST   /api/meetings/{x}/postpone",                                        "A",     "F",     "F",          "F",     "F",           "W",           "W"),
        new("POST   /api/meetings/{x}/cancel",                                          "A",     "F",     "F",          "F",     "F",           "W",           "W"),
        new("POST   /api/sessions",                                                     "A",     "F",     "F",          "F",     "F",           "W",           "W"),

        // The agenda: a draft only for the Secretariat and the body's chairs; from approval on, for everyone
        new("GET    /api/meetings/{meeting}/agenda",                                    "N2N2",  "N2N2",  "N2N2",       "2222",  "N2N2",        "2222",        "2222"),
        new("GET    /api/meetings/{meeting}/agenda.pdf",                                "N2N2",  "N2N2",  "N2N2",       "2222",  "N2N2",        "2222",        "2222"),
        new("GET    /api/meetings/{meeting}/agenda.docx",                               "N2N2",  "N2N2",  "N2N2",       "2222",  "N2N2",        "2222",        "2222"),
        new("GET    /api/meetings/{meeting}/agenda/changes",                            "A",     "F",     "F",          "2",     "F",           "F",           "2"),
        new("POST   /api/meetings/{x}/agenda/items",                                    "A",     "F",     "F",          "F",     "F",           "W",           "W"),
        new("PUT    /api/meetings/{x}/agenda/items/{x}",                                "A",     "F",     "F",          "F",     "F",           "W",           "W"),
        new("DELETE /api/meetings/{x}/agenda/items/{x}",                                "A",     "F",     "F",          "F",     "F",           "W",           "W"),
        new("POST   /api/meetings/{x}/agenda/submit",                                   "A",     "F",     "F",          "F",     "F",           "W",           "W"),
        new("POST   /api/meetings/{x}/agenda/approve",                                  "A",     "F",     "F",          "W",     "W",           "F",           "W"),
        new("POST   /api/meetings/{x}/agenda/return",                                   "A",     "F",     "F",          "W",     "W",           "F",           "W"),
        new("POST   /api/meetings/{x}/agenda/adopt",                                    "A",     "F",     "F",          "F",     "F",           "W",           "W"),

        // Documents: unpublished ones only for insiders; a published Restricted one for the members' delegations
        new("GET    /api/meetings/{meeting}/documents",                                 "2",     "2",     "2",          "2",     "2",           "2",           "2"),
        new("GET    /api/meetings/{meeting}/briefcase.zip",                             "2",     "2",     "2",          "2",     "2",           "2",           "2"),
        new("GET    /api/documents/{document}",                                         "N2NN",  "N2N2",  "N2NF",       "2222",  "N2NF",        "2222",        "2222"),
        new("GET    /api/documents/by-symbol?symbol={symbol}",                          "N2NN",  "N2N2",  "N2NF",       "2222",  "N2NF",        "2222",        "2222"),
        new("GET    /api/documents/{document}/files/{lang}",                            "N2NN",  "N2N2",  "N2NF",       "2222",  "N2NF",        "2222",        "2222"),
        new("POST   /api/meetings/{x}/documents",                                       "A",     "F",     "F",          "F",     "F",           "W",           "W"),
        new("PUT    /api/documents/{x}/files/{lang}",                                   "A",     "F",     "F",          "F",     "F",           "W",           "W"),
        new("POST   /api/documents/{x}/publish",                                        "A",     "F",     "F",          "F",     "F",           "W",           "W"),

        // The record, attendance, action points, deadlines: the Secretariat's and the body's chairs'
        new("GET    /api/meetings/{meeting}/attendance",                                "A",     "F",     "F",          "2",     "F",           "2",           "2"),
        new("GET    /api/meetings/{meeting}/action-points",                             "A",     "F",     "F",          "2",     "F",           "2",           "2"),
        new("GET    /api/meetings/{meeting}/record",                                    "A",     "F",     "F",          "2",     "F",           "2",           "2"),
        new("GET    /api/meetings/{meeting}/interventions",                             "A",     "F",     "F",          "2",     "F",           "2",           "2"),
        new("GET    /api/meetings/{meeting}/open-questions",                            "A",     "F",     "F",          "2",     "F",           "2",           "2"),
        new("GET    /api/meetings/{meeting}/deadlines",                                 "A",     "F",     "F",          "2",     "F",           "2",           "2"),
        new("GET    /api/reports/timeliness?bodyId={body}&year=2031",                   "A",     "F",     "F",          "2",     "F",           "2",           "2"),
        new("PUT    /api/meetings/{x}/attendance",                                      "A",     "F",     "F",          "F",     "F",           "W",           "W"),
        new("PUT    /api/meetings/{x}/attendance/others",                               "A",     "F",     "F",          "F",     "F",           "W",           "W"),
        new("POST   /api/meetings/{x}/record/opening",                                  "A",     "F",     "F",          "F",     "F",           "W",           "W"),
        new("POST   /api/meetings/{x}/record/closing",                                  "A",     "F",     "F",          "F",     "F",           "W",           "W"),
        new("POST   /api/meetings/{x}/paragraphs",                                      "A",     "F",     "F",          "F",     "F",           "W",           "W"),
        new("POST   /api/meetings/{x}/interventions",                                   "A",     "F",     "F",          "F",     "F",           "W",           "W"),
        new("PUT    /api/meetings/{x}/interventions/{x}",                               "A",     "F",     "F",          "F",     "F",           "W",           "W"),
        new("DELETE /api/meetings/{x}/interventions/{x}",                               "A",     "F",     "F",          "F",     "F",           "W",           "W"),
        new("POST   /api/meetings/{x}/responses",                                       "A",     "F",     "F",          "F",     "F",           "W",           "W"),
        new("POST   /api/meetings/{x}/action-points",                                   "A",     "F",     "F",          "F",     "F",           "W",           "W"),
        new("PUT    /api/meetings/{x}/paragraphs/{x}",                                  "A",     "F",     "F",          "F",     "F",           "W",           "W"),
        new("DELETE /api/meetings/{x}/paragraphs/{x}",                                  "A",     "F",     "F",          "F",     "F",           "W",           "W"),
        new("PUT    /api/meetings/{x}/responses/{x}",                                   "A",     "F",     "F",          "F",     "F",           "W",           "W"),
        new("DELETE /api/meetings/{x}/responses/{x}",                                   "A",     "F",     "F",          "F",     "F",           "W",           "W"),
        new("PUT    /api/meetings/{x}/action-points/{x}",                               "A",     "F",     "F",          "F",     "F",           "W",           "W"),
        new("DELETE /api/meetings/{x}/action-points/{x}",                               "A",     "F",     "F",          "F",     "F",           "W",           "W"),
        new("POST   /api/meetings/{x}/action-points/{x}/close",                         "A",     "F",     "F",          "F",     "F",           "W",           "W"),

        // The summary: the working draft for insiders; published, by distribution and membership
        new("GET    /api/meetings/{meeting}/summary",                                   "N2NN",  "N2N2",  "N2NN",       "2222",  "N2NN",        "2222",        "2222"),
        new("GET    /api/meetings/{meeting}/summary.html",                              "N2NN",  "N2N2",  "N2NN",       "2222",  "N2NN",        "2222",        "2222"),
        new("GET    /api/meetings/{meeting}/summary.pdf",                               "N2NN",  "N2N2",  "N2NN",       "2222",  "N2NN",        "2222",        "2222"),
        new("GET    /api/meetings/{meeting}/summary.docx",                              "N2NN",  "N2N2",  "N2NN",       "2222",  "N2NN",        "2222",        "2222"),
        new("POST   /api/meetings/{x}/summary/submit",                                  "A",     "F",     "F",          "F",     "F",           "W",           "W"),
        new("POST   /api/meetings/{x}/summary/return",                                  "A",     "F",     "F",          "W",     "W",           "W",           "W"),
        new("GET    /api/meetings/{meeting}/summary/changes",                           "A",     "F",     "F",          "2",     "F",           "F",           "2"),
        new("POST   /api/meetings/{x}/summary/clear",                                   "A",     "F",     "F",          "W",     "W",           "F",           "W"),
        new("POST   /api/meetings/{x}/summary/publish",                                 "A",     "F",     "F",          "F",     "F",           "W",           "W"),
        new("POST   /api/meetings/{x}/summary/revise",                                  "A",     "F",     "F",          "F",     "F",           "W",           "W"),

        // Decisions: recorded by the Secretariat, listed for signed-in readers
        new("POST   /api/meetings/{x}/decisions",                                       "A",     "F",     "F",          "F",     "F",           "W",           "W"),
        new("GET    /api/bodies/{body}/decisions",                                      "A",     "2",     "2",          "2",     "2",           "2",           "2"),

        // The daily journal (JournalTests prove draft and published per caller; here an unknown session is 404 for all)
        new("GET    /api/sessions/{x}/journal?date=2031-01-01",                         "N",     "N",     "N",          "N",     "N",           "N",           "N"),
        new("GET    /api/sessions/{x}/journal.pdf?date=2031-01-01",                     "N",     "N",     "N",          "N",     "N",           "N",           "N"),
        new("GET    /api/sessions/{x}/journal.docx?date=2031-01-01",                    "N",     "N",     "N",          "N",     "N",           "N",           "N"),
        new("GET    /api/sessions/{x}/journal.html?date=2031-01-01",                    "N",     "N",     "N",          "N",     "N",           "N",           "N"),
        new("GET    /api/sessions/{x}/journals",                                        "A",     "F",     "F",          "N",     "N",           "N",           "N"),
        new("POST   /api/sessions/{x}/journal/publish",                                 "A",     "F",     "F",          "F",     "F",           "W",           "W"),
        new("POST   /api/sessions/{x}/journal/revise",                                  "A",     "F",     "F",          "F",     "F",           "W",           "W"),

        // Bodies, users, reference data: signed-in readers; the Secretariat and the administrator write
        new("GET    /api/bodies",                                                       "A",     "2",     "2",          "2",     "2",           "2",           "2"),
        new("GET    /api/bodies/{body}",                                                "A",     "2",     "2",          "2",     "2",           "2",           "2"),
        new("POST   /api/bodies",                                                       "A",     "F",     "F",          "F",     "F",           "W",           "W"),
        new("PUT    /api/bodies/{x}",                                                   "A",     "F",     "F",          "F",     "F",           "W",           "W"),
        new("PUT    /api/bodies/{x}/members",                                           "A",     "F",     "F",          "F",     "F",           "W",           "W"),
        new("GET    /api/users",                                                        "A",     "F",     "F",          "F",     "F",           "2",           "2"),
        new("POST   /api/users",                                                        "A",     "F",     "F",          "F",     "F",           "F",           "W"),
        new("GET    /api/member-states",                                                "A",     "2",     "2",          "2",     "2",           "2",           "2"),
        new("POST   /api/auth/login",                                                   "W",     "W",     "W",          "W",     "W",           "W",           "W"),
        new("POST   /api/auth/password-reset",                                          "W",     "W",     "W",          "W",     "W",           "W",           "W"),
        new("POST   /api/auth/password-reset/confirm",                                  "W",     "W",     "W",          "W",     "W",           "W",           "W"),

        // The caller's own things
        new("GET    /api/notifications",                                                "A",     "2",     "2",          "2",     "2",           "2",           "2"),
        new("GET    /api/me/subscriptions",                                             "A",     "2",     "2",          "2",     "2",           "2",           "2"),
        new("PUT    /api/me/subscriptions",                                             "A",     "2",     "2",          "2",     "2",           "2",           "2"),
        new("POST   /api/me/calendar-feeds",                                            "A",     "2",     "2",          "2",     "2",           "2",           "2"),
        new("DELETE /api/me/calendar-feeds",                                            "A",     "2",     "2",          "2",     "2",           "2",           "2"),

        // Resolutions and their implementation reports: signed-in readers; the Secretariat writes
        new("GET    /api/resolutions",                                                  "A",     "2",     "2",          "2",     "2",           "2",           "2"),
        new("GET    /api/resolutions/{x}",                                              "A",     "N",     "N",          "N",     "N",           "N",           "N"),
        new("GET    /api/resolutions/{x}/history",                                      "A",     "N",     "N",          "N",     "N",           "N",           "N"),
        new("POST   /api/resolutions",                                                  "A",     "F",     "F",          "F",     "F",           "W",           "W"),
        new("PUT    /api/resolutions/{x}",                                              "A",     "F",     "F",          "F",     "F",           "W",           "W"),
        new("POST   /api/resolutions/{x}/updates",                                      "A",     "F",     "F",          "F",     "F",           "W",           "W"),
        new("GET    /api/reports/implementation?bodyId={body}&period=2024",             "A",     "2",     "2",          "2",     "2",           "2",           "2"),
        new("GET    /api/reports/implementation.pdf?bodyId={body}&period=2024",         "A",     "2",     "2",          "2",     "2",           "2",           "2"),
        new("GET    /api/reports/implementation.docx?bodyId={body}&period=2024",        "A",     "2",     "2",          "2",     "2",           "2",           "2"),
        new("GET    /api/reports/implementation/briefing?bodyId={body}&period=2024",    "A",     "2",     "2",          "2",     "2",           "2",           "2"),
        new("GET    /api/reports/implementation/briefing.html?bodyId={body}&period=2024","A",     "2",     "2",          "2",     "2",           "2",           "2"),
        new("GET    /api/reports/implementation/briefing.pdf?bodyId={body}&period=2024","A",     "2",     "2",          "2",     "2",           "2",           "2"),

        // Search: anyone may ask; each hit is one the caller may read elsewhere (SearchTests checks the hits per caller)
        new("GET    /api/search?q={symbol}",                                           "2",     "2",     "2",          "2",     "2",           "2",           "2"),
    ];

    /// <summary>Writes whose request is a list, and the upload (a form): the census sends the empty shape they expect.</summary>
    private static readonly string[] ListBodies = ["PUT api/meetings/{}/attendance", "PUT api/bodies/{}/members", "PUT api/me/subscriptions"];

    private List<RouteEndpoint> _endpoints = null!;
    private AccessWorld _world = null!;

    protected override async Task OnStartedAsync()
    {
        // Endpoints that only generate links (SuppressMatching) never serve a request, so they are left out.
        _endpoints = [.. App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ISuppressMatchingMetadata>()?.SuppressMatching != true)];
        _world = await AccessWorld.BuildAsync(App);
    }

    [Test]
    public void The_table_has_one_row_for_every_api_route_and_no_other()
    {
        var routes = _endpoints.Where(e => Pattern(e).StartsWith("api/", StringComparison.Ordinal))
            .SelectMany(e => Methods(e).Select(m => $"{m} {Shape(Pattern(e))}")).Distinct().Order(StringComparer.Ordinal);
        var rows = WhoGetsWhat.Select(r => $"{r.Method} {Shape(r.Path.TrimStart('/'))}").Order(StringComparer.Ordinal);

        Assert.That(rows, Is.EqualTo(routes));
    }

    [Test]
    public async Task Every_api_route_gives_every_caller_the_answer_in_the_table_and_no_read_is_audited()
    {
        var wrong = new List<string>();
        var calls = 0;
        // The deadline jobs of the world's overdue documents may fire meanwhile (Hangfire, in the background): their
        // entries are the scheduler's, not the reads'.
        string[] jobs = ["ReachDeadline", "RemindOfDeadline"];
        var audited = await App.WithDbAsync(db => db.AuditEntries.CountAsync(e => !jobs.Contains(e.Request)));

        // Reads first: together they must leave the audit log as it was (ADR 014).
        await CallAsync(WhoGetsWhat.Where(r => r.Method == "GET"));
        var auditedByReads = await App.WithDbAsync(db => db.AuditEntries.CountAsync(e => !jobs.Contains(e.Request))) - audited;
        await CallAsync(WhoGetsWhat.Where(r => r.Method != "GET"));

        Assert.That(calls, Is.GreaterThan(WhoGetsWhat.Length * 7));
        Assert.That(wrong, Is.Empty, string.Join(Environment.NewLine, wrong));
        Assert.That(auditedByReads, Is.Zero, "audit entries left by reads");

        async Task CallAsync(IEnumerable<CensusRow> rows)
        {
            foreach (var row in rows)
            {
                var variants = row.DependsOnMeeting ? Enum.GetValues<Variant>() : [Variant.GeneralDraft];
                for (var c = 0; c < row.Expected.Count; c++)
                {
                    var caller = (Caller)c;
                    foreach (var variant in variants)
                    {
                        var expected = row.Expected[c].Length == 1 ? row.Expected[c][0] : row.Expected[c][(int)variant];
                        using var request = Request(row, _world.Places[variant]);
                        using var response = await _world[caller].SendAsync(request);
                        calls++;
                        if (Answer(response.StatusCode, expected) != expected)
                        {
                            wrong.Add($"{row.Method} {row.Path} for {caller}{(row.DependsOnMeeting ? $" on the {variant} meeting" : "")}: expected {expected}, got {(int)response.StatusCode}");
                        }
                    }
                }
            }
        }
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

    private static HttpRequestMessage Request(CensusRow row, Place place)
    {
        var path = row.Path
            .Replace("{meeting}", place.MeetingId.ToString(), StringComparison.Ordinal)
            .Replace("{body}", place.BodyId.ToString(), StringComparison.Ordinal)
            .Replace("{document}", place.DocumentId.ToString(), StringComparison.Ordinal)
            .Replace("{symbol}", Uri.EscapeDataString(place.Symbol), StringComparison.Ordinal)
            .Replace("{lang}", "en", StringComparison.Ordinal)
            .Replace("{token}", "no-such-feed", StringComparison.Ordinal);
        path = Regex.Replace(path, @"\{x\}", _ => Guid.NewGuid().ToString());
        var request = new HttpRequestMessage(new HttpMethod(row.Method), path);
        if (row.Method is "GET" or "DELETE")
        {
            return request;
        }

        var shape = $"{row.Method} {Shape(row.Path.TrimStart('/'))}";
        if (shape.EndsWith("/files/{}", StringComparison.Ordinal))
        {
            // A well-formed upload of a small file, so that only who sends it can decide the answer.
            request.Content = Support.Files.Form(Support.Files.Pdf("census"), "census.pdf");
        }
        else
        {
            request.Content = new StringContent(ListBodies.Contains(shape) ? "[]" : "{}", Encoding.UTF8, "application/json");
        }

        return request;
    }

    /// <summary>The status code as a letter of the table; W stands for 400, 404 and 409 where a write was expected to get past authorization.</summary>
    private static char Answer(HttpStatusCode status, char expected) => (int)status switch
    {
        >= 200 and < 300 => '2',
        401 or (>= 300 and < 400) => 'A',
        403 => 'F',
        400 or 404 or 409 when expected == 'W' => 'W',
        404 => 'N',
        _ => '?',
    };

    /// <summary>"api/meetings/{meetingId:guid}/agenda" and "/api/meetings/{x}/agenda?q=1" both become "api/meetings/{}/agenda".</summary>
    private static string Shape(string path) => Regex.Replace(path.Split('?')[0], "{[^}]+}", "{}");

    private static IEnumerable<string> Methods(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];

    private static string Pattern(RouteEndpoint endpoint) => endpoint.RoutePattern.RawText!.TrimStart('/');

    private static string Describe(RouteEndpoint endpoint) => $"{string.Join(',', Methods(endpoint))} {Pattern(endpoint)}";
}
