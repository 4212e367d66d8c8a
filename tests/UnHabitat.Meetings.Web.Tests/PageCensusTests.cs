using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UnHabitat.Meetings.Web.Tests.Support;

namespace UnHabitat.Meetings.Web.Tests;

/// <summary>
/// The pages' side of the endpoint census: every route of the MVC controllers (pages, cookie downloads and
/// their form posts) is called over HTTP with the sign-in cookie, following no redirect, by every kind of
/// caller on draft and published meetings of General and Restricted bodies, against one table of the
/// answers each must get (ADR 014). A page route without a row fails the census.
/// </summary>
[TestFixture]
[Category("Database")]
public sealed class PageCensusTests : AppFixture
{
    /// <summary>
    /// Who gets what, for every page route. One column per caller; in each cell one answer per meeting, in the
    /// order General draft, General published, Restricted draft, Restricted published (one letter: the same
    /// for all four).
    ///   2 = 2xx (the page or the file)
    ///   S = a redirect to the sign-in page (/account/login?ReturnUrl=…): signed out
    ///   F = not allowed: a redirect to the access-denied page (/account/denied) when the caller's role may
    ///       not use the controller at all, or 403 with the "Not allowed" page when the use case refuses
    ///   N = 404 with the "Not found" page (does not exist for this caller: a draft, an unpublished summary, …)
    ///   R = a redirect to another page, which is what the route is for (the home page sends each role but the
    ///       administrator to its own start page; a delegation's document link to the meeting's public page)
    ///   T = 400 with the plain status text, not a page: the form post was refused for its missing anti-forgery
    ///       token. Every form post is sent without one, so the census changes nothing; T shows that the caller
    ///       got past the role check, which is decided before the form is read (S and F come first). "Of this
    ///       body" for writes is the use cases' rule, decided after the token (see the chair-of-another-body test).
    /// {meeting}, {body}, {document}: those of the variant's meeting; {x}: an id that exists nowhere.
    /// Drafts: the agenda is not submitted, the document and the summary are unpublished. Published: agenda
    /// approved, document and summary published.
    /// </summary>
    private static readonly CensusRow[] WhoGetsWhat =
    [
        //   Route                                                                   Anon     Member   Non-member    Chair    Other chair    Secretariat    Admin
        // Signing in and out, and the start page of each role
        new("GET    /",                                                             "S",     "R",     "R",          "R",     "R",           "R",           "2"),
        new("GET    /account/login",                                                "2",     "2",     "2",          "2",     "2",           "2",           "2"),
        new("POST   /account/login",                                                "T",     "T",     "T",          "T",     "T",           "T",           "T"),
        new("POST   /account/logout",                                               "S",     "T",     "T",          "T",     "T",           "T",           "T"),
        new("GET    /account/denied",                                               "S",     "2",     "2",          "2",     "2",           "2",           "2"),
        new("GET    /account/set-password",                                         "2",     "2",     "2",          "2",     "2",           "2",           "2"),
        new("POST   /account/set-password",                                         "T",     "T",     "T",          "T",     "T",           "T",           "T"),
        new("GET    /account/forgot-password",                                      "2",     "2",     "2",          "2",     "2",           "2",           "2"),
        new("POST   /account/forgot-password",                                      "T",     "T",     "T",          "T",     "T",           "T",           "T"),
        new("GET    /account/reset-password",                                       "2",     "2",     "2",          "2",     "2",           "2",           "2"),
        new("POST   /account/reset-password",                                       "T",     "T",     "T",          "T",     "T",           "T",           "T"),
        // Single sign-on (ADR 020): 404 for everyone while Authentication:OpenIdConnect is not configured, as here
        new("GET    /account/sso",                                                  "N",     "N",     "N",          "N",     "N",           "N",           "N"),
        new("GET    /account/sso/done",                                             "N",     "N",     "N",          "N",     "N",           "N",           "N"),
        new("GET    /account/sso/refused",                                          "N",     "N",     "N",          "N",     "N",           "N",           "N"),
        // Two-factor sign-in: the code after the password (without a password step just passed: back to signing in), and one's own set-up
        new("GET    /account/second-factor",                                        "S",     "S",     "S",          "S",     "S",           "S",           "S"),
        new("POST   /account/second-factor",                                        "T",     "T",     "T",          "T",     "T",           "T",           "T"),
        new("GET    /account/two-factor",                                           "S",     "2",     "2",          "2",     "2",           "2",           "2"),
        new("POST   /account/two-factor/start",                                     "S",     "T",     "T",          "T",     "T",           "T",           "T"),
        new("POST   /account/two-factor/enable",                                    "S",     "T",     "T",          "T",     "T",           "T",           "T"),
        new("POST   /account/two-factor/recovery-codes",                            "S",     "T",     "T",          "T",     "T",           "T",           "T"),
        new("POST   /account/two-factor/disable",                                   "S",     "T",     "T",          "T",     "T",           "T",           "T"),

        // Accounts: the administrator's and the Secretariat's
        new("GET    /admin/users",                                                  "S",     "F",     "F",          "F",     "F",           "2",           "2"),
        new("GET    /admin/users/{x}",                                              "S",     "F",     "F",          "F",     "F",           "N",           "N"),
        new("POST   /admin/users/invite",                                           "S",     "F",     "F",          "F",     "F",           "T",           "T"),
        new("POST   /admin/users/{x}/roles",                                        "S",     "F",     "F",          "F",     "F",           "T",           "T"),
        new("POST   /admin/users/{x}/invitation",                                   "S",     "F",     "F",          "F",     "F",           "T",           "T"),
        new("POST   /admin/users/{x}/deactivate",                                   "S",     "F",     "F",          "F",     "F",           "T",           "T"),
        new("POST   /admin/users/{x}/reactivate",                                   "S",     "F",     "F",          "F",     "F",           "T",           "T"),
        new("POST   /admin/users/{x}/unlock",                                       "S",     "F",     "F",          "F",     "F",           "T",           "T"),
        new("POST   /admin/users/{x}/reset-two-factor",                             "S",     "F",     "F",          "F",     "F",           "T",           "T"),
        new("GET    /admin/audit",                                                  "S",     "F",     "F",          "F",     "F",           "F",           "2"),
        // Hangfire's dashboard, every path under /jobs (the Secretariat may look, read-only)
        new("GET    /jobs",                                                         "S",     "F",     "F",          "F",     "F",           "2",           "2"),

        // The public pages: a meeting for everyone, with only what each caller may read on it
        new("GET    /public",                                                       "2",     "2",     "2",          "2",     "2",           "2",           "2"),
        new("GET    /public/meetings/{meeting}",                                    "2",     "2",     "2",          "2",     "2",           "2",           "2"),

        // Search: one page for everyone; the census checks it links to no file the caller may not read (SearchTests checks the hits)
        new("GET    /search?q=Executive+Director&bodyId={body}",                     "2",     "2",     "2",          "2",     "2",           "2",           "2"),
        new("GET    /public/documents/{document}/files/en",                         "N2NN",  "N2N2",  "N2NF",       "2222",  "N2NF",        "2222",        "2222"),
        new("GET    /public/meetings/{meeting}/summary.pdf",                        "N2NN",  "N2N2",  "N2NN",       "2222",  "N2NN",        "2222",        "2222"),

        // A session's pages and its daily journal (JournalTests prove draft and published; here an unknown session is 404 for all)
        new("GET    /public/sessions/{x}",                                          "N",     "N",     "N",          "N",     "N",           "N",           "N"),
        new("GET    /public/sessions/{x}/journal?date=2031-01-01",                  "N",     "N",     "N",          "N",     "N",           "N",           "N"),
        new("GET    /public/sessions/{x}/journal.pdf?date=2031-01-01",              "N",     "N",     "N",          "N",     "N",           "N",           "N"),
        new("GET    /public/sessions/{x}/journal.docx?date=2031-01-01",             "N",     "N",     "N",          "N",     "N",           "N",           "N"),
        new("GET    /sessions/{x}/journal?date=2031-01-01",                         "S",     "F",     "F",          "N",     "N",           "N",           "N"),
        new("GET    /sessions/{x}/journal.pdf?date=2031-01-01",                     "S",     "F",     "F",          "N",     "N",           "N",           "N"),
        new("GET    /sessions/{x}/journal.docx?date=2031-01-01",                    "S",     "F",     "F",          "N",     "N",           "N",           "N"),
        new("POST   /sessions/{x}/journal/publish",                                 "S",     "F",     "F",          "T",     "T",           "T",           "T"),

        // Downloads with the cookie: as the API, for signed-in callers
        new("GET    /documents/{document}/files/en",                                "S",     "N2N2",  "N2NF",       "2222",  "N2NF",        "2222",        "2222"),
        new("GET    /meetings/{meeting}/briefcase.zip",                             "S",     "2",     "2",          "2",     "2",           "2",           "2"),
        new("GET    /meetings/{meeting}/summary.pdf",                               "S",     "N2N2",  "N2NN",       "2222",  "N2NN",        "2222",        "2222"),
        new("GET    /meetings/{meeting}/summary.docx",                              "S",     "N2N2",  "N2NN",       "2222",  "N2NN",        "2222",        "2222"),
        new("GET    /meetings/{meeting}/agenda.pdf",                                "S",     "N2N2",  "N2N2",       "2222",  "N2N2",        "2222",        "2222"),
        new("GET    /meetings/{meeting}/agenda.docx",                               "S",     "N2N2",  "N2N2",       "2222",  "N2N2",        "2222",        "2222"),

        // A delegation's page: what it follows, its calendar feed, the link to a document it may read
        new("GET    /delegation",                                                   "S",     "2",     "2",          "2",     "2",           "2",           "2"),
        new("POST   /delegation/following",                                         "S",     "T",     "T",          "T",     "T",           "T",           "T"),
        new("POST   /delegation/calendar-feed",                                     "S",     "T",     "T",          "T",     "T",           "T",           "T"),
        new("POST   /delegation/calendar-feed/revoke",                              "S",     "T",     "T",          "T",     "T",           "T",           "T"),
        new("GET    /delegation/documents/{document}",                              "S",     "NRNR",  "NRNF",       "RRRR",  "NRNF",        "RRRR",        "RRRR"),

        // A chair's inbox: agendas to approve, of the bodies they chair
        new("GET    /inbox",                                                        "S",     "F",     "F",          "2",     "2",           "F",           "2"),
        new("GET    /inbox/agendas/{meeting}",                                      "S",     "F",     "F",          "2222",  "NFNF",        "F",           "2222"),
        new("POST   /inbox/agendas/{meeting}/approve",                              "S",     "F",     "F",          "T",     "T",           "F",           "T"),
        new("POST   /inbox/agendas/{meeting}/return",                               "S",     "F",     "F",          "T",     "T",           "F",           "T"),

        // The Secretariat's pages: the dashboard, a meeting's workspace, agenda, attendance and documents
        new("GET    /dashboard",                                                    "S",     "F",     "F",          "F",     "F",           "2",           "2"),
        new("GET    /meetings/new",                                                 "S",     "F",     "F",          "F",     "F",           "2",           "2"),
        new("POST   /meetings/new",                                                 "S",     "F",     "F",          "F",     "F",           "T",           "T"),
        new("GET    /meetings/{meeting}",                                           "S",     "F",     "F",          "F",     "F",           "2",           "2"),
        new("POST   /meetings/{meeting}/agenda/items",                              "S",     "F",     "F",          "F",     "F",           "T",           "T"),
        new("POST   /meetings/{meeting}/agenda/items/{x}",                          "S",     "F",     "F",          "F",     "F",           "T",           "T"),
        new("POST   /meetings/{meeting}/agenda/submit",                             "S",     "F",     "F",          "F",     "F",           "T",           "T"),
        new("POST   /meetings/{meeting}/agenda/adopt",                              "S",     "F",     "F",          "F",     "F",           "T",           "T"),
        new("GET    /meetings/{meeting}/attendance",                                "S",     "F",     "F",          "F",     "F",           "2",           "2"),
        new("POST   /meetings/{meeting}/attendance",                                "S",     "F",     "F",          "F",     "F",           "T",           "T"),
        new("POST   /meetings/{meeting}/times",                                     "S",     "F",     "F",          "F",     "F",           "T",           "T"),
        new("GET    /meetings/{meeting}/documents",                                 "S",     "F",     "F",          "F",     "F",           "2",           "2"),
        new("POST   /meetings/{meeting}/documents",                                 "S",     "F",     "F",          "F",     "F",           "T",           "T"),
        new("POST   /meetings/{meeting}/documents/{document}/files",                "S",     "F",     "F",          "F",     "F",           "T",           "T"),
        new("POST   /meetings/{meeting}/documents/{document}/publish",              "S",     "F",     "F",          "F",     "F",           "T",           "T"),

        // The record: the Secretariat's
        new("GET    /meetings/{meeting}/record",                                    "S",     "F",     "F",          "F",     "F",           "2",           "2"),
        new("GET    /meetings/{meeting}/record/entries/{x}",                        "S",     "F",     "F",          "F",     "F",           "N",           "N"),
        new("POST   /meetings/{meeting}/record/interventions",                      "S",     "F",     "F",          "F",     "F",           "T",           "T"),
        new("POST   /meetings/{meeting}/record/responses",                          "S",     "F",     "F",          "F",     "F",           "T",           "T"),
        new("POST   /meetings/{meeting}/record/paragraphs",                         "S",     "F",     "F",          "F",     "F",           "T",           "T"),
        new("POST   /meetings/{meeting}/record/action-points",                      "S",     "F",     "F",          "F",     "F",           "T",           "T"),
        new("POST   /meetings/{meeting}/record/present",                            "S",     "F",     "F",          "F",     "F",           "T",           "T"),
        new("POST   /meetings/{meeting}/record/officials",                          "S",     "F",     "F",          "F",     "F",           "T",           "T"),
        new("POST   /meetings/{meeting}/record/interventions/{x}",                  "S",     "F",     "F",          "F",     "F",           "T",           "T"),
        new("POST   /meetings/{meeting}/record/responses/{x}",                      "S",     "F",     "F",          "F",     "F",           "T",           "T"),
        new("POST   /meetings/{meeting}/record/paragraphs/{x}",                     "S",     "F",     "F",          "F",     "F",           "T",           "T"),
        new("POST   /meetings/{meeting}/record/action-points/{x}",                  "S",     "F",     "F",          "F",     "F",           "T",           "T"),
        new("POST   /meetings/{meeting}/record/paragraphs/{x}/delete",              "S",     "F",     "F",          "F",     "F",           "T",           "T"),
        new("POST   /meetings/{meeting}/record/action-points/{x}/close",            "S",     "F",     "F",          "F",     "F",           "T",           "T"),

        // The summary: its working draft for the Secretariat and the body's chairs
        new("GET    /meetings/{meeting}/summary",                                   "S",     "F",     "F",          "2222",  "NFNN",        "2222",        "2222"),
        new("POST   /meetings/{meeting}/summary/submit",                            "S",     "F",     "F",          "T",     "T",           "T",           "T"),

        // Decisions: recorded on the Secretariat's page, listed per body for signed-in readers
        new("GET    /meetings/{meeting}/decisions",                                 "S",     "F",     "F",          "F",     "F",           "2",           "2"),
        new("POST   /meetings/{meeting}/decisions",                                 "S",     "F",     "F",          "F",     "F",           "T",           "T"),
        new("GET    /bodies/{body}/decisions",                                      "S",     "2",     "2",          "2",     "2",           "2",           "2"),
        // A resolution's page, for the readers of GET /api/resolutions/{id} (ResolutionPagesTests read one); an unknown id is 404
        new("GET    /resolutions/{x}",                                              "S",     "N",     "N",          "N",     "N",           "N",           "N"),

        // Reports: a chair asking for a body they do not chair gets the page without the report
        new("GET    /reports/timeliness?bodyId={body}&year=2031",                   "S",     "F",     "F",          "2",     "2",           "2",           "2"),
    ];

