using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Agendas;
using UnHabitat.Meetings.Application.Bodies;
using UnHabitat.Meetings.Application.Documents;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Notifications;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Application.Sessions;
using UnHabitat.Meetings.Testing;
using UnHabitat.Meetings.Web.Tests.Support;
using UnHabitat.Meetings.Web.Tests.Support.Typed;

namespace UnHabitat.Meetings.Web.Tests;

/// <summary>
/// Every list of the API answers one page at a time (ADR 024): <c>?limit=</c> (50 unless asked, at most 200),
/// the next page's address in a <c>Link: &lt;…&gt;; rel="next"</c> header, the body the JSON array it always was.
/// </summary>
[TestFixture]
[Category("Database")]
public sealed partial class PagedListTests : AppFixture
{
    private SignedIn _officer = null!;
    private HttpClient _secretariat = null!;
    private SignedIn _chair = null!;
    private HttpClient _admin = null!;
    private Guid _body;
    private Guid _assembly;
    private Guid _session;
    private Guid _meeting;
    private readonly List<Guid> _meetings = [];

    protected override async Task OnStartedAsync()
    {
        _officer = await App.UserAsync(Roles.Secretariat);
        _secretariat = _officer.Client;
        _chair = await App.UserAsync(Roles.Chair);
        _admin = await App.AdministratorAsync();
        _body = (await Bodies.CreateBodyAsync(_secretariat, Bodies.Working(chairUserIds: [_chair.Id]))).Id;

        // Seven meetings, created out of their order of date, so that the list's order is the dates' and not the creation's.
        foreach (var day in new[] { 9, 2, 23, 16, 5, 12, 19 })
        {
            var starts = new DateTimeOffset(2025, 3, day, 10, 0, 0, TimeSpan.FromHours(3));
            var meeting = await MeetingApi.CreateMeetingAsync(_secretariat, _body, MeetingApi.At(_body, starts.ToString("O"), starts.AddHours(3).ToString("O")));
            _meetings.Add(meeting.Id);
        }

        _meeting = _meetings[0];
        var item = (await MeetingApi.ReadAgendaAsync(_secretariat, _meeting)).Items[0].Id;
        for (var i = 1; i <= 5; i++)
        {
            await CreatedAsync($"/api/meetings/{_meeting}/interventions", new { agendaItemId = item, text = $"asked question {i} on the report.", isQuestion = i % 2 == 1, speaker = new { kind = "MemberState", memberState = "KE" } });
            await CreatedAsync($"/api/meetings/{_meeting}/action-points", new { text = $"Action point {i}", owner = "Secretariat" });
            await CreatedAsync($"/api/meetings/{_meeting}/documents", new { title = $"Report {i}", category = "Report", distribution = "General", required = true });
        }

        // The chair's inbox: one notification per agenda submitted for approval.
        foreach (var meeting in _meetings.Take(5))
        {
            (await MeetingApi.StepAsync(_secretariat, meeting, "submit")).EnsureSuccessStatusCode();
        }

        // The five required documents of a past meeting are overdue at once: their deadline jobs tell the chair too.
        // Wait for those notices, so that the inbox no longer changes while the tests walk it.
        for (var waited = 0; await OverdueNoticesAsync() < 5; waited++)
        {
            Assert.That(waited, Is.LessThan(300), "the deadline jobs of the overdue documents did not fire within 30 s");
            await Task.Delay(100);
        }

        _assembly = (await Bodies.CreateBodyAsync(_secretariat, new
        {
            name = "UN-Habitat Assembly", shortName = "HA-" + Guid.NewGuid().ToString("N")[..8], kind = "Assembly", symbolPrefix = "HSP/HA",
            summaryStyle = "Numbered", attribution = "NamedCapitals", documentDeadlineDays = 7,
        })).Id;
        foreach (var (number, starts) in new[] { (7, "2029-06-04"), (5, "2027-06-07"), (6, "2028-06-05") })
        {
            var ends = DateOnly.Parse(starts, System.Globalization.CultureInfo.InvariantCulture).AddDays(4).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var session = await CreatedAsync("/api/sessions", new { bodyId = _assembly, number, startsOn = starts, endsOn = ends, venue = "Nairobi, Kenya" });
            if (number == 5)
            {
                _session = session.AsDto<SessionDto>().Id;
            }
        }

        var assemblyMeeting = (await MeetingApi.CreateMeetingAsync(_secretariat, _assembly, new
        {
            bodyId = _assembly, sessionId = _session, startsAt = "2027-06-07T10:00:00+03:00", endsAt = "2027-06-07T13:00:00+03:00",
            timeZone = "Africa/Nairobi", venue = "Nairobi", modality = "InPerson", proceduralItems = false, chair = new { name = "Chair" },
        })).Id;
        var assemblyItem = MeetingApi.ItemId((await MeetingApi.AddAgendaItemAsync(_secretariat, assemblyMeeting, "Reports")), "Reports");
        foreach (var title in new[] { "the first matter", "the second matter", "the third matter", "the fourth matter" })
        {
            // Each decision of the Assembly is followed up as a resolution (HSP/HA.5/DEC.n).
            await CreatedAsync($"/api/meetings/{assemblyMeeting}/decisions", new { agendaItemId = assemblyItem, title });
        }

        var third = (await Bodies.CreateBodyAsync(_secretariat)).Id;
        var follow = await _secretariat.PutAsJsonAsync("/api/me/subscriptions", new[] { new { bodyId = _body }, new { bodyId = _assembly }, new { bodyId = third } }, MeetingsApp.Json);
        Assert.That(follow.IsSuccessStatusCode, Is.True, await follow.ExplainAsync());
    }

