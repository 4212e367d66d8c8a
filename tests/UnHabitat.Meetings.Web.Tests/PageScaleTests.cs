using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Web.Tests.Support;

namespace UnHabitat.Meetings.Web.Tests;

/// <summary>
/// The pages that list meetings read only what they show (issue 16 point 2): the chair's inbox and the delegation's
/// meetings ahead are filtered and paged in the database, and still show the right meetings among many others.
/// </summary>
[TestFixture]
[Category("Database")]
public sealed class PageScaleTests : AppFixture
{
    private static readonly DateTimeOffset FirstDay = DateTimeOffset.Parse("2031-01-06T10:00:00+03:00", CultureInfo.InvariantCulture);

    [Test]
    public async Task A_chair_sees_the_agendas_of_their_own_bodies_awaiting_approval_fifty_a_page_and_none_of_another_body()
    {
        var officer = await App.UserAsync(Roles.Secretariat);
        var chair = await App.UserAsync(Roles.Chair);
        var mine = (await Bodies.CreateBodyAsync(officer.Client, Bodies.Working(chairUserIds: [chair.Id]))).Id;
        var other = (await Bodies.CreateBodyAsync(officer.Client)).Id;
        // Another body's agendas come first in the calendar, then the chair's own.
        var others = new List<Guid>();
        for (var i = 0; i < 10; i++)
        {
            others.Add(await MeetingAsync(officer.Client, other, i, submit: true));
        }

        var awaiting = new List<Guid>();
        for (var i = 0; i < 52; i++)
        {
            awaiting.Add(await MeetingAsync(officer.Client, mine, 20 + i, submit: true));
        }

        var draft = await MeetingAsync(officer.Client, mine, 200, submit: false);
        var browser = await SignedInAsync(chair.Email);

        var first = WebUtility.HtmlDecode(await browser.GetStringAsync("/inbox"));
        var next = LinkOnPage(first, "next");
        Assert.That(next, Is.Not.Null.And.StartWith("/inbox?after="), "the next page of the agendas");
        var second = WebUtility.HtmlDecode(await browser.GetStringAsync(next!));

        Assert.That(first, Does.Contain("Agendas awaiting your approval (50 on this page)"));
        Assert.That(awaiting.Take(50).Where(m => !first.Contains($"/inbox/agendas/{m}", StringComparison.Ordinal)), Is.Empty, "the fifty soonest on the first page");
        Assert.That(second, Does.Contain($"/inbox/agendas/{awaiting[50]}").And.Contain($"/inbox/agendas/{awaiting[51]}").And.Not.Contain($"/inbox/agendas/{awaiting[0]}"));
        Assert.That(LinkOnPage(second, "prev"), Does.StartWith("/inbox"), "back to the first page");
        Assert.That(others.Where(m => first.Contains(m.ToString(), StringComparison.Ordinal) || second.Contains(m.ToString(), StringComparison.Ordinal)), Is.Empty, "nothing of a body the chair does not chair");
        Assert.That(first + second, Does.Not.Contain(draft.ToString()), "a draft agenda waits for nobody");
    }

    [Test]
    public async Task A_chair_with_nothing_waiting_is_told_so_and_a_page_address_not_given_out_is_said_next_to_the_list()
    {
        var officer = await App.UserAsync(Roles.Secretariat);
        var chair = await App.UserAsync(Roles.Chair);
        await Bodies.CreateBodyAsync(officer.Client, Bodies.Working(chairUserIds: [chair.Id]));
        var browser = await SignedInAsync(chair.Email);

        var empty = WebUtility.HtmlDecode(await browser.GetStringAsync("/inbox"));
        var bad = await browser.GetAsync("/inbox?summaries=not-a-cursor");

        Assert.That(empty, Does.Contain("No agenda is waiting for you.").And.Contain("No summary is waiting for you."));
        Assert.That(empty, Does.Contain("Agendas awaiting your approval (0)"));
        Assert.That(bad.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "never a 5xx");
        Assert.That(await bad.Content.ReadAsStringAsync(), Does.Match("data-valmsg-for=\"summaries\">[^<]+<"), "the message next to the summaries");
    }