    /// <summary>The member State's delegate, as the census records the attendance of the draft meetings.</summary>
    private const string Delegate = "Wanjiru Census-Delegate";

    /// <summary>
    /// Words of every meeting's record (an intervention, an action point, a delegate's name in the attendance):
    /// the Secretariat's and the body's chairs', and otherwise only in a published summary the caller may read.
    /// </summary>
    private static readonly string[] RecordWords = ["asked about the timeline of the guidelines", "Circulate the revised guidelines to the members", Delegate];

    private List<RouteEndpoint> _pages = null!;
    private AccessWorld _world = null!;

    protected override async Task OnStartedAsync()
    {
        // Endpoints that only generate links (SuppressMatching) never serve a request; the API, the health checks
        // and the OpenAPI document are the API census's.
        _pages = [.. App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ISuppressMatchingMetadata>()?.SuppressMatching != true)
            .Where(e => !Regex.IsMatch(Pattern(e), "^(api|health|openapi)(/|$)"))];
        _world = await AccessWorld.BuildAsync(App);
        // The drafts only: a published summary freezes its meeting's record.
        await RecordAttendanceAsync(_world.Places[Variant.GeneralDraft].MeetingId);
        await RecordAttendanceAsync(_world.Places[Variant.RestrictedDraft].MeetingId);
    }

    [Test]
    public void The_table_has_one_row_for_every_page_route_and_no_other()
    {
        var routes = _pages.SelectMany(e => Methods(e).Select(m => (Shape: $"{m} {Shape(Pattern(e))}", Declared: $"{m} /{Pattern(e)}"))).DistinctBy(r => r.Shape).ToList();
        var rows = WhoGetsWhat.Select(r => $"{r.Method} {Shape(r.Path)}").ToList();

        var missing = routes.Where(r => !rows.Contains(r.Shape)).Select(r => r.Declared).Order(StringComparer.Ordinal).ToList();
        var extra = rows.Except(routes.Select(r => r.Shape)).Order(StringComparer.Ordinal).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(missing, Is.Empty, "Page routes without a row in PageCensusTests.WhoGetsWhat (add one saying who gets what):" + Environment.NewLine + string.Join(Environment.NewLine, missing));
            Assert.That(extra, Is.Empty, "Rows of PageCensusTests.WhoGetsWhat for routes the app does not have:" + Environment.NewLine + string.Join(Environment.NewLine, extra));
            Assert.That(rows, Is.Unique, "one row per route");
        });
    }

    [Test]
    public async Task Every_page_route_gives_every_caller_with_the_cookie_the_answer_in_the_table_and_no_page_shows_what_they_may_not_read()
    {
        var wrong = new List<string>();
        var calls = 0;
        var recordShown = 0;
        // Each caller's sign-in is audited (issue 14 point 6); what is counted is everything else.
        var audited = await App.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Request != "SignIn"));
        foreach (var caller in Enum.GetValues<Caller>())
        {
            using var browser = await _world.BrowserAsync(App, caller);
            foreach (var row in WhoGetsWhat)
            {
                var variants = row.DependsOnMeeting ? Enum.GetValues<Variant>() : [Variant.GeneralDraft];
                foreach (var variant in variants)
                {
                    var cell = row.Expected[(int)caller];
                    var expected = cell.Length == 1 ? cell[0] : cell[(int)variant];
                    using var request = Request(row, _world.Places[variant]);
                    using var response = await browser.SendAsync(request);
                    calls++;
                    var got = await AnswerAsync(response);
                    var where = $"{row.Method} {row.Path} for {caller}{(row.DependsOnMeeting ? $" on the {variant} meeting" : "")}";
                    if (got != expected)
                    {
                        wrong.Add($"{where}: expected {expected}, got {got} ({(int)response.StatusCode} {response.Headers.Location})");
                    }

                    if (got == '2' && response.Content.Headers.ContentType?.MediaType == "application/zip")
                    {
                        // The briefcase holds the published documents the caller may read, and nothing else.
                        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(), ZipArchiveMode.Read);
                        var mayHave = MayRead(caller, variant, row.DependsOnMeeting) && variant is Variant.GeneralPublished or Variant.RestrictedPublished;
                        if (zip.Entries.Count != (mayHave ? 1 : 0))
                        {
                            wrong.Add($"{where}: the briefcase holds {zip.Entries.Count} files, expected {(mayHave ? 1 : 0)}");
                        }
                    }

                    if (got == '2' && response.Content.Headers.ContentType?.MediaType == "text/html")
                    {
                        // A status says little about a page that shows many things: what it shows is checked too.
                        var html = await response.Content.ReadAsStringAsync();
                        var place = _world.Places[variant];
                        foreach (var words in RecordWords.Where(w => html.Contains(w, StringComparison.Ordinal)))
                        {
                            recordShown++;
                            if (!MayRead(caller, variant, row.DependsOnMeeting))
                            {
                                wrong.Add($"{where}: shows the record's \"{words}\"");
                            }
                        }

                        if (html.Contains($"documents/{place.DocumentId}/files/", StringComparison.OrdinalIgnoreCase) && !MayRead(caller, variant, row.DependsOnMeeting))
                        {
                            wrong.Add($"{where}: links to the file of {place.Symbol}, which the caller may not read");
                        }
                    }
                }
            }
        }

        Assert.That(calls, Is.GreaterThan(WhoGetsWhat.Length * 7));
        // Reads are never audited (ADR 014), and a form without its token changes nothing.
        Assert.That(await App.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Request != "SignIn")), Is.EqualTo(audited), "audit entries left by the census");
        Assert.That(recordShown, Is.Positive, "the record's words are on the pages of those who may read them, so looking for them proves something");
        Assert.That(wrong, Is.Empty, string.Join(Environment.NewLine, wrong));
    }

    /// <summary>
    /// Whether the caller may read the variant's document, its summary and, through them, its record's words (ADR 014):
    /// the Secretariat, the administrator and the body's chair always; others once published, a Restricted one
    /// only the members' delegations. A page about no meeting (the dashboard, the inbox) counts as every meeting.
    /// </summary>
    private static bool MayRead(Caller caller, Variant variant, bool aboutThisMeeting) =>
        caller is Caller.Secretariat or Caller.Administrator or Caller.ChairOfThisBody
        || (aboutThisMeeting && variant == Variant.GeneralPublished)
        || (aboutThisMeeting && variant == Variant.RestrictedPublished && caller == Caller.MemberDelegation);

    [Test]
    public async Task The_census_letter_T_is_the_anti_forgery_check_a_form_with_its_token_gets_past()
    {
        using var browser = await _world.BrowserAsync(App, Caller.Secretariat);
        var token = await SignInPage.AntiforgeryTokenAsync(browser, "/dashboard");
        var meeting = _world.Places[Variant.GeneralDraft].MeetingId;

        // The times form sent empty, with its token: the form is read and shown again with what is missing.
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        using var response = await browser.PostAsync($"/meetings/{meeting}/times", form);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), await response.Content.ReadAsStringAsync());
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"), "the form shown again, not the census's T");
    }

    /// <summary>
    /// Past the token, "of this body" is the use cases' rule: a chair of another body is refused, with the same
    /// answer as their reading of the page (a draft does not exist for them; a published one is not theirs to decide).
    /// Letters as in the table, in the order General draft, General published, Restricted draft, Restricted published.
    /// </summary>
    [TestCase("inbox/agendas/{0}/approve", "NFNF")]
    [TestCase("inbox/agendas/{0}/return", "NFNF")]
    [TestCase("meetings/{0}/summary/clear", "NFNN")]
    [TestCase("meetings/{0}/summary/return", "NFNN")]
    public async Task A_chair_of_another_body_who_sends_the_token_is_refused_by_the_use_case(string path, string expected)
    {
        using var browser = await _world.BrowserAsync(App, Caller.ChairOfAnotherBody);
        var token = await SignInPage.AntiforgeryTokenAsync(browser, "/inbox");
        var answers = new List<char>();
        foreach (var variant in Enum.GetValues<Variant>())
        {
            using var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["Version"] = "1",
                ["Form.Version"] = "1",
                ["Comment"] = "Not ours.",
                ["Form.Comment"] = "Not ours.",
            });
            using var response = await browser.PostAsync("/" + string.Format(System.Globalization.CultureInfo.InvariantCulture, path, _world.Places[variant].MeetingId), form);
            answers.Add(await AnswerAsync(response));
        }

        Assert.That(new string([.. answers]), Is.EqualTo(expected));
    }

    /// <summary>Kenya present with a named delegate, so that the attendance has a name a page must not show to others.</summary>
    private async Task RecordAttendanceAsync(Guid meeting)
    {
        var secretariat = _world[Caller.Secretariat];
        var read = await secretariat.GetAsync($"/api/meetings/{meeting}/attendance");
        Assert.That(read.IsSuccessStatusCode, Is.True, await read.ExplainAsync());
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/meetings/{meeting}/attendance")
        {
            Content = JsonContent.Create(new[] { new { memberState = AccessWorld.MemberState, status = "Present", mode = "InPerson", delegates = new[] { Delegate } } }, options: MeetingsApp.Json),
        };
        request.Headers.IfMatch.Add(read.Headers.ETag!);
        var saved = await secretariat.SendAsync(request);
        Assert.That(saved.IsSuccessStatusCode, Is.True, await saved.ExplainAsync());
    }

    private static HttpRequestMessage Request(CensusRow row, Place place)
    {
        var path = row.Path
            .Replace("{meeting}", place.MeetingId.ToString(), StringComparison.Ordinal)
            .Replace("{body}", place.BodyId.ToString(), StringComparison.Ordinal)
            .Replace("{document}", place.DocumentId.ToString(), StringComparison.Ordinal);
        path = Regex.Replace(path, @"\{x\}", _ => Guid.NewGuid().ToString());
        var request = new HttpRequestMessage(new HttpMethod(row.Method), path);
        if (row.Method == "POST")
        {
            // A form without its anti-forgery token: nothing is written, whoever sends it.
            request.Content = new FormUrlEncodedContent([]);
        }

        return request;
    }

    /// <summary>The answer as a letter of the table (see its legend); '?' for anything the legend does not name.</summary>
    private static async Task<char> AnswerAsync(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.OriginalString ?? "";
        return (int)response.StatusCode switch
        {
            >= 200 and < 300 => '2',
            >= 300 and < 400 when location.Contains("/account/login", StringComparison.OrdinalIgnoreCase) => 'S',
            >= 300 and < 400 when location.Contains("/account/denied", StringComparison.OrdinalIgnoreCase) => 'F',
            >= 300 and < 400 => 'R',
            403 => 'F',
            404 => 'N',
            400 when response.Content.Headers.ContentType?.MediaType != "text/html" => 'T',
            _ => '?',
        };
    }

    /// <summary>"meetings/{id:guid}/record/{kind}/{entryId:guid}/delete" and "/meetings/{x}/record/paragraphs/{x}/delete?q=1" both become "meetings/{}/record/{}/{}/delete".</summary>
    private static string Shape(string path)
    {
        var shape = Regex.Replace(path.Split('?')[0].Trim('/'), "{[^}]+}", "{}");
        // Literal segments the table fills in for a route parameter: a language, a summary step, a kind of entry.
        shape = Regex.Replace(shape, "/files/en$", "/files/{}");
        shape = Regex.Replace(shape, "^jobs$", "jobs/{}");
        shape = Regex.Replace(shape, "^meetings/{}/summary/submit$", "meetings/{}/summary/{}");
        shape = Regex.Replace(shape, "^sessions/{}/journal/publish$", "sessions/{}/journal/{}");
        shape = Regex.Replace(shape, "^meetings/{}/record/paragraphs/{}/delete$", "meetings/{}/record/{}/{}/delete");
        return shape;
    }

    private static IEnumerable<string> Methods(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];

    /// <summary>The route's template; the conventional route ("{controller=Home}/{action=Index}/{id?}") serves only the home page, "/".</summary>
    private static string Pattern(RouteEndpoint endpoint)
    {
        var raw = endpoint.RoutePattern.RawText!.TrimStart('/');
        return raw.StartsWith("{controller", StringComparison.Ordinal) ? "" : raw;
    }
}