    /// <summary>Every list, with a caller who may read it.</summary>
    private IEnumerable<(string List, HttpClient Caller)> Lists() =>
    [
        ($"/api/meetings?bodyId={_body}", _secretariat),
        ($"/api/sessions?bodyId={_assembly}", _secretariat),
        ("/api/bodies", _secretariat),
        ($"/api/bodies/{_assembly}/decisions", _secretariat),
        ($"/api/resolutions?bodyId={_assembly}", _secretariat),
        ("/api/notifications", _chair.Client),
        ("/api/users", _admin),
        ($"/api/meetings/{_meeting}/documents", _secretariat),
        ($"/api/meetings/{_meeting}/deadlines", _secretariat),
        ($"/api/meetings/{_meeting}/interventions", _secretariat),
        ($"/api/meetings/{_meeting}/open-questions", _secretariat),
        ($"/api/meetings/{_meeting}/action-points", _secretariat),
        ($"/api/sessions/{_session}/journals", _secretariat),
        ("/api/me/subscriptions", _secretariat),
    ];

    [Test]
    public async Task Walking_a_list_two_lines_at_a_time_through_its_next_links_gives_every_line_once_in_the_order_of_the_whole_list()
    {
        foreach (var (list, caller) in Lists())
        {
            var whole = await ReadAsync(caller, With(list, "limit=200"));
            var walked = await WalkAsync(caller, With(list, "limit=2"));

            Assert.That(walked.Select(Key), Is.EqualTo(whole.Lines.Select(Key)), list);
            Assert.That(whole.Next, Is.Null, $"{list}: no next page when everything fits");
            Assert.That(whole.Lines, Has.Count.GreaterThanOrEqualTo(3), $"{list}: the world gives every list more than one page");
        }
    }

