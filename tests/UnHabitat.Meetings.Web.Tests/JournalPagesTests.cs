using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using UnHabitat.Meetings.Application.Agendas;
using UnHabitat.Meetings.Application.Bodies;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Application.Sessions;
using UnHabitat.Meetings.Testing;
using UnHabitat.Meetings.Web.Tests.Support;

namespace UnHabitat.Meetings.Web.Tests;

/// <summary>
/// The daily journal through the pages: the Secretariat's day page (the journal beside the day's meetings, the
/// steps it may take), the session page delegations and the public read (published journals only), the
/// dashboard's days, and the downloads for the sign-in cookie.
/// </summary>
[TestFixture]
[Category("Database")]
public sealed class JournalPagesTests : AppFixture
{
    private SignedIn _secretariat = null!;
    private Guid _session;
    private string _day1 = null!;
    private string _day2 = null!;
    private Guid _meeting1;
    private Guid _item1;
    private Guid _board;
    private SignedIn _chair = null!;

    protected override async Task OnStartedAsync()
    {
        _secretariat = await App.UserAsync(Roles.Secretariat);
        var client = _secretariat.Client;
        _chair = await App.UserAsync(Roles.Chair);
        var board = (await Bodies.CreateBodyAsync(client, new
        {
            name = "Executive Board of the United Nations Human Settlements Programme", shortName = "EB-" + Guid.NewGuid().ToString("N")[..6], kind = "ExecutiveBoard",
            symbolPrefix = "HSP/EB", summaryStyle = "Journal", attribution = "NamedCapitals", secretariatName = "UN-Habitat", chairUserIds = new[] { _chair.Id },
        })).Id;
        _board = board;

        // A session under way: today and tomorrow, so that the dashboard lists it.
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        (_day1, _day2) = (Iso(today), Iso(today.AddDays(1)));
        var session = await client.PostAsJsonAsync("/api/sessions", new { bodyId = board, number = 1, startsOn = _day1, endsOn = _day2, venue = "Nairobi, Kenya" }, MeetingsApp.Json);
        Assert.That(session.StatusCode, Is.EqualTo(HttpStatusCode.Created), await session.ExplainAsync());
        _session = (await session.ReadAsync<SessionDto>()).Id;

        foreach (var (day, says) in new[] { (_day1, "urged prudence in the use of reserves"), (_day2, "commended the report") })
        {
            var meeting = await MeetingAsync(board, $"{day}T10:00:00+03:00", $"{day}T13:00:00+03:00");
            var item = MeetingApi.ItemId((await MeetingApi.AddAgendaItemAsync(client, meeting, "Financial matters")), "Financial matters");
            if (day == _day1)
            {
                (_meeting1, _item1) = (meeting, item);
            }

            var said = await client.PostAsJsonAsync($"/api/meetings/{meeting}/interventions",
                new { agendaItemId = item, speaker = new { kind = "MemberState", memberState = day == _day1 ? "NL" : "US" }, text = says }, MeetingsApp.Json);
            Assert.That(said.StatusCode, Is.EqualTo(HttpStatusCode.Created), await said.ExplainAsync());
        }
    }

