using Microsoft.Playwright;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace UnHabitat.Meetings.Web.Tests.Browser;

/// <summary>
/// Single sign-on in a real browser (issue 14 point 5, ADR 020): Chromium presses "Sign in with …", goes to the
/// test's own OpenID Connect issuer on 127.0.0.1 and comes back signed in, under the browser's own cookie rules
/// and the site's Content-Security-Policy; an unknown address gets the refusal page. Each page is checked with axe-core.
/// </summary>
[TestFixture]
[Category("Browser")]
[NonParallelizable]
public sealed class SingleSignOnBrowserTests
{
    private const string Provider = "UN-Habitat Directory";

    private TestIssuer _issuer = null!;
    private BrowserHost _host = null!;
    private Uri _address = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _issuer = await TestIssuer.StartAsync();
        _address = new Uri($"http://127.0.0.1:{SmtpListener.FreePort()}");
        _host = await BrowserHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["App:PublicUrl"] = _address.ToString().TrimEnd('/'),
            ["Authentication:OpenIdConnect:Authority"] = _issuer.Authority,
            ["Authentication:OpenIdConnect:ClientId"] = TestIssuer.ClientId,
            ["Authentication:OpenIdConnect:ClientSecret"] = TestIssuer.ClientSecret,
            ["Authentication:OpenIdConnect:DisplayName"] = Provider,
        });
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _host.DisposeAsync();
        await _issuer.DisposeAsync();
    }

    [Test]
    public async Task A_delegate_signs_in_with_the_organisations_account_and_a_stranger_is_refused()
    {
        var delegate_ = await _host.App.UserAsync(Roles.Delegation, "KE");
        await using var browser = await _host.NewUserAsync("delegate");
        var page = browser.Page;
        await page.GotoAsync(new Uri(_address, "/account/login").ToString());
        await PageChecks.CheckAsync(browser, "sso-01-sign-in");

        _issuer.NextUser = new IssuerUser(delegate_.Email);
        await page.GetByRole(AriaRole.Link, new() { Name = $"Sign in with {Provider}" }).ClickAsync();
        await page.WaitForURLAsync(new Uri(_address, "/delegation").ToString());
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();

        await using var stranger = await _host.NewUserAsync("stranger");
        await stranger.Page.GotoAsync(new Uri(_address, "/account/login").ToString());
        _issuer.NextUser = new IssuerUser($"stranger.{Guid.NewGuid():N}@test.unhabitat.org");
        await stranger.Page.GetByRole(AriaRole.Link, new() { Name = $"Sign in with {Provider}" }).ClickAsync();
        await Expect(stranger.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Accounts are opened by invitation");
        await PageChecks.CheckAsync(stranger, "sso-02-refused");
        Assert.That(browser.CspViolations.Concat(stranger.CspViolations), Is.Empty);
    }
}