    [Test]
    public async Task The_calendar_walked_page_by_page_gives_the_meetings_of_the_body_in_order_of_their_dates_with_previous_links_back()
    {
        var first = await ReadAsync(_secretariat, $"/api/meetings?bodyId={_body}&limit=3");
        var second = await ReadAsync(_secretariat, first.Next!);
        var last = await ReadAsync(_secretariat, second.Next!);
        var back = await ReadAsync(_secretariat, second.Previous!);

        var days = first.As<MeetingDto>().Concat(second.As<MeetingDto>()).Concat(last.As<MeetingDto>()).Select(m => m.StartsAt.Day).ToList();
        Assert.That(days, Is.EqualTo(new[] { 2, 5, 9, 12, 16, 19, 23 }));
        Assert.That(last.Next, Is.Null, "the last page has no next");
        Assert.That(first.Previous, Is.Null, "the first page has no previous");
        Assert.That(back.Lines.Select(Key), Is.EqualTo(first.Lines.Select(Key)), "previous leads back to the page before");
        Assert.That(first.Next, Does.StartWith("/api/meetings?").And.Contain($"bodyId={_body}").And.Contain("limit=3"), "the link keeps the filters and the limit");
    }

    [Test]
    public async Task A_list_gives_fifty_lines_unless_asked_and_at_most_two_hundred()
    {
        var body = (await Bodies.CreateBodyAsync(_secretariat)).Id;
        var start = new DateTimeOffset(2026, 1, 5, 10, 0, 0, TimeSpan.FromHours(3));
        for (var i = 0; i < 52; i++)
        {
            await MeetingApi.CreateMeetingAsync(_secretariat, body, MeetingApi.At(body, start.AddDays(i).ToString("O"), start.AddDays(i).AddHours(2).ToString("O")));
        }

        var first = await ReadAsync(_secretariat, $"/api/meetings?bodyId={body}");
        var rest = await ReadAsync(_secretariat, first.Next!);
        var all = await ReadAsync(_secretariat, $"/api/meetings?bodyId={body}&limit=200");

        Assert.That(first.Lines, Has.Count.EqualTo(50));
        Assert.That(rest.Lines, Has.Count.EqualTo(2));
        Assert.That(rest.Next, Is.Null);
        Assert.That(all.Lines, Has.Count.EqualTo(52));
    }