    [Test]
    public async Task A_delegation_following_one_body_sees_its_meetings_ahead_fifty_a_page_behind_sooner_meetings_of_other_bodies()
    {
        var officer = await App.UserAsync(Roles.Secretariat);
        var delegation = await App.UserAsync(Roles.Delegation, "KE");
        var followed = (await Bodies.CreateBodyAsync(officer.Client)).Id;
        var other = (await Bodies.CreateBodyAsync(officer.Client)).Id;
        var sooner = new List<Guid>();
        for (var i = 0; i < 10; i++)
        {
            sooner.Add(await MeetingAsync(officer.Client, other, i, submit: false));
        }

        var ahead = new List<Guid>();
        for (var i = 0; i < 52; i++)
        {
            ahead.Add(await MeetingAsync(officer.Client, followed, 20 + i, submit: false));
        }

        using (var follow = await delegation.Client.PutAsJsonAsync("/api/me/subscriptions", new[] { new { bodyId = followed, languages = (string[]?)null } }, MeetingsApp.Json))
        {
            Assert.That(follow.StatusCode, Is.EqualTo(HttpStatusCode.OK), await follow.ExplainAsync());
        }

        var browser = await SignedInAsync(delegation.Email);

        var first = WebUtility.HtmlDecode(await browser.GetStringAsync("/delegation"));
        var next = LinkOnPage(first, "next");
        Assert.That(next, Is.Not.Null.And.StartWith("/delegation?meetings="), "the next page of the meetings ahead");
        var second = WebUtility.HtmlDecode(await browser.GetStringAsync(next!));

        Assert.That(ahead.Take(50).Where(m => !first.Contains($"/public/meetings/{m}", StringComparison.Ordinal)), Is.Empty, "the fifty soonest on the first page");
        Assert.That(first, Does.Not.Contain($"/public/meetings/{ahead[50]}"));
        Assert.That(second, Does.Contain($"/public/meetings/{ahead[50]}").And.Contain($"/public/meetings/{ahead[51]}").And.Not.Contain($"/public/meetings/{ahead[0]}"));
        Assert.That(sooner.Where(m => first.Contains(m.ToString(), StringComparison.Ordinal) || second.Contains(m.ToString(), StringComparison.Ordinal)), Is.Empty, "only the body followed");
    }

    [Test]
    public async Task The_dashboard_counts_every_open_action_point_and_lists_them_ten_meetings_a_page_the_latest_first()
    {
        var officer = await App.UserAsync(Roles.Secretariat);
        var body = (await Bodies.CreateBodyAsync(officer.Client)).Id;
        var held = DateTimeOffset.Parse("2021-03-01T10:00:00+03:00", CultureInfo.InvariantCulture);
        for (var i = 1; i <= 12; i++)
        {
            var starts = held.AddDays(7 * i);
            var meeting = (await MeetingApi.CreateMeetingAsync(officer.Client, body, MeetingApi.At(body, starts.ToString("O"), starts.AddHours(3).ToString("O")))).Id;
            using var added = await officer.Client.PostAsJsonAsync($"/api/meetings/{meeting}/action-points", new { text = $"Follow-up number {i:00}", owner = "Secretariat" }, MeetingsApp.Json);
            Assert.That(added.StatusCode, Is.EqualTo(HttpStatusCode.Created), await added.ExplainAsync());
        }

        var browser = await SignedInAsync(officer.Email);

        var first = WebUtility.HtmlDecode(await browser.GetStringAsync("/dashboard"));
        var next = LinkOnPage(first, "next");
        Assert.That(next, Is.Not.Null.And.StartWith("/dashboard?followup="), "the next page of the follow-up");
        var second = WebUtility.HtmlDecode(await browser.GetStringAsync(next!));

        Assert.That(first, Does.Contain("<strong>12</strong> open action points"), "every open action point counted");
        Assert.That(first, Does.Contain("Follow-up number 12").And.Contain("Follow-up number 03").And.Not.Contain("Follow-up number 02"));
        Assert.That(second, Does.Contain("Follow-up number 02").And.Contain("Follow-up number 01").And.Not.Contain("Follow-up number 03"));
        Assert.That(second, Does.Contain("<strong>12</strong> open action points"));
    }

    [Test]
    public async Task The_dashboard_shows_an_open_question_of_the_latest_meeting_until_a_response_answers_it()
    {
        var officer = await App.UserAsync(Roles.Secretariat);
        var body = (await Bodies.CreateBodyAsync(officer.Client)).Id;
        var (meeting, item) = await MeetingApi.CreateMeetingWithItemAsync(officer.Client, body);
        using var asked = await officer.Client.PostAsJsonAsync($"/api/meetings/{meeting}/interventions",
            new { agendaItemId = item, isQuestion = true, text = "asked when the guidelines on safer cities would be circulated.", speaker = new { kind = "MemberState", memberState = "KE" } }, MeetingsApp.Json);
        Assert.That(asked.StatusCode, Is.EqualTo(HttpStatusCode.Created), await asked.ExplainAsync());
        var question = (await asked.ReadAsync<Application.Records.InterventionDto>()).Id;
        var browser = await SignedInAsync(officer.Email);

        var before = WebUtility.HtmlDecode(await browser.GetStringAsync("/dashboard"));
        using (var answered = await officer.Client.PostAsJsonAsync($"/api/meetings/{meeting}/responses",
            new { agendaItemId = item, text = "The Secretariat said the guidelines would be circulated in 2025.", respondsTo = new[] { question } }, MeetingsApp.Json))
        {
            Assert.That(answered.StatusCode, Is.EqualTo(HttpStatusCode.Created), await answered.ExplainAsync());
        }

        var after = WebUtility.HtmlDecode(await browser.GetStringAsync("/dashboard"));

        Assert.That(before, Does.Contain("<strong>1</strong> open question,").And.Contain("asked when the guidelines on safer cities would be circulated."));
        Assert.That(after, Does.Contain("<strong>0</strong> open questions").And.Not.Contain("asked when the guidelines on safer cities would be circulated."));
    }

