using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UnHabitat.Meetings.Application.Documents;
using UnHabitat.Meetings.Application.Records;
using UnHabitat.Meetings.Application.Search;
using UnHabitat.Meetings.Application.Sessions;
using UnHabitat.Meetings.Domain.Search;
using UnHabitat.Meetings.Infrastructure.Search;
using UnHabitat.Meetings.Web.Tests.Support;

namespace UnHabitat.Meetings.Web.Tests;

/// <summary>
/// Full-text search (issue 16, ADR 023): every kind of hit, in six languages, by symbol, a page at a time, and
/// never a hit the caller could not read on the page it links to (ADR 014). Runs on SQLite and PostgreSQL.
/// </summary>
[TestFixture]
[Category("Database")]
public sealed class SearchTests : AppFixture
{
    private AccessWorld _world = null!;
    private HttpClient _secretariat = null!;
    private Guid _body;
    private Guid _meeting;
    private Guid _item;
    private Guid _journalBody;
    private Guid _session;
    private readonly Dictionary<string, Guid> _documents = [];

    protected override async Task OnStartedAsync()
    {
        _world = await AccessWorld.BuildAsync(App);
        _secretariat = _world[Caller.Secretariat];

        // A working group's meeting of 2020 with its record and documents (none published: the Secretariat's to find).
        _body = (await Bodies.CreateBodyAsync(_secretariat)).Id;
        _meeting = (await MeetingApi.CreateMeetingAsync(_secretariat, _body, MeetingApi.At(_body, "2020-10-27T10:00:00+03:00", "2020-10-27T13:00:00+03:00"))).Id;
        _item = (await MeetingApi.ReadAgendaAsync(_secretariat, _meeting)).Items[0].Id;
        await Created(_secretariat.PostAsJsonAsync($"/api/meetings/{_meeting}/interventions",
            new { agendaItemId = _item, text = "raised the Donate Now button on the website.", speaker = new { kind = "MemberState", memberState = "FR" } }, MeetingsApp.Json));
        await Created(_secretariat.PostAsJsonAsync($"/api/meetings/{_meeting}/responses",
            new { agendaItemId = _item, text = "The Secretariat explained the quarrying safeguards." }, MeetingsApp.Json));
        await Created(_secretariat.PostAsJsonAsync($"/api/meetings/{_meeting}/paragraphs",
            new { agendaItemId = _item, kind = "Narrative", text = "The Chair introduced the marmalade report." }, MeetingsApp.Json));
        await Created(_secretariat.PostAsJsonAsync($"/api/meetings/{_meeting}/paragraphs",
            new { agendaItemId = _item, kind = "Narrative", text = "The Chair quoted <b onclick=\"alert(1)\">the zebrafish</b> study." }, MeetingsApp.Json));
        foreach (var n in new[] { 1, 2, 3 })
        {
            await Created(_secretariat.PostAsJsonAsync($"/api/meetings/{_meeting}/paragraphs",
                new { agendaItemId = _item, kind = "Narrative", text = $"Wombat paragraph number {n}." }, MeetingsApp.Json));
        }

        // The files first: once its revision is registered, the original takes no more uploads.
        var report = await RegisterAsync("HSP/EB.2020/10", "Report on adequate housing");
        await Created(_secretariat.PutAsync($"/api/documents/{report}/files/en", Files.Form(SearchFiles.Pdf("The quarterly pomegranate assessment of the programme"), "report.pdf")));
        await Created(_secretariat.PutAsync($"/api/documents/{report}/files/ar", Files.Form(SearchFiles.Docx("تقرير عن الإسكان الميسور في المدن"), "report-ar.docx")));
        await Created(_secretariat.PutAsync($"/api/documents/{report}/files/zh", Files.Form(SearchFiles.Docx("关于城市适足住房的报告"), "report-zh.docx")));
        await RegisterAsync("HSP/EB.2020/10/Rev.1", "Report on adequate housing");
        await RegisterAsync("HSP/EB.2020/100", "Another report");

        // The Executive Board's day with its published journal and a decision.
        _journalBody = (await Bodies.CreateBodyAsync(_secretariat, new
        {
            name = "Executive Board of the United Nations Human Settlements Programme", shortName = "EB-" + Guid.NewGuid().ToString("N")[..6], kind = "ExecutiveBoard",
            symbolPrefix = "HSP/EB", summaryStyle = "Journal", attribution = "NamedCapitals", secretariatName = "UN-Habitat",
        })).Id;
        _session = (await (await _secretariat.PostAsJsonAsync("/api/sessions", new { bodyId = _journalBody, number = 2, startsOn = "2024-12-04", endsOn = "2024-12-06", venue = "Nairobi, Kenya" }, MeetingsApp.Json))
            .ReadAsync<SessionDto>()).Id;
        var day = (await MeetingApi.CreateMeetingAsync(_secretariat, _journalBody, new
        {
            bodyId = _journalBody, sessionId = _session, startsAt = "2024-12-04T10:00:00+03:00", endsAt = "2024-12-04T13:00:00+03:00",
            timeZone = "Africa/Nairobi", venue = "Nairobi", modality = "InPerson", proceduralItems = false, chair = new { name = "Chair" },
        })).Id;
        var item = MeetingApi.ItemId(await MeetingApi.AddAgendaItemAsync(_secretariat, day, "Reports of the Executive Director"), "Reports of the Executive Director");
        await Created(_secretariat.PostAsJsonAsync($"/api/meetings/{day}/interventions",
            new { agendaItemId = item, text = "presented the cartography strategy.", speaker = new { kind = "Secretariat" } }, MeetingsApp.Json));
        await Created(_secretariat.PostAsJsonAsync($"/api/meetings/{day}/decisions", new { agendaItemId = item, title = "the lighthouse programme" }, MeetingsApp.Json));
        var published = await _secretariat.PostAsJsonAsync($"/api/sessions/{_session}/journal/publish", new { date = "2024-12-04", version = 0 }, MeetingsApp.Json);
        Assert.That(published.IsSuccessStatusCode, Is.True, await published.ExplainAsync());
    }