    [Test]
    public async Task A_limit_that_is_not_between_1_and_200_or_a_page_address_not_given_out_is_refused_400_naming_the_field()
    {
        foreach (var (list, caller) in Lists())
        {
            foreach (var (query, field) in new[] { ("limit=0", "limit"), ("limit=201", "limit"), ("limit=-3", "limit"), ("limit=many", "limit"), ("after=not-a-page", "after") })
            {
                var response = await caller.GetAsync(With(list, query));

                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), $"{list} {query}: {await response.ExplainAsync()}");
                var errors = (await response.ProblemAsync()).Errors.Keys;
                Assert.That(errors, Does.Contain(field), $"{list} {query}: {string.Join(", ", errors)}");
            }
        }
    }

    [Test]
    public async Task The_filters_narrow_the_lists_by_body_dates_and_status()
    {
        var cancelled = _meetings[3];
        (await MeetingApi.VersionedPostAsync(_secretariat, $"/api/meetings/{cancelled}/cancel", new { reason = "The working group met jointly with the Bureau instead." })).EnsureSuccessStatusCode();

        var inMarch = await ReadAsync(_secretariat, $"/api/meetings?bodyId={_body}&from=2025-03-08T00:00:00Z&to=2025-03-17T00:00:00Z");
        var onlyCancelled = await ReadAsync(_secretariat, $"/api/meetings?bodyId={_body}&status=Cancelled");
        var sessions = await ReadAsync(_secretariat, $"/api/sessions?bodyId={_assembly}&from=2028-01-01&to=2029-12-31");
        var unread = await ReadAsync(_chair.Client, "/api/notifications?unread=true");
        var read = await ReadAsync(_chair.Client, "/api/notifications?unread=false");
        var open = await ReadAsync(_secretariat, $"/api/meetings/{_meeting}/action-points?status=Open");
        var closed = await ReadAsync(_secretariat, $"/api/meetings/{_meeting}/action-points?status=Done");
        var resolutions = await ReadAsync(_secretariat, $"/api/resolutions?bodyId={_assembly}&year=2027");
        var noResolutions = await ReadAsync(_secretariat, $"/api/resolutions?bodyId={_assembly}&year=2020");
        var badStatus = await _secretariat.GetAsync($"/api/meetings?status=Postponed-forever");
        var overdue = await ReadAsync(_secretariat, $"/api/meetings/{_meeting}/deadlines?status=Overdue");
        var met = await ReadAsync(_secretariat, $"/api/meetings/{_meeting}/deadlines?status=Met");
        var chairs = await ReadAsync(_admin, "/api/users?role=Chair&limit=200");

        Assert.That(inMarch.As<MeetingDto>().Select(m => m.StartsAt.Day), Is.EqualTo(new[] { 9, 12, 16 }));
        Assert.That(onlyCancelled.Lines.Select(Key), Is.EqualTo(new[] { cancelled.ToString() }));
        Assert.That(sessions.As<SessionDto>().Select(s => s.Number), Is.EqualTo(new[] { 6, 7 }));
        // The five agendas awaiting approval; the deadline jobs may meanwhile have told the chair of overdue documents too.
        Assert.That(unread.As<NotificationDto>().Count(n => n.Kind == "AgendaAwaitsApproval"), Is.EqualTo(5));
        Assert.That(unread.As<NotificationDto>().Select(n => n.ReadAt), Is.All.Null);
        Assert.That(read.Lines, Is.Empty);
        Assert.That(open.Lines, Has.Count.EqualTo(5));
        Assert.That(closed.Lines, Is.Empty);
        Assert.That(resolutions.Lines, Has.Count.EqualTo(4));
        Assert.That(noResolutions.Lines, Is.Empty);
        Assert.That(badStatus.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), await badStatus.ExplainAsync());
        Assert.That(overdue.Lines, Has.Count.EqualTo(5), "the reports of a meeting held last year, never posted");
        Assert.That(met.Lines, Is.Empty);
        Assert.That(chairs.As<UserAccount>().Select(u => u.Id), Does.Contain(_chair.Id).And.Not.Contain(_officer.Id));
    }

    [Test]
    public async Task The_page_of_a_bodys_decisions_shows_fifty_and_links_to_the_next_and_back_to_the_previous_page()
    {
        var board = (await Bodies.CreateBodyAsync(_secretariat, new
        {
            name = "Executive Board of the United Nations Human Settlements Programme", shortName = "EB-" + Guid.NewGuid().ToString("N")[..8],
            kind = "ExecutiveBoard", symbolPrefix = "HSP/EB", summaryStyle = "Numbered", attribution = "NamedCapitals", documentDeadlineDays = 7,
        })).Id;
        var meeting = (await MeetingApi.CreateMeetingAsync(_secretariat, board, MeetingApi.At(board, "2024-12-05T10:00:00+03:00", "2024-12-05T13:00:00+03:00"))).Id;
        var item = (await MeetingApi.ReadAgendaAsync(_secretariat, meeting)).Items[0].Id;
        for (var i = 1; i <= 51; i++)
        {
            await CreatedAsync($"/api/meetings/{meeting}/decisions", new { agendaItemId = item, title = $"matter {i}" });
        }

        var browser = App.Anonymous();
        var signedIn = await SignInPage.SignInAsync(browser, _officer.Email, MeetingsApp.UserPassword);
        Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await signedIn.ExplainAsync());

        var first = WebUtility.HtmlDecode(await browser.GetStringAsync($"/bodies/{board}/decisions?year=2024"));
        var next = LinkOnPage(first, "next");
        var second = WebUtility.HtmlDecode(await browser.GetStringAsync(next!));
        var previous = LinkOnPage(second, "prev");

        Assert.That(Regex.Count(first, "<th scope=\"row\">2024/"), Is.EqualTo(50), "fifty decisions a page");
        Assert.That(first, Does.Contain("2024/50<").And.Not.Contain("2024/51<"));
        Assert.That(LinkOnPage(first, "prev"), Is.Null, "the first page has no previous page");
        Assert.That(next, Does.Contain("year=2024"), "the next page keeps the year asked for");
        Assert.That(second, Does.Contain("2024/51<").And.Contain(">Previous page<"));
        Assert.That(LinkOnPage(second, "next"), Is.Null, "the last page has no next page");
        Assert.That(WebUtility.HtmlDecode(await browser.GetStringAsync(previous!)), Does.Contain("2024/1<").And.Contain(">Next page<"));
    }

    [Test]
    public async Task A_delegations_inbox_page_shows_the_fifty_newest_notifications_and_links_to_the_older_ones()
    {
        var delegation = await App.UserAsync(Roles.Delegation, "KE");
        var start = new DateTimeOffset(2020, 1, 1, 9, 0, 0, TimeSpan.Zero);
        await App.WithDbAsync(async db =>
        {
            // Years of posted documents: one notification a week.
            for (var i = 1; i <= 53; i++)
            {
                db.Notifications.Add(new Domain.Notifications.Notification(Guid.NewGuid(), delegation.Id, "DocumentPosted", $"Document number {i} was posted.", null, start.AddDays(7 * i)));
            }

            return await db.SaveChangesAsync();
        });
        var browser = App.Anonymous();
        var signedIn = await SignInPage.SignInAsync(browser, delegation.Email, MeetingsApp.UserPassword);
        Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await signedIn.ExplainAsync());

        var first = WebUtility.HtmlDecode(await browser.GetStringAsync("/delegation"));
        var older = WebUtility.HtmlDecode(await browser.GetStringAsync(LinkOnPage(first, "next")!));
        var api = await WalkAsync(delegation.Client, "/api/notifications?limit=2");

        Assert.That(first, Does.Contain("Document number 53 was posted.").And.Contain("Document number 4 was posted.").And.Not.Contain("Document number 3 was posted."));
        Assert.That(LinkOnPage(first, "prev"), Is.Null);
        Assert.That(older, Does.Contain("Document number 3 was posted.").And.Contain("Document number 1 was posted.").And.Not.Contain("Document number 4 was posted."));
        Assert.That(LinkOnPage(older, "prev"), Does.StartWith("/delegation?after="), "back to the newer ones");
        Assert.That(LinkOnPage(older, "next"), Is.Null);
        Assert.That(api.Select(n => n.AsDto<NotificationDto>().Text), Is.EqualTo(Enumerable.Range(1, 53).Reverse().Select(i => $"Document number {i} was posted.")), "newest first, each once");
    }

    private static string? LinkOnPage(string page, string rel) =>
        Regex.Match(page, $"<a href=\"(?<href>[^\"]+)\" rel=\"{rel}\">") is { Success: true } link ? link.Groups["href"].Value : null;

    private static string With(string list, string query) => list + (list.Contains('?', StringComparison.Ordinal) ? "&" : "?") + query;

    // Lines of every list, each of its own type, are told apart by the key each has: so they are walked as JSON.
    private static string Key(JsonElement line) =>
        line.TryGetProperty("id", out var id) ? id.ToString()
        : line.TryGetProperty("documentId", out var document) ? document.ToString()
        : line.TryGetProperty("date", out var date) ? date.ToString()
        : line.TryGetProperty("bodyId", out var body) ? body.ToString()
        : line.ToString();

    private async Task<JsonElement> CreatedAsync(string path, object body)
    {
        var response = await _secretariat.PostAsJsonAsync(path, body, MeetingsApp.Json);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), $"{path}: {await response.ExplainAsync()}");
        return await response.JsonAsync();
    }

    private static async Task<List<JsonElement>> WalkAsync(HttpClient caller, string first)
    {
        var lines = new List<JsonElement>();
        var pages = 0;
        string? next = first;
        while (next is not null)
        {
            var page = await ReadAsync(caller, next);
            lines.AddRange(page.Lines);
            Assert.That(page.Lines, Has.Count.LessThanOrEqualTo(2), next);
            Assert.That(++pages, Is.LessThan(100), "the walk ends");
            next = page.Next;
        }

        return lines;
    }

    private static async Task<ListPage> ReadAsync(HttpClient caller, string address)
    {
        var response = await caller.GetAsync(address);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"{address}: {await response.ExplainAsync()}");
        var lines = (await response.JsonAsync()).EnumerateArray().ToList();
        var links = response.Headers.TryGetValues("Link", out var values) ? string.Join(", ", values) : "";
        return new ListPage(lines, LinkTo(links, "next"), LinkTo(links, "prev"));
    }

    private static string? LinkTo(string links, string rel) =>
        LinkPattern().Matches(links).Where(m => m.Groups["rel"].Value == rel).Select(m => m.Groups["uri"].Value).FirstOrDefault();

    [GeneratedRegex("<(?<uri>[^>]*)>;\\s*rel=\"(?<rel>[a-z]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex LinkPattern();

    private sealed record ListPage(List<JsonElement> Lines, string? Next, string? Previous)
    {
        /// <summary>The lines read as the list's own type.</summary>
        public List<T> As<T>() => [.. Lines.Select(line => line.AsDto<T>())];
    }

    private async Task<int> OverdueNoticesAsync()
    {
        var inbox = await _chair.Client.GetFromJsonAsync<NotificationDto[]>("/api/notifications?limit=200", MeetingsApp.Json);
        return inbox!.Count(n => n.Kind == "DocumentOverdue");
    }

    [Test]
    public async Task The_public_page_shows_fifty_meetings_ahead_and_links_to_the_next_page_keeping_the_body_and_dates()
    {
        var body = (await Bodies.CreateBodyAsync(_secretariat)).Id;
        var start = new DateTimeOffset(2031, 1, 6, 10, 0, 0, TimeSpan.FromHours(3));
        for (var i = 0; i < 52; i++)
        {
            await MeetingApi.CreateMeetingAsync(_secretariat, body, MeetingApi.At(body, start.AddDays(i).ToString("O"), start.AddDays(i).AddHours(2).ToString("O")));
        }

        var anonymous = App.Anonymous();
        var first = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/public?bodyId={body}&from=2031-01-01&to=2031-12-31"));
        var next = LinkOnPage(first, "next");
        var second = WebUtility.HtmlDecode(await anonymous.GetStringAsync(next!));
        var back = WebUtility.HtmlDecode(await anonymous.GetStringAsync(LinkOnPage(second, "prev")!));
        var february = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/public?bodyId={body}&from=2031-02-01&to=2031-02-03"));

        Assert.That(MeetingsOnPage(first), Has.Count.EqualTo(50), "fifty meetings a page");
        Assert.That(next, Does.StartWith("/public?").And.Contain($"bodyId={body}").And.Contain("from=2031-01-01").And.Contain("to=2031-12-31"), "the next page keeps the body and the dates");
        Assert.That(MeetingsOnPage(second), Has.Count.EqualTo(2));
        Assert.That(MeetingsOnPage(second), Is.Not.SubsetOf(MeetingsOnPage(first)));
        Assert.That(LinkOnPage(second, "next"), Is.Null, "the last page has no next page");
        Assert.That(MeetingsOnPage(back), Is.EqualTo(MeetingsOnPage(first)), "previous leads back to the first page");
        Assert.That(MeetingsOnPage(february), Has.Count.EqualTo(3), "1, 2 and 3 February");
    }

    [Test]
    public async Task The_public_page_shows_the_published_summaries_of_the_dates_asked_for_newest_first_and_never_a_draft()
    {
        var chair = await App.UserAsync(Roles.Chair);
        var body = (await Bodies.CreateBodyAsync(_secretariat, Bodies.Working(chairUserIds: [chair.Id]))).Id;
        var meetings = new Dictionary<string, Guid>();
        foreach (var day in new[] { "2024-02-01", "2024-05-02", "2024-09-03", "2024-10-04" })
        {
            var meeting = (await MeetingApi.CreateMeetingAsync(_secretariat, body, MeetingApi.At(body, $"{day}T10:00:00+03:00", $"{day}T13:00:00+03:00"))).Id;
            meetings[day] = meeting;
            (await MeetingApi.VersionedPostAsync(_secretariat, $"/api/meetings/{meeting}/summary/submit")).EnsureSuccessStatusCode();
            if (day != "2024-10-04")
            {
                // The last one stays with the chair: a draft the public never sees.
                (await MeetingApi.VersionedPostAsync(chair.Client, $"/api/meetings/{meeting}/summary/clear")).EnsureSuccessStatusCode();
                (await MeetingApi.VersionedPostAsync(_secretariat, $"/api/meetings/{meeting}/summary/publish")).EnsureSuccessStatusCode();
            }
        }

        var anonymous = App.Anonymous();
        var all = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/public?bodyId={body}"));
        var fromMay = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/public?bodyId={body}&from=2024-04-01&to=2024-12-31"));

        Assert.That(SummariesOnPage(all), Is.EqualTo(new[] { meetings["2024-09-03"], meetings["2024-05-02"], meetings["2024-02-01"] }), "newest meeting first");
        Assert.That(SummariesOnPage(fromMay), Is.EqualTo(new[] { meetings["2024-09-03"], meetings["2024-05-02"] }));
        Assert.That(all, Does.Contain("revision 1, published"));
    }

    [Test]
    public async Task A_delegation_walks_the_documents_of_a_meeting_it_may_read_and_only_those()
    {
        // A body of its own, so that the calendar of the fixture's body keeps its seven meetings.
        var body = (await Bodies.CreateBodyAsync(_secretariat)).Id;
        var meeting = (await MeetingApi.CreateMeetingAsync(_secretariat, body, MeetingApi.At(body, "2025-04-01T10:00:00+03:00", "2025-04-01T13:00:00+03:00"))).Id;
        var symbols = new Dictionary<string, string>();
        foreach (var (title, distribution, publish) in new[] { ("General one", "General", true), ("Draft", "General", false), ("Limited", "Limited", true), ("Restricted", "Restricted", true), ("General two", "General", true) })
        {
            var document = (await CreatedAsync($"/api/meetings/{meeting}/documents", new { title, category = "Report", distribution, originalLanguage = "en", required = false })).AsDto<DocumentDto>();
            var id = document.Id;
            symbols[title] = document.Symbol;
            if (publish)
            {
                (await _secretariat.PutAsync($"/api/documents/{id}/files/en", Files.Form(Files.Pdf(title), "report.pdf"))).EnsureSuccessStatusCode();
                (await MeetingApi.VersionedPostAsync(_secretariat, $"/api/documents/{id}/publish")).EnsureSuccessStatusCode();
            }
        }

        var delegation = await App.UserAsync(Roles.Delegation, "KE");
        var forDelegation = await WalkAsync(delegation.Client, $"/api/meetings/{meeting}/documents?limit=2");
        var forSecretariat = await WalkAsync(_secretariat, $"/api/meetings/{meeting}/documents?limit=2");

        // A delegation of a State that is not a member of the working group: general and limited papers, once published.
        Assert.That(forDelegation.Select(d => d.AsDto<DocumentDto>().Symbol), Is.EquivalentTo(new[] { symbols["General one"], symbols["Limited"], symbols["General two"] }));
        Assert.That(forSecretariat, Has.Count.EqualTo(5), "the Secretariat reads drafts too");
    }

    [Test]
    public async Task The_public_page_lists_a_restricted_bodys_published_summary_only_to_those_who_may_read_it()
    {
        var world = await AccessWorld.BuildAsync(App);
        var restricted = world.Places[Variant.RestrictedPublished];
        var general = world.Places[Variant.GeneralPublished];
        var found = new List<string>();
        var expected = new List<string>();
        foreach (var caller in Enum.GetValues<Caller>())
        {
            using var browser = await world.BrowserAsync(App, caller);
            var onRestricted = SummariesOnPage(WebUtility.HtmlDecode(await browser.GetStringAsync($"/public?bodyId={restricted.BodyId}")));
            var onGeneral = SummariesOnPage(WebUtility.HtmlDecode(await browser.GetStringAsync($"/public?bodyId={general.BodyId}")));
            found.Add($"{caller}: {onRestricted.Contains(restricted.MeetingId)}, {onGeneral.Contains(general.MeetingId)}");
            // A Restricted body's papers: its members' delegations (on the meeting's day), its chairs and the Secretariat.
            var reads = caller is Caller.MemberDelegation or Caller.ChairOfThisBody or Caller.Secretariat or Caller.Administrator;
            expected.Add($"{caller}: {reads}, True");
        }

        Assert.That(found, Is.EqualTo(expected));
    }

    [Test]
    public async Task The_public_page_says_next_to_the_field_a_day_it_cannot_read_or_a_page_address_it_never_gave_out()
    {
        var anonymous = App.Anonymous();

        var badDay = await anonymous.GetAsync("/public?from=the-first-of-march");
        var badPage = await anonymous.GetAsync("/public?summaries=not-a-page");
        var badDayPage = WebUtility.HtmlDecode(await badDay.Content.ReadAsStringAsync());
        var badPagePage = WebUtility.HtmlDecode(await badPage.Content.ReadAsStringAsync());

        Assert.That(badDay.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(badDayPage, Does.Contain("id=\"public-from\" name=\"from\" type=\"date\" aria-invalid=\"true\"")
            .And.Contain("data-valmsg-for=\"From\">Enter the date as year, month and day"));
        Assert.That(badPage.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(badPagePage, Does.Match("data-valmsg-for=\"Summaries\">This is not the address of a page of this list"));
    }

    [Test]
    public async Task A_page_address_with_an_invisible_character_is_refused_once_as_an_address_the_list_never_gave_out()
    {
        var anonymous = App.Anonymous();
        var (list, caller) = Lists().First();

        var api = await caller.GetAsync(With(list, "after=%00bad"));
        var page = await anonymous.GetAsync("/public?summaries=%01bad");
        var pageText = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());

        Assert.That(api.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), await api.ExplainAsync());
        Assert.That((await api.ProblemAsync()).Errors.Keys, Is.EquivalentTo(new[] { "after" }));
        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(pageText, Does.Match("data-valmsg-for=\"Summaries\">This is not the address of a page of this list")
            .And.Not.Contain("control character"));
    }

    [Test]
    public async Task A_list_asked_for_a_page_address_it_never_gave_out_says_so_and_does_not_claim_to_be_empty()
    {
        var delegation = await App.UserAsync(Roles.Delegation, "KE");
        var browser = App.Anonymous();
        Assert.That((await SignInPage.SignInAsync(browser, delegation.Email, MeetingsApp.UserPassword)).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        var delegationPage = await browser.GetAsync("/delegation?meetings=not-a-page");
        var publicPage = await App.Anonymous().GetAsync("/public?summaries=not-a-page&after=not-a-page");
        var delegationText = WebUtility.HtmlDecode(await delegationPage.Content.ReadAsStringAsync());
        var publicText = WebUtility.HtmlDecode(await publicPage.Content.ReadAsStringAsync());

        Assert.That(delegationPage.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(delegationText, Does.Match("data-valmsg-for=\"meetings\">This is not the address of a page of this list")
            .And.Not.Contain("No meeting is scheduled."));
        Assert.That(publicPage.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(publicText, Does.Contain("This is not the address of a page of this list")
            .And.Not.Contain("No summary is published").And.Not.Contain("No meeting is scheduled."));
    }

    private static List<string> MeetingsOnPage(string page) =>
        [.. Regex.Matches(page, "<a href=\"/public/meetings/(?<id>[0-9a-f-]{36})\">").Select(m => m.Groups["id"].Value)];

    private static List<Guid> SummariesOnPage(string page) =>
        [.. Regex.Matches(page, "<a href=\"/public/meetings/(?<id>[0-9a-f-]{36})#summary\">").Select(m => Guid.Parse(m.Groups["id"].Value))];
}
