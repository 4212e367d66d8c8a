using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Web.Api;
using UnHabitat.Meetings.Web.Tests.Support;

namespace UnHabitat.Meetings.Web.Tests;

/// <summary>
/// Administrators must sign in with a second factor (ADR 019): one without it is signed in after the password
/// only to set it up, gets no API token until then, and cannot turn it off; an administrator resets another
/// person's two-factor sign-in from the user's page, in the audit log.
/// </summary>
[TestFixture]
[Category("Database")]
public sealed class AdministratorTwoFactorTests : AppFixture
{
    private string _adminKey = null!;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Identity:AdministratorsNeedTwoFactor"] = "true" };

    protected override async Task OnStartedAsync()
    {
        // The first administrator, created at start-up with a password only, sets up a second factor before anything else.
        using var admin = App.Anonymous();
        Assert.That((await SignInPage.SignInAsync(admin, MeetingsApp.AdminEmail, MeetingsApp.AdminPassword)).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        (_adminKey, _) = await TwoFactorPages.SetUpAsync(admin);
        App.UseAdministratorToken(await AdministratorTokenAsync());
    }

    [Test]
    public async Task An_administrator_without_a_second_factor_reaches_only_its_set_up_until_it_is_on()
    {
        var email = $"admin.{Guid.NewGuid():N}@test.unhabitat.org";
        var created = await (await App.AdministratorAsync()).PostAsJsonAsync("/api/users", new { email, password = MeetingsApp.UserPassword, displayName = "Second administrator", roles = new[] { Roles.Administrator } });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.ExplainAsync());

        var noToken = await App.Anonymous().PostAsJsonAsync("/api/auth/login", new { email, password = MeetingsApp.UserPassword });
        Assert.That(noToken.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await noToken.ProblemAsync()).Detail, Does.Contain("/account/two-factor"));

        var browser = App.Anonymous();
        Assert.That((await SignInPage.SignInAsync(browser, email, MeetingsApp.UserPassword)).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        foreach (var page in new[] { "/", "/admin/users", "/admin/audit", "/dashboard" })
        {
            Assert.That((await browser.GetAsync(page)).Headers.Location?.ToString(), Is.EqualTo("/account/two-factor"), page);
        }

        Assert.That(WebUtility.HtmlDecode(await browser.GetStringAsync("/account/two-factor")), Does.Contain("Administrators must sign in with a second factor"));
        var (key, _) = await TwoFactorPages.SetUpAsync(browser);

        Assert.That((await browser.GetAsync("/admin/users")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "open once it is on");
        var off = await AccountPages.PostAsync(browser, "/account/two-factor", "/account/two-factor/disable", []);
        Assert.That(off.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(WebUtility.HtmlDecode(await off.Content.ReadAsStringAsync()), Does.Contain("Administrators sign in with a second factor and cannot turn it off"));
        var token = await App.Anonymous().PostAsJsonAsync("/api/auth/login", new { email, password = MeetingsApp.UserPassword, code = Totp.Code(key) });
        Assert.That(token.StatusCode, Is.EqualTo(HttpStatusCode.OK), await token.ExplainAsync());
    }

    [Test]
    public async Task An_administrator_resets_the_two_factor_sign_in_of_someone_who_lost_their_phone_and_it_is_audited()
    {
        var officer = await App.UserAsync(Roles.Secretariat);
        var browser = App.Anonymous();
        await SignInPage.SignInAsync(browser, officer.Email, MeetingsApp.UserPassword);
        await TwoFactorPages.SetUpAsync(browser);
        var admin = App.Anonymous();
        var signedIn = await TwoFactorPages.SignInAsync(admin, MeetingsApp.AdminEmail, MeetingsApp.AdminPassword, Totp.Code(_adminKey));
        Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await signedIn.ExplainAsync());
        Assert.That(WebUtility.HtmlDecode(await admin.GetStringAsync($"/admin/users/{officer.Id}")), Does.Contain("Two-factor sign-in: on"));

        var reset = await AccountPages.PostAsync(admin, $"/admin/users/{officer.Id}", $"/admin/users/{officer.Id}/reset-two-factor", []);

        Assert.That(reset.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await reset.ExplainAsync());
        Assert.That(WebUtility.HtmlDecode(await admin.GetStringAsync($"/admin/users/{officer.Id}")), Does.Contain("Two-factor sign-in: off"));
        Assert.That((await browser.GetAsync("/delegation")).Headers.Location?.ToString(), Does.Contain("/account/login"), "signed out everywhere");
        Assert.That((await SignInPage.SignInAsync(App.Anonymous(), officer.Email, MeetingsApp.UserPassword)).Headers.Location?.ToString(), Is.EqualTo("/"), "the password alone again");
        var audit = await App.WithDbAsync(db => db.AuditEntries.Where(a => a.Request == "ResetTwoFactor").Select(a => new { a.UserName, a.Entities }).ToListAsync());
        Assert.That(audit.Select(a => (a.UserName, a.Entities.Contains($"MeetingsUser:{officer.Id}", StringComparison.Ordinal))), Does.Contain((MeetingsApp.AdminEmail, true)));
    }

    [Test]
    public async Task The_secretariat_cannot_reset_anyones_two_factor_sign_in()
    {
        var officer = await App.UserAsync(Roles.Secretariat);
        var delegate_ = await App.UserAsync(Roles.Delegation, "FR");
        var browser = App.Anonymous();
        await SignInPage.SignInAsync(browser, officer.Email, MeetingsApp.UserPassword);

        var refused = await AccountPages.PostAsync(browser, $"/admin/users/{delegate_.Id}", $"/admin/users/{delegate_.Id}/reset-two-factor", []);

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    /// <summary>The fixture's own way in for the API calls: this administrator's token needs the code.</summary>
    private async Task<string> AdministratorTokenAsync()
    {
        var response = await App.Anonymous().PostAsJsonAsync("/api/auth/login", new { email = MeetingsApp.AdminEmail, password = MeetingsApp.AdminPassword, code = Totp.Code(_adminKey) });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.ExplainAsync());
        return (await response.ReadAsync<TokenResponse>()).AccessToken;
    }
}
