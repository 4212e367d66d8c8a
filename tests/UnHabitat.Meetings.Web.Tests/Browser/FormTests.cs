using System.Text.RegularExpressions;
using Microsoft.Playwright;
using UnHabitat.Meetings.Application.Bodies;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace UnHabitat.Meetings.Web.Tests.Browser;

/// <summary>How the forms answer mistakes and conflicts, and the session's beginning and end, in a real browser.</summary>
[TestFixture]
[Category("Browser")]
[NonParallelizable]
public sealed class FormTests
{
    private BrowserHost _host = null!;
    private SignedIn _officer = null!;
    private Guid _bodyId;

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = await BrowserHost.StartAsync();
        _officer = await _host.App.UserAsync(Roles.Secretariat);
        _bodyId = (await Bodies.CreateBodyAsync(_officer.Client)).Id;
    }

    [OneTimeTearDown]
    public async Task Stop() => await _host.DisposeAsync();

    [Test]
    public async Task A_missing_venue_is_reported_next_to_the_venue_field_and_what_was_typed_stays()
    {
        await using var officer = await _host.NewUserAsync("officer");
        await officer.SignInAsync(_officer.Email, MeetingsApp.UserPassword);
        var page = officer.Page;
        await page.GotoAsync("/meetings/new");
        await page.GetByLabel("Body", new() { Exact = true }).SelectOptionAsync(_bodyId.ToString());
        await page.GetByLabel("Date", new() { Exact = true }).FillAsync("2030-03-04");
        await page.GetByLabel("Starts", new() { Exact = true }).FillAsync("10:00");
        await page.GetByLabel("Ends", new() { Exact = true }).FillAsync("09:00");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Pedro Leon Cortes Ruiz");

        var response = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Schedule the meeting" }).ClickAsync(), r => r.Request.Method == "POST");

        Assert.That(response.Status, Is.EqualTo(400));
        await Expect(page.Locator("[data-valmsg-for='Form.Venue']")).ToContainTextAsync("Give the venue");
        await Expect(page.Locator("[data-valmsg-for='Form.EndTime']")).ToContainTextAsync("A meeting must end after it starts.");
        await Expect(page.GetByLabel("Name", new() { Exact = true })).ToHaveValueAsync("Pedro Leon Cortes Ruiz");
        await Expect(page.GetByLabel("Venue", new() { Exact = true })).ToHaveClassAsync(new Regex("input-validation-error"));
        await PageChecks.CheckAsync(officer, "15-validation-next-to-the-field");
    }

    [Test]
    public async Task An_agenda_changed_by_someone_else_meanwhile_answers_409_and_keeps_what_was_typed()
    {
        var meeting = await MeetingApi.CreateMeetingAsync(_officer.Client, _bodyId, MeetingApi.At(_bodyId, "2030-05-06T10:00:00+03:00", "2030-05-06T13:00:00+03:00"));
        var path = $"/meetings/{meeting.Id}";
        await using var officer = await _host.NewUserAsync("officer");
        await officer.SignInAsync(_officer.Email, MeetingsApp.UserPassword);
        var page = officer.Page;
        await page.GotoAsync(path);

        // A colleague adds an item while this page is open.
        var colleague = await officer.Context.NewPageAsync();
        await colleague.GotoAsync(path);
        await colleague.GetByLabel("Title", new() { Exact = true }).FillAsync("Election of officers");
        await colleague.GetByRole(AriaRole.Button, new() { Name = "Add the item" }).ClickAsync();
        await Expect(colleague.GetByRole(AriaRole.Status)).ToContainTextAsync("Added");

        await page.GetByLabel("Title of item 1").FillAsync("Adoption of the provisional agenda");
        var response = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Save title of item 1" }).ClickAsync(), r => r.Request.Method == "POST");

        Assert.That(response.Status, Is.EqualTo(409));
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("changed by someone else");
        await Expect(page.GetByLabel("Title of item 1")).ToHaveValueAsync("Adoption of the provisional agenda");
        await Expect(page.GetByLabel("Title of item 3")).ToHaveValueAsync("Election of officers");
        await PageChecks.CheckAsync(officer, "16-conflict-409");

        await page.GetByRole(AriaRole.Button, new() { Name = "Save title of item 1" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Renamed to “Adoption of the provisional agenda”");
    }

    [Test]
    public async Task A_signed_in_user_signs_out_and_the_pages_ask_for_a_sign_in_again()
    {
        await using var officer = await _host.NewUserAsync("officer");
        await officer.SignInAsync(_officer.Email, MeetingsApp.UserPassword);
        var page = officer.Page;
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await page.GotoAsync("/dashboard");

        Assert.That(new Uri(page.Url).AbsolutePath, Is.EqualTo("/account/login"));
        await PageChecks.CheckAsync(officer, "17-sign-in");
    }

    [Test]
    public async Task A_wrong_password_is_explained_on_the_sign_in_page()
    {
        await using var visitor = await _host.NewUserAsync("visitor");
        await visitor.SignInAsync(_officer.Email, "Not-The-Password-1");

        await Expect(visitor.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The e-mail address or the password is not right.");
    }

    [Test]
    public async Task Turned_right_to_left_a_page_mirrors_its_header_and_its_forms()
    {
        await using var officer = await _host.NewUserAsync("officer");
        await officer.SignInAsync(_officer.Email, MeetingsApp.UserPassword);
        var page = officer.Page;
        await page.GotoAsync("/meetings/new");
        var brand = page.Locator(".site-header .brand");
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        var date = page.GetByLabel("Date", new() { Exact = true });
        var starts = page.GetByLabel("Starts", new() { Exact = true });
        var ltr = (Brand: (await brand.BoundingBoxAsync())!.X, Nav: (await nav.BoundingBoxAsync())!.X, Date: (await date.BoundingBoxAsync())!.X, Starts: (await starts.BoundingBoxAsync())!.X);

        // What an Arabic interface will set; the stylesheet uses logical properties only, so nothing else changes.
        await page.EvaluateAsync("() => document.documentElement.dir = 'rtl'");
        var rtl = (Brand: (await brand.BoundingBoxAsync())!.X, Nav: (await nav.BoundingBoxAsync())!.X, Date: (await date.BoundingBoxAsync())!.X, Starts: (await starts.BoundingBoxAsync())!.X);

        Assert.That(ltr.Brand, Is.LessThan(ltr.Nav), "left to right: the name of the site comes first, on the left");
        Assert.That(rtl.Brand, Is.GreaterThan(rtl.Nav), "right to left: it comes first on the right");
        Assert.That(ltr.Date, Is.LessThan(ltr.Starts), "left to right: the date, then the time it starts");
        Assert.That(rtl.Date, Is.GreaterThan(rtl.Starts), "right to left: the same order, from the right");
        await PageChecks.CheckAsync(officer, "18-right-to-left");
    }

    [Test]
    public async Task The_pages_forbid_framing_sniffing_referrers_and_inline_script()
    {
        await using var visitor = await _host.NewUserAsync("visitor");

        var response = await visitor.Page.GotoAsync("/public");
        var headers = await response!.AllHeadersAsync();

        Assert.That(headers["content-security-policy"], Does.Contain("script-src 'self'").And.Contain("frame-ancestors 'none'").And.Not.Contain("unsafe-inline"));
        Assert.That(headers["x-content-type-options"], Is.EqualTo("nosniff"));
        Assert.That(headers["referrer-policy"], Is.EqualTo("no-referrer"));
    }
}