    [Test]
    public async Task The_public_page_lists_published_documents_newest_meeting_first_by_symbol_twenty_a_page()
    {
        var officer = await App.UserAsync(Roles.Secretariat);
        var body = (await Bodies.CreateBodyAsync(officer.Client)).Id;
        for (var i = 1; i <= 12; i++)
        {
            var starts = DateTimeOffset.Parse("2019-01-07T10:00:00+03:00", CultureInfo.InvariantCulture).AddDays(14 * i);
            var meeting = (await MeetingApi.CreateMeetingAsync(officer.Client, body, MeetingApi.At(body, starts.ToString("O"), starts.AddHours(3).ToString("O")))).Id;
            // Registered second symbol first: the list orders by symbol, not by registration.
            await PublishedDocumentAsync(officer.Client, meeting, $"HSP/EB.{2000 + i}/2", $"Scale report {i:00} b");
            await PublishedDocumentAsync(officer.Client, meeting, $"HSP/EB.{2000 + i}/1", $"Scale report {i:00} a");
        }

        var visitor = App.Anonymous();
        var first = WebUtility.HtmlDecode(await visitor.GetStringAsync("/public?Q=scale%20report"));
        var second = WebUtility.HtmlDecode(await visitor.GetStringAsync("/public?Q=scale%20report&Page=2"));

        var order = new[] { "HSP/EB.2012/1", "HSP/EB.2012/2", "HSP/EB.2011/1", "HSP/EB.2011/2", "HSP/EB.2003/1", "HSP/EB.2003/2" };
        var places = order.Select(symbol => first.IndexOf(symbol + "<", StringComparison.Ordinal)).ToList();
        Assert.That(places, Is.All.GreaterThanOrEqualTo(0), "each on the first page");
        Assert.That(places, Is.Ordered, "newest meeting first, by symbol within it");
        Assert.That(first, Does.Not.Contain("HSP/EB.2002/").And.Contain("Next page"));
        Assert.That(second, Does.Contain("HSP/EB.2002/1").And.Contain("HSP/EB.2001/2").And.Not.Contain("HSP/EB.2003/"));
        Assert.That(second.IndexOf("HSP/EB.2002/2", StringComparison.Ordinal), Is.LessThan(second.IndexOf("HSP/EB.2001/1", StringComparison.Ordinal)));
    }

    private static async Task PublishedDocumentAsync(HttpClient officer, Guid meeting, string symbol, string title)
    {
        using var response = await officer.PostAsJsonAsync($"/api/meetings/{meeting}/documents",
            new { symbol, title, category = "Report", distribution = "General", originalLanguage = "en", required = false }, MeetingsApp.Json);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.ExplainAsync());
        var id = (await response.ReadAsync<Application.Documents.DocumentDto>()).Id;
        using var upload = await officer.PutAsync($"/api/documents/{id}/files/en", Files.Form(Files.Pdf($"{symbol} en"), "en.pdf"));
        Assert.That(upload.StatusCode, Is.EqualTo(HttpStatusCode.Created), await upload.ExplainAsync());
        using var published = await MeetingApi.VersionedPostAsync(officer, $"/api/documents/{id}/publish", new { });
        Assert.That(published.StatusCode, Is.EqualTo(HttpStatusCode.OK), await published.ExplainAsync());
    }

    /// <summary>A meeting <paramref name="day"/> days after the first day, its agenda submitted for approval when asked.</summary>
    private static async Task<Guid> MeetingAsync(HttpClient officer, Guid body, int day, bool submit)
    {
        var starts = FirstDay.AddDays(day);
        var meeting = (await MeetingApi.CreateMeetingAsync(officer, body, MeetingApi.At(body, starts.ToString("O"), starts.AddHours(3).ToString("O")))).Id;
        if (submit)
        {
            using var submitted = await MeetingApi.StepAsync(officer, meeting, "submit");
            Assert.That(submitted.IsSuccessStatusCode, Is.True, await submitted.ExplainAsync());
        }

        return meeting;
    }

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var browser = App.Anonymous();
        using var signedIn = await SignInPage.SignInAsync(browser, email, MeetingsApp.UserPassword);
        Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await signedIn.ExplainAsync());
        return browser;
    }

    private static string? LinkOnPage(string page, string rel) =>
        Regex.Match(page, $"<a href=\"(?<href>[^\"]+)\" rel=\"{rel}\">") is { Success: true } link ? link.Groups["href"].Value : null;
}
