using Microsoft.Playwright;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace UnHabitat.Meetings.Web.Tests.Browser;

/// <summary>
/// Accounts in a real browser (issue 14): an administrator invites a Secretariat officer, who chooses a
/// password from the e-mailed link (read from the outbox), sets up an authenticator app, signs in with its
/// code after the password and is shut out once deactivated; a
/// delegate who forgot the password chooses a new one. Each page is checked with axe-core.
/// </summary>
[TestFixture]
[Category("Browser")]
[NonParallelizable]
public sealed class AccountsBrowserTests
{
    private BrowserHost _host = null!;

    [OneTimeSetUp]
    public async Task Start() => _host = await BrowserHost.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _host.DisposeAsync();

    [Test]
    public async Task An_administrator_invites_an_officer_who_chooses_a_password_signs_in_with_a_second_factor_and_is_shut_out_once_deactivated()
    {
        var email = $"officer.{Guid.NewGuid():N}@test.unhabitat.org";
        await using var admin = await _host.NewUserAsync("administrator");
        await admin.SignInAsync(MeetingsApp.AdminEmail, MeetingsApp.AdminPassword);
        var page = admin.Page;
        await page.GetByRole(AriaRole.Link, new() { Name = "Users" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Users", Exact = true })).ToBeVisibleAsync();
        await PageChecks.CheckAsync(admin, "accounts-01-users");

        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Name as shown in histories").FillAsync("Ms. B. Officer");
        await page.GetByLabel("Secretariat").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the invitation" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Ms. B. Officer is invited");

        await using var officer = await _host.NewUserAsync("invited officer");
        await officer.Page.GotoAsync(await AccountPages.EmailedLinkAsync(_host.App, email, "/account/set-password"));
        await PageChecks.CheckAsync(officer, "accounts-02-set-password");
        await officer.Page.GetByLabel("New password").FillAsync("Rain on the tin roof");
        await officer.Page.GetByRole(AriaRole.Button, new() { Name = "Set my password" }).ClickAsync();
        await Expect(officer.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your password is set");
        await officer.SignInAsync(email, "Rain on the tin roof");
        await Expect(officer.Page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard" })).ToBeVisibleAsync();

        // A second factor: the key the page shows goes into an "app" (the test's own RFC 6238 generator).
        await officer.Page.GetByRole(AriaRole.Link, new() { Name = "Two-factor sign-in" }).ClickAsync();
        await officer.Page.GetByRole(AriaRole.Button, new() { Name = "Set up two-factor sign-in" }).ClickAsync();
        await PageChecks.CheckAsync(officer, "accounts-06-two-factor-set-up");
        var key = await officer.Page.Locator("#authenticator-key").InnerTextAsync();
        await Expect(officer.Page.Locator("#authenticator-link")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^otpauth://totp/"));
        await officer.Page.GetByLabel("Code from your authenticator app").FillAsync(Totp.Code(key));
        await officer.Page.GetByRole(AriaRole.Button, new() { Name = "Turn two-factor sign-in on" }).ClickAsync();
        await Expect(officer.Page.GetByRole(AriaRole.Heading, new() { Name = "Your recovery codes" })).ToBeVisibleAsync();
        await Expect(officer.Page.Locator(".recovery-codes li")).ToHaveCountAsync(10);
        await PageChecks.CheckAsync(officer, "accounts-07-recovery-codes");

        await officer.Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await officer.SignInAsync(email, "Rain on the tin roof");
        Assert.That(new Uri(officer.Page.Url).AbsolutePath, Is.EqualTo("/account/second-factor"), "the password alone does not let the officer in");
        await PageChecks.CheckAsync(officer, "accounts-08-second-factor");
        await officer.Page.GetByLabel("Code from your authenticator app").FillAsync(Totp.WrongCode(key));
        await officer.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(officer.Page.GetByText("This code is not right")).ToBeVisibleAsync();
        await officer.Page.GetByLabel("Code from your authenticator app").FillAsync(Totp.Code(key));
        await officer.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(officer.Page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard" })).ToBeVisibleAsync();

        await page.GotoAsync("/admin/users?Role=Secretariat");
        await page.GetByRole(AriaRole.Link, new() { Name = "Ms. B. Officer" }).ClickAsync();
        await PageChecks.CheckAsync(admin, "accounts-03-user");
        await page.GetByRole(AriaRole.Button, new() { Name = "Deactivate" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("is deactivated and signed out everywhere");

        await officer.Page.GotoAsync("/dashboard");
        Assert.That(new Uri(officer.Page.Url).AbsolutePath, Is.EqualTo("/account/login"), "the officer's cookie stopped working at once");
        await officer.SignInAsync(email, "Rain on the tin roof");
        await Expect(officer.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("ask an administrator to unlock it sooner");
    }

    [Test]
    public async Task A_delegate_who_forgot_the_password_chooses_a_new_one_from_the_emailed_link()
    {
        var delegate_ = await _host.App.UserAsync(Roles.Delegation, "KE");
        await using var browser = await _host.NewUserAsync("delegate");
        var page = browser.Page;
        await page.GotoAsync("/account/login");
        await page.GetByRole(AriaRole.Link, new() { Name = "Forgot your password?" }).ClickAsync();
        await PageChecks.CheckAsync(browser, "accounts-04-forgot-password");
        await page.GetByLabel("E-mail address").FillAsync(delegate_.Email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send me the link" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("If this address has an account");

        await page.GotoAsync(await AccountPages.EmailedLinkAsync(_host.App, delegate_.Email, "/account/reset-password"));
        await PageChecks.CheckAsync(browser, "accounts-05-reset-password");
        await page.GetByLabel("New password").FillAsync("password2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Set my new password" }).ClickAsync();
        await Expect(page.GetByText("among the first that anyone guessing tries")).ToBeVisibleAsync();
        await page.GetByLabel("New password").FillAsync("Mangoes ripen in March");
        await page.GetByRole(AriaRole.Button, new() { Name = "Set my new password" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your new password is set");

        await browser.SignInAsync(delegate_.Email, "Mangoes ripen in March");
        Assert.That(new Uri(page.Url).AbsolutePath, Is.Not.EqualTo("/account/login"), "the delegate is signed in with the new password");
    }
}
