using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Testing;
using UnHabitat.Meetings.Web.Security;
using UnHabitat.Meetings.Web.Tests.Support;

namespace UnHabitat.Meetings.Web.Tests;

/// <summary>
/// Single sign-on with the organisation's identity provider (issue 14 point 5, ADR 020), end to end over real
/// sockets: the application on Kestrel, a small OpenID Connect issuer the test runs on 127.0.0.1, and a client
/// that follows every redirect with its own cookies, as a browser does. The person is matched by the verified
/// e-mail address to an invited account; the role is the one given here, never the issuer's.
/// </summary>
[TestFixture]
[Category("Database")]
public sealed partial class SingleSignOnTests
{
    private const string Provider = "UN-Habitat Test Directory";

    private TestIssuer _issuer = null!;
    private TestDatabase _database = null!;
    private MeetingsApp _app = null!;
    private Uri _address = null!;
    private HttpClient _admin = null!;

    [OneTimeSetUp]
    public async Task StartIssuerAndApplication()
    {
        _issuer = await TestIssuer.StartAsync();
        var port = SmtpListener.FreePort();
        _address = new Uri($"http://127.0.0.1:{port}/");
        _database = await TestDatabase.CreateAsync();
        _app = new MeetingsApp(_database, new Dictionary<string, string?>
        {
            ["App:PublicUrl"] = $"http://127.0.0.1:{port}",
            ["Authentication:OpenIdConnect:Authority"] = _issuer.Authority,
            ["Authentication:OpenIdConnect:ClientId"] = TestIssuer.ClientId,
            ["Authentication:OpenIdConnect:ClientSecret"] = TestIssuer.ClientSecret,
            ["Authentication:OpenIdConnect:DisplayName"] = Provider,
        });
        _app.UseKestrel(port);
        _app.StartServer();
        _app.ServerAddress = _address;
        _admin = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = _address };
        var signedIn = await SignInPage.SignInAsync(_admin, MeetingsApp.AdminEmail, MeetingsApp.AdminPassword);
        Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await signedIn.ExplainAsync());
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _admin.Dispose();
        await _app.DisposeAsync();
        await _database.DisposeAsync();
        await _issuer.DisposeAsync();
    }

    [SetUp]
    public void NoFault() => _issuer.Fault = IdTokenFault.None;

    [Test]
    public async Task An_invited_officer_signs_in_with_the_identity_provider_and_lands_on_the_Secretariat_dashboard_with_no_role_from_the_issuer()
    {
        var email = await InviteAsync(Roles.Secretariat);
        using var browser = Browser();

        var login = await browser.GetStringAsync("/account/login");
        Assert.That(login, Does.Contain($"Sign in with {Provider}"));
        var landed = await SignInWithProviderAsync(browser, email);

        Assert.That(landed.RequestMessage!.RequestUri!.AbsolutePath, Is.EqualTo("/dashboard"), "the Secretariat's start page, signed in without ever choosing a password");
        Assert.That(landed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(_issuer.LastAuthorization["response_type"], Is.EqualTo("code"), "the authorization code flow");
        Assert.That(_issuer.LastAuthorization["code_challenge_method"], Is.EqualTo("S256"), "with PKCE");
        Assert.That(_issuer.LastAuthorization["redirect_uri"], Is.EqualTo($"{_address}signin-oidc"), "back to App:PublicUrl");
        Assert.That(_issuer.CodesRedeemedWithPkce, Is.Positive, "the code was exchanged with its verifier");

        var audit = await browser.GetAsync("/admin/audit");
        Assert.That(audit.RequestMessage!.RequestUri!.AbsolutePath, Is.EqualTo("/account/denied"), "the issuer's Administrator claim grants nothing here");
        Assert.That(await AuditedAsync(email), Does.Contain(SignInOutcomes.SingleSignOn));
    }

    [Test]
    public async Task A_delegate_signed_in_with_the_identity_provider_lands_on_the_delegation_page_and_not_on_the_Secretariat_s()
    {
        var email = await InviteAsync(Roles.Delegation, "KE");
        using var browser = Browser();

        var landed = await SignInWithProviderAsync(browser, email);

        Assert.That(landed.RequestMessage!.RequestUri!.AbsolutePath, Is.EqualTo("/delegation"), "the delegations' start page");
        Assert.That((await browser.GetAsync("/dashboard")).RequestMessage!.RequestUri!.AbsolutePath, Is.EqualTo("/account/denied"));
    }

    [Test]
    public async Task An_unknown_address_is_refused_with_a_page_saying_accounts_are_by_invitation_and_the_attempt_is_audited()
    {
        var email = $"stranger.{Guid.NewGuid():N}@test.unhabitat.org";
        using var browser = Browser();

        var refused = await SignInWithProviderAsync(browser, email);

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await TextAsync(refused), Does.Contain($"There is no account here for {email}. Accounts are opened by invitation"));
        await AssertSignedOutAsync(browser);
        Assert.That(await AuditedAsync(email), Does.Contain(SignInOutcomes.SingleSignOnUnknownAddress));
    }

    [Test]
    public async Task A_deactivated_officer_is_shut_out_at_once_and_refused_at_the_next_single_sign_on()
    {
        var email = await InviteAsync(Roles.Secretariat);
        using var browser = Browser();
        var landed = await SignInWithProviderAsync(browser, email);
        Assert.That(landed.RequestMessage!.RequestUri!.AbsolutePath, Is.EqualTo("/dashboard"));

        var id = await UserIdAsync(email);
        var deactivated = await AccountPages.PostAsync(_admin, $"/admin/users/{id}", $"/admin/users/{id}/deactivate", []);
        Assert.That(deactivated.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await deactivated.ExplainAsync());

        await AssertSignedOutAsync(browser);
        var refused = await SignInWithProviderAsync(browser, email);
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await TextAsync(refused), Does.Contain($"The account for {email} is deactivated. Ask an administrator to reactivate it."));
        await AssertSignedOutAsync(browser);
        Assert.That(await AuditedAsync(email), Does.Contain(SignInOutcomes.SingleSignOnDeactivated));
    }

    [Test]
    public async Task An_address_the_provider_does_not_say_is_verified_is_not_matched_to_an_account()
    {
        var email = await InviteAsync(Roles.Secretariat);
        using var browser = Browser();

        var refused = await SignInWithProviderAsync(browser, email, verified: false);

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await TextAsync(refused), Does.Contain($"did not confirm that {email} is a verified address of yours"));
        await AssertSignedOutAsync(browser);
        Assert.That(await AuditedAsync(email), Does.Contain(SignInOutcomes.SingleSignOnUnverifiedAddress));
    }

    [TestCase(IdTokenFault.WrongSignature)]
    [TestCase(IdTokenFault.WrongAudience)]
    [TestCase(IdTokenFault.WrongNonce)]
    public async Task An_id_token_that_cannot_be_trusted_signs_nobody_in(IdTokenFault fault)
    {
        var email = await InviteAsync(Roles.Secretariat);
        var failuresBefore = await FailuresAsync();
        _issuer.Fault = fault;
        using var browser = Browser();

        var refused = await SignInWithProviderAsync(browser, email);

        Assert.That(refused.RequestMessage!.RequestUri!.AbsolutePath, Is.EqualTo(SingleSignOnSetup.RefusedPath));
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "a page, not an error of the server");
        Assert.That(await TextAsync(refused), Does.Contain($"The sign-in with {Provider} could not be completed: its answer could not be checked, so nobody was signed in."));
        await AssertSignedOutAsync(browser);
        Assert.That(await AuditedAsync(email), Does.Not.Contain(SignInOutcomes.SingleSignOn));
        Assert.That(await FailuresAsync(), Is.EqualTo(failuresBefore + 1), "the refused answer is in the audit log");
    }

    [Test]
    public async Task Turning_back_at_the_provider_signs_nobody_in()
    {
        using var browser = Browser();
        _issuer.NextUser = null;

        var login = await browser.GetStringAsync("/account/login");
        var refused = await browser.GetAsync(WebUtility.HtmlDecode(ProviderLink().Match(login).Groups[1].Value));

        Assert.That(refused.RequestMessage!.RequestUri!.AbsolutePath, Is.EqualTo(SingleSignOnSetup.RefusedPath));
        await AssertSignedOutAsync(browser);
    }

    /// <summary>A browser of its own: cookies kept, every redirect followed, between the application and the issuer.</summary>
    private HttpClient Browser() =>
        new(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = true, MaxAutomaticRedirections = 20 }) { BaseAddress = _address };

    /// <summary>Presses "Sign in with …" on the sign-in page; the issuer approves <paramref name="email"/> at once.</summary>
    private async Task<HttpResponseMessage> SignInWithProviderAsync(HttpClient browser, string email, bool verified = true)
    {
        _issuer.NextUser = new IssuerUser(email, verified);
        var login = await browser.GetStringAsync("/account/login");
        var link = ProviderLink().Match(login);
        Assert.That(link.Success, Is.True, "the sign-in page has the button");
        return await browser.GetAsync(WebUtility.HtmlDecode(link.Groups[1].Value));
    }

    private static async Task AssertSignedOutAsync(HttpClient browser)
    {
        var page = await browser.GetAsync("/dashboard");
        Assert.That(page.RequestMessage!.RequestUri!.AbsolutePath, Is.EqualTo("/account/login"), "not signed in");
    }

    private async Task<string> InviteAsync(string role, string? memberState = null)
    {
        var email = $"{role.ToLowerInvariant()}.{Guid.NewGuid():N}@test.unhabitat.org";
        var fields = new List<KeyValuePair<string, string>> { new("Invite.Email", email), new("Invite.DisplayName", $"Invited {role}"), new("Invite.Roles", role) };
        if (memberState is not null)
        {
            fields.Add(new("Invite.MemberState", memberState));
        }

        var invited = await AccountPages.PostAsync(_admin, "/admin/users", "/admin/users/invite", fields);
        Assert.That(invited.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await invited.ExplainAsync());
        return email;
    }

    private async Task<Guid> UserIdAsync(string email)
    {
        var users = await (await _app.AdministratorAsync()).GetAsync("/api/users");
        return (await users.ReadAsync<List<UserAccount>>()).Single(u => u.Email == email).Id;
    }

    private async Task<List<string>> AuditedAsync(string email) =>
        await _app.WithDbAsync(db => db.AuditEntries.Where(a => a.UserName == email).Select(a => a.Request).ToListAsync());

    private async Task<int> FailuresAsync() =>
        await _app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Request == SignInOutcomes.SingleSignOnFailed));

    private static async Task<string> TextAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    [GeneratedRegex("<a [^>]*href=\"([^\"]+)\"[^>]*>Sign in with UN-Habitat Test Directory</a>")]
    private static partial Regex ProviderLink();
}

