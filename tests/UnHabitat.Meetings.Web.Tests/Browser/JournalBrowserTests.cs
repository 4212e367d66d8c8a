using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using UnHabitat.Meetings.Application.Agendas;
using UnHabitat.Meetings.Application.Bodies;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Application.Sessions;
using UnHabitat.Meetings.Web.Tests.Support;
using UnHabitat.Meetings.Web.Tests.Support.Typed;
using static Microsoft.Playwright.Assertions;

namespace UnHabitat.Meetings.Web.Tests.Browser;

/// <summary>
/// The daily journal in a real browser: an official's intervention typed on the live record, the day's journal
/// published from the Secretariat's page, and read by the public from the session page (axe-checked).
/// </summary>
[TestFixture]
[Category("Browser")]
[NonParallelizable]
public sealed class JournalBrowserTests
{
    private BrowserHost _host = null!;
    private SignedIn _officer = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = await BrowserHost.StartAsync();
        _officer = await _host.App.UserAsync(Roles.Secretariat);
    }

    [OneTimeTearDown]
    public async Task Stop() => await _host.DisposeAsync();

    [Test]
    public async Task An_officials_intervention_typed_on_the_record_reaches_the_journal_the_secretariat_publishes_and_the_public_reads()
    {
        var client = _officer.Client;
        var board = (await Bodies.CreateBodyAsync(client, new
        {
            name = "Executive Board of the United Nations Human Settlements Programme", shortName = "EB-" + Guid.NewGuid().ToString("N")[..6], kind = "ExecutiveBoard",
            symbolPrefix = "HSP/EB", summaryStyle = "Journal", attribution = "NamedCapitals", secretariatName = "UN-Habitat",
        })).Id;
        var session = (await BrowserHost.PostAsync(client, "/api/sessions", new { bodyId = board, number = 2, startsOn = "2030-12-04", endsOn = "2030-12-05", venue = "Nairobi, Kenya" })).AsDto<SessionDto>().Id;
        var json = JsonSerializer.SerializeToElement(MeetingApi.At(board, "2030-12-04T10:00:00+03:00", "2030-12-04T13:00:00+03:00"), MeetingsApp.Json);
        var withSession = json.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
        withSession["sessionId"] = session;
        var meeting = (await MeetingApi.CreateMeetingAsync(client, board, withSession)).Id;
        Assert.That((await client.GetFromJsonAsync<AgendaDto>($"/api/meetings/{meeting}/agenda", MeetingsApp.Json))!.Items, Has.Count.GreaterThan(0));

        await using var officer = await _host.NewUserAsync("journal-officer");
        await officer.SignInAsync(_officer.Email, MeetingsApp.UserPassword);
        var page = officer.Page;
        await page.GotoAsync($"/meetings/{meeting}/record");
        await page.GetByText("Intervention by a named official or guest").ClickAsync();
        await page.GetByLabel("Name, as it is to be printed").FillAsync("Ms. A. Example");
        await page.GetByLabel("Function", new() { Exact = true }).FillAsync("Director-General of the United Nations Office at Nairobi (UNON)");
        await page.Locator("#official-text").FillAsync("welcomed the delegations");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the official's intervention" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved: Ms. A. Example, Director-General");

        await page.GotoAsync($"/sessions/{session}/journal?date=2030-12-04");
        await Expect(page.Locator(".summary-preview")).ToContainTextAsync("Ms. A. Example, Director-General of the United Nations Office at Nairobi (UNON), welcomed the delegations.");
        await Expect(page.Locator("#day-meetings")).ToContainTextAsync("Record");
        await PageChecks.CheckAsync(officer, "journal-day-draft");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish the journal of day 1" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("is published");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Start a correcting revision" })).ToBeVisibleAsync();

        await using var reader = await _host.NewUserAsync("journal-public");
        await reader.Page.GotoAsync("/public");
        await reader.Page.Locator($"a[href='/public/sessions/{session}']").ClickAsync();
        await Expect(reader.Page.Locator("#journal-days")).ToContainTextAsync("not published yet");
        await PageChecks.CheckAsync(reader, "journal-session-public");
        await reader.Page.GetByRole(AriaRole.Link, new() { Name = "Read the journal" }).ClickAsync();
        await Expect(reader.Page.Locator(".summary-preview")).ToContainTextAsync("welcomed the delegations.");
        await Expect(reader.Page.Locator(".summary-preview")).Not.ToContainTextAsync("DRAFT");
        await PageChecks.CheckAsync(reader, "journal-day-public");
    }
}
