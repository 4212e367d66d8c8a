using System.Net.Http.Json;
using Microsoft.Playwright;
using UnHabitat.Meetings.Application.Documents;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Web.Tests.Support;
using UnHabitat.Meetings.Web.Tests.Support.Typed;
using static Microsoft.Playwright.Assertions;

namespace UnHabitat.Meetings.Web.Tests.Browser;

/// <summary>
/// The search page, the search boxes of the delegation and public pages, the paged public page and the jobs
/// dashboard, as a browser shows them (issue 16): each page checked with axe-core and for breaches of the
/// Content-Security-Policy.
/// </summary>
[TestFixture]
[Category("Browser")]
[NonParallelizable]
public sealed class SearchAndJobsBrowserTests
{
    private BrowserHost _host = null!;
    private SignedIn _officer = null!;
    private Guid _meeting;
    private Guid _document;

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = await BrowserHost.StartAsync();
        _officer = await _host.App.UserAsync(Roles.Secretariat);
        var client = _officer.Client;
        var body = (await Bodies.CreateBodyAsync(client)).Id;
        _meeting = (await MeetingApi.CreateMeetingAsync(client, body, MeetingApi.At(body, "2020-10-27T10:00:00+03:00", "2020-10-27T13:00:00+03:00"))).Id;
        var item = (await MeetingApi.ReadAgendaAsync(client, _meeting)).Items[0].Id;
        await BrowserHost.PostAsync(client, $"/api/meetings/{_meeting}/paragraphs", new { agendaItemId = item, kind = "Narrative", text = "The Chair introduced the marmalade report." });

        // A report of general distribution, posted and published: what a delegation and the public may find.
        _document = (await BrowserHost.PostAsync(client, $"/api/meetings/{_meeting}/documents",
            new { symbol = "HSP/EB.2020/31", title = "Report on the pomegranate gardens", category = "Report", distribution = "General", originalLanguage = "en", required = false }))
            .AsDto<DocumentDto>().Id;
        var upload = await client.PutAsync($"/api/documents/{_document}/files/en", Files.Form(SearchFiles.Pdf("The pomegranate gardens of the programme"), "report.pdf"));
        Assert.That(upload.IsSuccessStatusCode, Is.True, await upload.ExplainAsync());
        var published = await MeetingApi.VersionedPostAsync(client, $"/api/documents/{_document}/publish");
        Assert.That(published.IsSuccessStatusCode, Is.True, await published.ExplainAsync());
    }

    [OneTimeTearDown]
    public async Task Stop() => await _host.DisposeAsync();

    [Test]
    public async Task A_secretariat_officer_searches_the_records_and_follows_a_hit_to_the_entry_on_the_record()
    {
        await using var officer = await _host.NewUserAsync("search-officer");
        await officer.SignInAsync(_officer.Email, MeetingsApp.UserPassword);
        var page = officer.Page;

        await page.GotoAsync("/search");
        await PageChecks.CheckAsync(officer, "search-01-empty");
        await page.GetByLabel("Words or a document symbol").FillAsync("marmalade");
        await page.Locator("form[action='/search']").GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Found for \"marmalade\"" })).ToBeVisibleAsync();
        await Expect(page.Locator(".search-results mark")).ToHaveTextAsync("marmalade");
        await PageChecks.CheckAsync(officer, "search-02-results");

        await page.Locator(".search-results a").First.ClickAsync();
        await page.WaitForLoadStateAsync();
        Assert.That(page.Url, Does.Contain($"/meetings/{_meeting}/record"));
        await Expect(page.GetByText("The Chair introduced the marmalade report.").First).ToBeVisibleAsync();
        await PageChecks.CheckAsync(officer, "search-03-record-entry");
    }

    [Test]
    public async Task A_delegation_searches_from_its_page_and_downloads_the_published_report_it_finds()
    {
        var delegation = await _host.App.UserAsync(Roles.Delegation, "KE");
        await using var delegate_ = await _host.NewUserAsync("search-delegation");
        await delegate_.SignInAsync(delegation.Email, MeetingsApp.UserPassword);
        var page = delegate_.Page;

        await page.GotoAsync("/delegation");
        var box = page.GetByRole(AriaRole.Search, new() { Name = "Search the records" });
        await box.GetByLabel("Search summaries, journals, documents and decisions").FillAsync("pomegranate");
        await box.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Found for \"pomegranate\"" })).ToBeVisibleAsync();
        await Expect(page.Locator(".search-results")).ToContainTextAsync("HSP/EB.2020/31");
        await Expect(page.Locator(".search-results")).Not.ToContainTextAsync("marmalade");
        await PageChecks.CheckAsync(delegate_, "search-04-delegation-results");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator(".search-results a[hreflang='en']").First.ClickAsync());
        Assert.That(download.SuggestedFilename, Does.EndWith(".pdf"));
    }

    [Test]
    public async Task The_public_searches_from_the_public_page_and_downloads_the_report_without_signing_in()
    {
        await using var reader = await _host.NewUserAsync("search-public");
        var page = reader.Page;

        await page.GotoAsync("/public");
        await PageChecks.CheckAsync(reader, "search-05-public-page");
        var box = page.GetByRole(AriaRole.Search, new() { Name = "Search the records" });
        await box.GetByLabel("Search summaries, journals, documents and decisions").FillAsync("pomegranate");
        await box.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(page.Locator(".search-results")).ToContainTextAsync("HSP/EB.2020/31");
        await PageChecks.CheckAsync(reader, "search-06-public-results");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator(".search-results a[hreflang='en']").First.ClickAsync());
        Assert.That(download.SuggestedFilename, Does.EndWith(".pdf"), "a reader who is not signed in downloads the public copy, not a sign-in page");
    }

    [Test]
    public async Task The_public_page_filtered_by_dates_is_checked_like_every_page()
    {
        await using var reader = await _host.NewUserAsync("public-filtered");
        var page = reader.Page;

        await page.GotoAsync("/public");
        await page.GetByLabel("From").FillAsync("2020-01-01");
        await page.GetByLabel("To").FillAsync("2020-12-31");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Expect(page.GetByLabel("From")).ToHaveValueAsync("2020-01-01");
        await Expect(page.GetByText("No summary is published for these meetings.")).ToBeVisibleAsync();
        await PageChecks.CheckAsync(reader, "public-filtered");
    }

    [Test]
    public async Task An_administrator_opens_the_jobs_dashboard_without_a_breach_of_the_content_security_policy()
    {
        await using var admin = await _host.NewUserAsync("jobs-administrator");
        await admin.SignInAsync(MeetingsApp.AdminEmail, MeetingsApp.AdminPassword);
        var page = admin.Page;

        var response = await page.GotoAsync("/jobs");
        Assert.That(response!.Status, Is.EqualTo(200));
        await Expect(page.Locator("body")).ToContainTextAsync("Jobs: deadlines, reminders and e-mail");
        await PageChecks.CheckAsync(admin, "jobs-01-dashboard");

        await page.GotoAsync("/jobs/jobs/scheduled");
        await PageChecks.CheckAsync(admin, "jobs-02-scheduled");
    }
}