    [Test]
    public async Task A_draft_document_never_appears_to_a_delegation_and_a_restricted_one_never_to_a_non_member()
    {
        var found = new List<string>();
        var expected = new List<string>();
        foreach (var variant in Enum.GetValues<Variant>())
        {
            var place = _world.Places[variant];
            foreach (var caller in Enum.GetValues<Caller>())
            {
                // By its symbol, and by the words of its title (which its language version's entry carries too).
                var (_, bySymbol) = await SearchAsync(_world[caller], $"q={Uri.EscapeDataString(place.Symbol)}&kind=Document");
                var (_, byWords) = await SearchAsync(_world[caller], $"q=Executive+Director&bodyId={place.BodyId}");
                found.Add($"{variant} for {caller}: {bySymbol.Any(h => h.Id == place.DocumentId)}, "
                    + $"{byWords.Count(h => h.Id == place.DocumentId)}");
                var reads = caller is Caller.ChairOfThisBody or Caller.Secretariat or Caller.Administrator
                    || variant == Variant.GeneralPublished
                    || (variant == Variant.RestrictedPublished && caller == Caller.MemberDelegation);
                expected.Add($"{variant} for {caller}: {reads}, {(reads ? 2 : 0)}");
            }
        }

        Assert.That(found, Is.EqualTo(expected));
    }

    [Test]
    public async Task The_record_is_found_by_the_secretariat_and_the_bodys_chairs_only_and_a_summary_once_published_by_whoever_may_read_it()
    {
        var found = new List<string>();
        var expected = new List<string>();
        foreach (var variant in Enum.GetValues<Variant>())
        {
            var place = _world.Places[variant];
            foreach (var caller in Enum.GetValues<Caller>())
            {
                var (_, hits) = await SearchAsync(_world[caller], $"q=timeline+guidelines&bodyId={place.BodyId}");
                var kinds = hits.Where(h => h.MeetingId == place.MeetingId).Select(h => h.Kind.ToString()).Distinct().Order(StringComparer.Ordinal);
                found.Add($"{variant} for {caller}: {string.Join(",", kinds)}");
                var insider = caller is Caller.ChairOfThisBody or Caller.Secretariat or Caller.Administrator;
                var summary = variant switch
                {
                    Variant.GeneralPublished => true,
                    Variant.RestrictedPublished => insider || caller == Caller.MemberDelegation,
                    _ => false,
                };
                expected.Add($"{variant} for {caller}: {string.Join(",", new[] { insider ? "RecordEntry" : null, summary ? "Summary" : null }.OfType<string>())}");
            }
        }

        Assert.That(found, Is.EqualTo(expected));
    }