    [Test]
    public async Task The_secretariat_sees_the_draft_journal_beside_the_days_meetings_with_publish_offered_and_publishing_makes_it_readable_to_a_delegation()
    {
        var browser = await CookieAsync(_secretariat);
        var delegation = await CookieAsync(await App.UserAsync(Roles.Delegation, "KE"));

        var page = await PageAsync(browser, $"/sessions/{_session}/journal?date={_day2}");
        var sessionBefore = await PageAsync(delegation, $"/public/sessions/{_session}");
        var draftForDelegation = await delegation.GetAsync($"/public/sessions/{_session}/journal?date={_day2}");

        Assert.That(page, Does.Contain("THE UNITED STATES commended the report.").And.Contain("DAY 2 –"));
        Assert.That(page, Does.Contain("The day's meetings").And.Contain("/record\">Record</a>"));
        Assert.That(page, Does.Contain("Publish the journal of day 2").And.Not.Contain("Start a correcting revision"));
        Assert.That(page, Does.Contain($"/sessions/{_session}/journal.pdf?date={_day2}").And.Contain($"/sessions/{_session}/journal.docx?date={_day2}"));
        Assert.That(sessionBefore, Does.Contain("not published yet").And.Not.Contain("Read the journal"));
        Assert.That(draftForDelegation.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "a delegation never reads a draft");

        var published = await PostAsync(browser, $"/sessions/{_session}/journal/publish", $"/sessions/{_session}/journal?date={_day2}", new() { ["Date"] = _day2, ["Version"] = "0" });
        Assert.That(published.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await published.ExplainAsync());
        var after = await PageAsync(browser, published.Headers.Location!.ToString());
        var sessionAfter = await PageAsync(delegation, $"/public/sessions/{_session}");
        var read = await PageAsync(delegation, $"/public/sessions/{_session}/journal?date={_day2}");
        var pdf = await delegation.GetAsync($"/public/sessions/{_session}/journal.pdf?date={_day2}");
        var docx = await App.Anonymous().GetAsync($"/public/sessions/{_session}/journal.docx?date={_day2}");

        Assert.That(after, Does.Contain("Start a correcting revision").And.Not.Contain("Publish the journal of day 2"));
        Assert.That(after, Does.Contain("is published"), "the page says what was just done");
        Assert.That(sessionAfter, Does.Contain($"/public/sessions/{_session}/journal?date={_day2}"));
        Assert.That(read, Does.Contain("THE UNITED STATES commended the report.").And.Not.Contain("DRAFT"));
        Assert.That(pdf.StatusCode, Is.EqualTo(HttpStatusCode.OK), await pdf.ExplainAsync());
        Assert.That(pdf.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/pdf"));
        Assert.That(docx.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the Board's journal is of General distribution");

        // A correcting revision: the page offers publishing again, the delegation keeps reading the published text,
        // and a page left open from before the revision is told, not obeyed.
        var stale = Regex.Match(after, "name=\"Version\" value=\"(\\d+)\"").Groups[1].Value;
        var revised = await PostAsync(browser, $"/sessions/{_session}/journal/revise", $"/sessions/{_session}/journal?date={_day2}", new() { ["Date"] = _day2, ["Version"] = stale });
        var revising = await PageAsync(browser, revised.Headers.Location!.ToString());
        var staleAgain = await PostAsync(browser, $"/sessions/{_session}/journal/revise", $"/sessions/{_session}/journal?date={_day2}", new() { ["Date"] = _day2, ["Version"] = stale });
        var stillPublished = await PageAsync(delegation, $"/public/sessions/{_session}/journal?date={_day2}");

        Assert.That(revised.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await revised.ExplainAsync());
        Assert.That(revising, Does.Contain("Publish the journal of day 2").And.Contain("Revision 2 of the journal of day 2 is started"));
        Assert.That(staleAgain.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), await staleAgain.ExplainAsync());
        Assert.That(stillPublished, Does.Contain("THE UNITED STATES commended the report.").And.Not.Contain("DRAFT"));
    }

    [Test]
    public async Task The_boards_chair_reads_the_draft_journal_without_the_secretariats_buttons_and_is_refused_publishing()
    {
        var chair = await CookieAsync(_chair);

        var page = await PageAsync(chair, $"/sessions/{_session}/journal?date={_day1}");
        var publish = await PostAsync(chair, $"/sessions/{_session}/journal/publish", $"/sessions/{_session}/journal?date={_day1}", new() { ["Date"] = _day1, ["Version"] = "0" });

        Assert.That(page, Does.Contain("THE NETHERLANDS urged prudence in the use of reserves.").And.Contain("DRAFT"));
        Assert.That(page, Does.Contain("Nothing for you to do on this journal now.").And.Not.Contain("Publish the journal").And.Not.Contain("Start a correcting revision"));
        Assert.That(publish.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "the use case decides again: only the Secretariat publishes");
    }

    [Test]
    public async Task A_chair_of_another_body_is_refused_and_a_delegation_is_sent_away_from_the_secretariats_journal_page()
    {
        var chair = await CookieAsync(await App.UserAsync(Roles.Chair));
        var delegation = await CookieAsync(await App.UserAsync(Roles.Delegation, "KE"));

        var forChair = await chair.GetAsync($"/sessions/{_session}/journal?date={_day1}");
        var forDelegation = await delegation.GetAsync($"/sessions/{_session}/journal?date={_day1}");
        var forAnyone = await App.Anonymous().GetAsync($"/sessions/{_session}/journal?date={_day1}");
        var draftPdf = await delegation.GetAsync($"/sessions/{_session}/journal.pdf?date={_day1}");

        Assert.That(forChair.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), await forChair.ExplainAsync());
        Assert.That(forDelegation.StatusCode, Is.AnyOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect));
        Assert.That(forAnyone.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(forAnyone.Headers.Location!.ToString(), Does.Contain("/account/login"));
        Assert.That(draftPdf.StatusCode, Is.AnyOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect), "the draft's downloads are the Secretariat's");
    }

    [Test]
    public async Task The_dashboard_lists_the_sessions_days_with_their_journal_and_the_public_page_links_the_session()
    {
        var browser = await CookieAsync(_secretariat);

        var dashboard = await PageAsync(browser, "/dashboard");
        var publicPage = await PageAsync(App.Anonymous(), "/public");

        Assert.That(dashboard, Does.Contain("Daily journals of the sessions"));
        Assert.That(dashboard, Does.Contain($"/sessions/{_session}/journal?date={_day1}").And.Contain($"/sessions/{_session}/journal?date={_day2}"));
        Assert.That(publicPage, Does.Contain($"/public/sessions/{_session}"));
    }

    [Test]
    public async Task The_live_record_takes_an_intervention_by_a_named_official_which_the_journal_prints_with_the_function_the_first_time()
    {
        var browser = await CookieAsync(_secretariat);
        var record = $"/meetings/{_meeting1}/record";
        var form = await PageAsync(browser, record);

        var nameless = await PostAsync(browser, $"{record}/officials", record, new()
        {
            ["Official.AgendaItemId"] = _item1.ToString(), ["Official.Round"] = "1", ["Official.Function"] = "Executive Director of UN-Habitat", ["Official.Text"] = "presented the report",
        });
        var refused = WebUtility.HtmlDecode(await nameless.Content.ReadAsStringAsync());
        var saved = await PostAsync(browser, $"{record}/officials", record, new()
        {
            ["Official.AgendaItemId"] = _item1.ToString(), ["Official.Round"] = "1", ["Official.Name"] = "Ms. A. Example",
            ["Official.Function"] = "Director-General of the United Nations Office at Nairobi (UNON)", ["Official.Text"] = "welcomed the delegations",
        });
        var again = await PostAsync(browser, $"{record}/officials", record, new()
        {
            ["Official.AgendaItemId"] = _item1.ToString(), ["Official.Round"] = "1", ["Official.Name"] = "Ms. A. Example",
            ["Official.Function"] = "Director-General of the United Nations Office at Nairobi (UNON)", ["Official.Text"] = "closed her remarks",
        });
        var after = await PageAsync(browser, saved.Headers.Location!.ToString());
        var journal = await PageAsync(browser, $"/sessions/{_session}/journal?date={_day1}");

        Assert.That(form, Does.Contain("Intervention by a named official or guest").And.Contain("name=\"Official.Function\""));
        Assert.That(nameless.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(refused, Does.Contain("Give the official's name as it is to be printed").And.Contain("Executive Director of UN-Habitat"), "the message is next to the name and what was typed is kept");
        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await saved.ExplainAsync());
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await again.ExplainAsync());
        Assert.That(after, Does.Contain("Ms. A. Example, Director-General of the United Nations Office at Nairobi (UNON)</strong>"));
        Assert.That(journal, Does.Contain("Ms. A. Example, Director-General of the United Nations Office at Nairobi (UNON), welcomed the delegations.")
            .And.Contain("The Director-General of the United Nations Office at Nairobi (UNON) closed her remarks."));
    }

    [Test]
    public async Task A_decision_recorded_on_the_meetings_decisions_page_is_listed_on_the_bodys_page_and_closes_its_item_in_the_journal()
    {
        var browser = await CookieAsync(_secretariat);
        var page = $"/meetings/{_meeting1}/decisions";
        var year = _day1[..4];

        var badSymbol = await PostAsync(browser, page, page, new() { ["Form.AgendaItemId"] = _item1.ToString(), ["Form.Title"] = "the reserves", ["Form.DocumentSymbol"] = "not a symbol" });
        var refused = WebUtility.HtmlDecode(await badSymbol.Content.ReadAsStringAsync());
        var adopted = await PostAsync(browser, page, page, new()
        {
            ["Form.AgendaItemId"] = _item1.ToString(), ["Form.Title"] = "the use of the reserves", ["Form.Text"] = "The Executive Board takes note of the reserves.", ["Form.DocumentSymbol"] = $"HSP/EB.{year}/3",
        });
        var after = await PageAsync(browser, adopted.Headers.Location!.ToString());
        var body = await PageAsync(await CookieAsync(await App.UserAsync(Roles.Delegation, "KE")), $"/bodies/{_board}/decisions");
        var journal = await PageAsync(browser, $"/sessions/{_session}/journal?date={_day1}");
        var forDelegation = await (await CookieAsync(await App.UserAsync(Roles.Delegation, "KE"))).GetAsync(page);

        Assert.That(badSymbol.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(refused, Does.Contain("Write the document symbol as the Secretariat does").And.Contain("value=\"the reserves\""), "said next to the field, with what was typed kept");
        Assert.That(adopted.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await adopted.ExplainAsync());
        Assert.That(after, Does.Contain($"Decision {year}/1</strong> on the use of the reserves").And.Contain($"HSP/EB.{year}/3"));
        Assert.That(body, Does.Contain($"{year}/1").And.Contain("the use of the reserves"));
        Assert.That(journal, Does.Contain($"The Executive Board adopted decision {year}/1 on the use of the reserves."));
        Assert.That(forDelegation.StatusCode, Is.AnyOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect), "recording decisions is the Secretariat's");
    }

    /// <summary>The page as a reader sees it: entities decoded, so that "–" and "'" compare as typed.</summary>
    private static async Task<string> PageAsync(HttpClient browser, string path) => WebUtility.HtmlDecode(await browser.GetStringAsync(path));

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<HttpClient> CookieAsync(SignedIn user)
    {
        var browser = App.Anonymous();
        var response = await SignInPage.SignInAsync(browser, user.Email, MeetingsApp.UserPassword);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await response.ExplainAsync());
        return browser;
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient browser, string path, string formPage, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await SignInPage.AntiforgeryTokenAsync(browser, formPage);
        using var form = new FormUrlEncodedContent(fields);
        return await browser.PostAsync(path, form);
    }

    private async Task<Guid> MeetingAsync(Guid board, string startsAt, string endsAt)
    {
        var json = JsonSerializer.SerializeToElement(MeetingApi.At(board, startsAt, endsAt), MeetingsApp.Json);
        var withSession = json.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
        withSession["sessionId"] = _session;
        withSession["proceduralItems"] = false;
        return (await MeetingApi.CreateMeetingAsync(_secretariat.Client, board, withSession)).Id;
    }
}