/// <summary>Without the Authentication:OpenIdConnect settings there is no single sign-on at all.</summary>
[TestFixture]
[Category("Database")]
public sealed class SingleSignOnOffTests : AppFixture
{
    [Test]
    public async Task Without_settings_the_sign_in_page_has_no_provider_button_and_the_single_sign_on_routes_are_404()
    {
        var anonymous = App.Anonymous();
        Assert.That(await anonymous.GetStringAsync("/account/login"), Does.Not.Contain("Sign in with"));
        foreach (var path in new[] { "/account/sso", "/account/sso/done", "/account/sso/refused" })
        {
            Assert.That((await anonymous.GetAsync(path)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound), path);
        }

        var browser = App.Anonymous();
        await SignInPage.SignInAsync(browser, MeetingsApp.AdminEmail, MeetingsApp.AdminPassword);
        var callback = await browser.GetAsync("/signin-oidc?code=anything&state=anything");
        Assert.That(callback.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "no handler answers the provider's callback");
        var anonymousCallback = await anonymous.GetAsync("/signin-oidc?code=anything&state=anything");
        Assert.That(anonymousCallback.Headers.Location?.ToString(), Does.Contain("/account/login"), "signed out, the callback is an unknown page like any other");
    }
}

/// <summary>An identity provider that cannot be reached.</summary>
[TestFixture]
[Category("Database")]
public sealed class SingleSignOnUnreachableTests : AppFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Authentication:OpenIdConnect:Authority"] = $"http://127.0.0.1:{SmtpListener.FreePort()}",
        ["Authentication:OpenIdConnect:ClientId"] = TestIssuer.ClientId,
        ["Authentication:OpenIdConnect:DisplayName"] = "the UN directory",
    };

    [Test]
    public async Task A_provider_that_cannot_be_reached_gets_a_page_saying_so_and_not_a_server_error()
    {
        var browser = App.Anonymous();
        Assert.That(await browser.GetStringAsync("/account/login"), Does.Contain("Sign in with the UN directory"));

        var page = await browser.GetAsync("/account/sso");

        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()), Does.Contain("The sign-in with the UN directory cannot be reached just now. Try again in a moment, or sign in with your e-mail address and password."));
    }
}