    [TestCase("Donate Now", "RecordEntry", "Donate")]
    [TestCase("quarrying safeguards", "RecordEntry", "quarrying")]
    [TestCase("marmalade", "RecordEntry", "marmalade")]
    [TestCase("pomegranate", "Document", "pomegranate")]
    [TestCase("cartography", "Journal", "cartography")]
    [TestCase("lighthouse", "Decision", "lighthouse")]
    [TestCase("mobility", "Resolution", "mobility")]
    [TestCase("guidelines", "Summary", "guidelines")]
    public async Task Each_kind_of_record_is_found_with_the_words_marked_and_a_link_to_read_it(string query, string kind, string marked)
    {
        var (response, hits) = await SearchAsync(_secretariat, $"q={Uri.EscapeDataString(query)}&kind={kind}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.ExplainAsync());
        Assert.That(hits, Is.Not.Empty, $"{kind} hits for '{query}'");
        var hit = hits[0];
        Assert.That(hit.Kind.ToString(), Is.EqualTo(kind));
        Assert.That(hit.Snippet, Does.Contain($"<mark>{marked}").IgnoreCase);
        Assert.That(hit.Link, Does.StartWith("/"));
        Assert.That(hit.Title, Is.Not.Empty);
    }

    [TestCase(Caller.Secretariat)]
    [TestCase(Caller.MemberDelegation)]
    public async Task A_resolution_hit_opens_the_resolutions_page_in_the_searchers_browser(Caller caller)
    {
        var (_, hits) = await SearchAsync(_world[caller], "q=mobility&kind=Resolution");
        var browser = await _world.BrowserAsync(App, caller);

        var page = await browser.GetAsync(hits[0].Link);

        Assert.That(hits[0].Link, Is.EqualTo($"/resolutions/{_world.ResolutionId}"));
        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK), await page.ExplainAsync());
        Assert.That(WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()), Does.Contain("Sustainable urban mobility"));
    }

    [Test]
    public async Task A_word_is_found_in_the_arabic_and_the_chinese_text_of_a_document()
    {
        var (_, arabic) = await SearchAsync(_secretariat, $"q={Uri.EscapeDataString("الإسكان")}");
        var (_, chinese) = await SearchAsync(_secretariat, $"q={Uri.EscapeDataString("住房")}");
        var (_, chineseInArabic) = await SearchAsync(_secretariat, $"q={Uri.EscapeDataString("住房")}&lang=ar");

        var report = _documents["HSP/EB.2020/10"];
        Assert.That(arabic.Select(h => (h.Id, h.Language)), Is.EquivalentTo(new[] { (report, "ar") }));
        Assert.That(arabic[0].Snippet, Does.Contain("<mark>الإسكان</mark>"));
        Assert.That(chinese.Select(h => (h.Id, h.Language)), Is.EquivalentTo(new[] { (report, "zh") }));
        Assert.That(chinese[0].Snippet, Does.Contain("适足<mark>住房</mark>的报告"));
        Assert.That(chinese[0].Symbol, Is.EqualTo("HSP/EB.2020/10"));
        Assert.That(chineseInArabic, Is.Empty);
    }

    [TestCase("HSP/EB.2020/10")]
    [TestCase("EB.2020/10")]
    [TestCase("hsp/eb.2020/10/rev.1")]
    public async Task A_symbol_or_part_of_one_finds_the_document_and_its_revisions_and_no_other(string symbol)
    {
        var (_, hits) = await SearchAsync(_secretariat, $"q={Uri.EscapeDataString(symbol)}");

        Assert.That(hits.Select(h => h.Symbol), Is.EquivalentTo(new[] { "HSP/EB.2020/10", "HSP/EB.2020/10/Rev.1" }));
        Assert.That(hits.Select(h => h.Kind), Is.All.EqualTo(SearchKind.Document));
        if (symbol.EndsWith("rev.1", StringComparison.Ordinal))
        {
            Assert.That(hits[0].Symbol, Is.EqualTo("HSP/EB.2020/10/Rev.1"), "the symbol asked for comes first");
        }
    }

    [Test]
    public async Task Results_come_a_page_at_a_time_with_the_next_page_in_the_link_header()
    {
        var (first, page1) = await SearchAsync(_secretariat, $"q=wombat&limit=2");
        var next = first.Headers.GetValues("Link").Single();
        var address = next[(next.IndexOf('<', StringComparison.Ordinal) + 1)..next.IndexOf('>', StringComparison.Ordinal)];
        var second = await _secretariat.GetAsync(address);
        var page2 = (await second.Content.ReadFromJsonAsync<List<SearchHit>>(MeetingsApp.Json))!;

        Assert.That(page1, Has.Count.EqualTo(2));
        Assert.That(next, Does.EndWith("; rel=\"next\""));
        Assert.That(address, Does.StartWith("/api/search?").And.Contain("q=wombat").And.Contain("limit=2").And.Contain("offset=2"));
        Assert.That(page2, Has.Count.EqualTo(1));
        Assert.That(second.Headers.Contains("Link"), Is.False, "the last page has no next");
        Assert.That(page1.Concat(page2).Select(h => h.Id).Distinct().Count(), Is.EqualTo(3));
    }

    [TestCase("q=", "q")]
    [TestCase("q=%22%3F%21", "q")]
    [TestCase("q=housing&kind=Minutes", "kind")]
    [TestCase("q=housing&from=2024-13-01", "from")]
    [TestCase("q=housing&from=2024-12-01&to=2024-01-01", "to")]
    [TestCase("q=housing&lang=de", "lang")]
    [TestCase("q=housing&limit=500", "limit")]
    [TestCase("q=housing&limit=0", "limit")]
    [TestCase("q=housing&bodyId=not-a-body", "bodyId")]
    public async Task A_search_that_cannot_be_read_is_refused_naming_the_field(string query, string field)
    {
        var response = await _secretariat.GetAsync($"/api/search?{query}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), await response.ExplainAsync());
        var errors = (await response.ProblemAsync()).Errors.Keys;
        Assert.That(errors, Has.Some.EqualTo(field).IgnoreCase, string.Join(", ", errors));
    }

    [Test]
    public async Task A_corrected_or_deleted_entry_is_found_as_it_now_reads()
    {
        var said = await MeetingApi.AddInterventionAsync(_secretariat, _meeting, _item, "asked about the gazebo.");
        var id = said.Id;
        var foundFirst = (await SearchAsync(_secretariat, "q=gazebo")).Hits.Count;
        var changed = await _secretariat.PutAsJsonAsync($"/api/meetings/{_meeting}/interventions/{id}", new
        {
            agendaItemId = _item, text = "asked about the pavilion.", speaker = new { kind = "MemberState", memberState = "KE" }, version = said.Version,
        }, MeetingsApp.Json);
        var afterChange = ((await SearchAsync(_secretariat, "q=gazebo")).Hits.Count, (await SearchAsync(_secretariat, "q=pavilion")).Hits.Count);
        var version = (await changed.ReadAsync<InterventionDto>()).Version;
        var deleted = await _secretariat.DeleteAsync($"/api/meetings/{_meeting}/interventions/{id}?version={version}");
        var afterDelete = (await SearchAsync(_secretariat, "q=pavilion")).Hits.Count;

        Assert.That(foundFirst, Is.EqualTo(1));
        Assert.That(afterChange, Is.EqualTo((0, 1)));
        Assert.That(deleted.IsSuccessStatusCode, Is.True, await deleted.ExplainAsync());
        Assert.That(afterDelete, Is.Zero);
    }

    [Test]
    public async Task The_search_page_shows_the_secretariat_the_record_and_the_public_only_what_is_published()
    {
        using var secretariat = await _world.BrowserAsync(App, Caller.Secretariat);
        using var delegation = await _world.BrowserAsync(App, Caller.MemberDelegation);
        var anonymous = App.Anonymous();

        var forSecretariat = await (await secretariat.GetAsync("/search?q=marmalade")).Content.ReadAsStringAsync();
        var forDelegation = await (await delegation.GetAsync("/search?q=marmalade")).Content.ReadAsStringAsync();
        var forPublic = await (await anonymous.GetAsync("/search?q=marmalade")).Content.ReadAsStringAsync();
        var published = await (await anonymous.GetAsync($"/search?q=guidelines&kind=Summary&bodyId={_world.Places[Variant.GeneralPublished].BodyId}")).Content.ReadAsStringAsync();

        Assert.That(forSecretariat, Does.Contain("The Chair introduced the <mark>marmalade</mark> report."));
        Assert.That(forSecretariat, Does.Contain($"/meetings/{_meeting}/record/entries/"));
        Assert.That(forDelegation, Does.Contain("Nothing found for").And.Not.Contain("marmalade</mark>"));
        Assert.That(forPublic, Does.Contain("Nothing found for").And.Not.Contain("marmalade</mark>"));
        Assert.That(published, Does.Contain($"/public/meetings/{_world.Places[Variant.GeneralPublished].MeetingId}").And.Contain("<mark>guidelines</mark>"));
    }

    [Test]
    public async Task A_snippet_shows_the_text_as_typed_never_as_markup()
    {
        // The wire itself: the snippet as the JSON answer carries it, entities and all.
        var hits = await (await _secretariat.GetAsync("/api/search?q=zebrafish")).Content.ReadFromJsonAsync<List<JsonElement>>(MeetingsApp.Json);
        using var browser = await _world.BrowserAsync(App, Caller.Secretariat);
        var page = await (await browser.GetAsync("/search?q=zebrafish")).Content.ReadAsStringAsync();

        Assert.That(hits!.Single().GetProperty("snippet").GetString(),
            Is.EqualTo("The Chair quoted &lt;b onclick=&quot;alert(1)&quot;&gt;the <mark>zebrafish</mark>&lt;/b&gt; study."));
        Assert.That(page, Does.Not.Contain("<b onclick"));
    }

    [Test]
    public async Task The_search_page_says_next_to_the_field_what_is_wrong_with_it()
    {
        using var browser = await _world.BrowserAsync(App, Caller.Secretariat);
        var response = await browser.GetAsync("/search?q=housing&from=2024-12-01&to=2024-01-01");
        var page = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(page, Does.Contain("The last day comes before the first: swap them."));
        Assert.That(page, Does.Contain("id=\"search-to\" name=\"to\" type=\"date\" value=\"2024-01-01\" aria-invalid=\"true\""));
    }

    [Test]
    public async Task The_public_and_delegation_pages_have_a_search_box()
    {
        using var delegation = await _world.BrowserAsync(App, Caller.MemberDelegation);
        var publicPage = await (await App.Anonymous().GetAsync("/public")).Content.ReadAsStringAsync();
        var delegationPage = await (await delegation.GetAsync("/delegation")).Content.ReadAsStringAsync();

        Assert.That(publicPage, Does.Contain("action=\"/search\""));
        Assert.That(delegationPage, Does.Contain("action=\"/search\""));
    }

    [Test]
    public async Task Files_stored_before_the_search_existed_are_read_when_the_application_starts()
    {
        var report = _documents["HSP/EB.2020/10"];
        await App.WithDbAsync(db => db.SearchEntries.Where(e => e.SourceId == report).ExecuteDeleteAsync());
        var before = (await SearchAsync(_secretariat, "q=pomegranate")).Hits.Count;

        using (var scope = App.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<SearchIndexer>().BackfillAsync(CancellationToken.None);
        }

        var after = (await SearchAsync(_secretariat, "q=pomegranate")).Hits;
        Assert.That(before, Is.Zero);
        Assert.That(after.Select(h => (h.Id, h.Language)), Is.EqualTo(new[] { (report, "en") }));
    }

    private async Task<Guid> RegisterAsync(string symbol, string title)
    {
        var document = await (await _secretariat.PostAsJsonAsync($"/api/meetings/{_meeting}/documents",
            new { symbol, title, category = "Report", distribution = "General", originalLanguage = "en", required = false }, MeetingsApp.Json)).ReadAsync<DocumentDto>();
        return _documents[symbol] = document.Id;
    }

    private static async Task<(HttpResponseMessage Response, List<SearchHit> Hits)> SearchAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync($"/api/search?{query}");
        var hits = response.IsSuccessStatusCode ? (await response.Content.ReadFromJsonAsync<List<SearchHit>>(MeetingsApp.Json))! : [];
        return (response, hits);
    }

    private static async Task Created(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.That(response.IsSuccessStatusCode, Is.True, await response.ExplainAsync());
    }
}
