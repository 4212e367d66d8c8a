using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Web.Api;
using UnHabitat.Meetings.Web.Tests.Support;

namespace UnHabitat.Meetings.Web.Tests;

/// <summary>
/// Two-factor sign-in with an authenticator app (issue 14 point 4, ADR 019), offered to everyone: set up from
/// the person's own page, then a code after the password on the sign-in page and in the API's sign-in;
/// recovery codes that work once; wrong codes blocked like wrong passwords; all of it in the audit log. The
/// codes are computed here from the key the page shows, as an app would (RFC 6238).
/// </summary>
[TestFixture]
[Category("Database")]
public sealed class TwoFactorTests : AppFixture
{
    [Test]
    public async Task An_officer_sets_up_an_authenticator_app_and_then_signs_in_with_its_code_after_the_password()
    {
        var officer = await App.UserAsync(Roles.Secretariat);
        var browser = App.Anonymous();
        Assert.That((await SignInPage.SignInAsync(browser, officer.Email, MeetingsApp.UserPassword)).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        var key = await TwoFactorPages.StartAsync(browser);
        var page = WebUtility.HtmlDecode(await browser.GetStringAsync(TwoFactorPages.Page));
        Assert.That(page, Does.Contain($"otpauth://totp/UN-Habitat%20Meetings:{Uri.EscapeDataString(officer.Email)}?secret={key.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant()}"));

        var wrong = await AccountPages.PostAsync(browser, TwoFactorPages.Page, "/account/two-factor/enable", [new("Code", Totp.WrongCode(key))]);
        Assert.That(wrong.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), await wrong.ExplainAsync());
        Assert.That(WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync()), Does.Contain("This is not the code the app shows now"));
        var letters = await AccountPages.PostAsync(browser, TwoFactorPages.Page, "/account/two-factor/enable", [new("Code", "abc")]);
        Assert.That(WebUtility.HtmlDecode(await letters.Content.ReadAsStringAsync()), Does.Contain("The code is the six digits your authenticator app shows"));

        var enabled = await AccountPages.PostAsync(browser, TwoFactorPages.Page, "/account/two-factor/enable", [new("Code", Totp.Code(key))]);
        var shown = WebUtility.HtmlDecode(await enabled.Content.ReadAsStringAsync());
        Assert.That(enabled.StatusCode, Is.EqualTo(HttpStatusCode.OK), await enabled.ExplainAsync());
        Assert.That(shown, Does.Contain("Your recovery codes").And.Contain("They are shown only now"));
        Assert.That(WebUtility.HtmlDecode(await browser.GetStringAsync(TwoFactorPages.Page)), Does.Not.Contain("Your recovery codes").And.Contain("10 recovery codes left"),
            "the codes are shown once, and this session goes on");

        // Signing in again: the password alone does not let them in.
        var next = App.Anonymous();
        var first = await SignInPage.SignInAsync(next, officer.Email, MeetingsApp.UserPassword);
        Assert.That(first.Headers.Location?.ToString(), Is.EqualTo("/account/second-factor"));
        Assert.That((await next.GetAsync("/delegation")).Headers.Location?.ToString(), Does.Contain("/account/login"), "not signed in between the steps");
        var second = await AccountPages.PostAsync(next, "/account/second-factor", "/account/second-factor", [new("Code", Totp.Code(key))]);
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await second.ExplainAsync());
        Assert.That((await next.GetAsync("/delegation")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var audited = await AuditAsync(officer.Id);
        Assert.That(audited, Does.Contain("EnableTwoFactor").And.Contain("SignInPasswordAcceptedAwaitingSecondFactor").And.Contain("SignInWithSecondFactor"));
    }

    [Test]
    public async Task A_wrong_code_on_the_sign_in_page_is_refused_in_words_that_say_what_to_do()
    {
        var chair = await App.UserAsync(Roles.Chair);
        var (key, _) = await TwoFactorPages.SetUpAsync(await SignedInAsync(chair.Email));

        var refused = await TwoFactorPages.SignInAsync(App.Anonymous(), chair.Email, MeetingsApp.UserPassword, Totp.WrongCode(key));

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), Does.Contain("This code is not right").And.Contain("blocked for 15 minutes"));
        Assert.That(await AuditAsync(chair.Id), Does.Contain("SecondFactorFailed"));
    }

    [Test]
    public async Task A_recovery_code_signs_in_once_and_new_codes_replace_the_old_ones()
    {
        var delegate_ = await App.UserAsync(Roles.Delegation, "KE");
        var browser = await SignedInAsync(delegate_.Email);
        var (_, codes) = await TwoFactorPages.SetUpAsync(browser);
        Assert.That(codes, Has.Count.EqualTo(10));

        var used = await TwoFactorPages.SignInAsync(App.Anonymous(), delegate_.Email, MeetingsApp.UserPassword, codes[0].ToLowerInvariant());
        var again = await TwoFactorPages.SignInAsync(App.Anonymous(), delegate_.Email, MeetingsApp.UserPassword, codes[0]);
        Assert.That(used.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await used.ExplainAsync());
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "a recovery code works once");
        Assert.That(WebUtility.HtmlDecode(await browser.GetStringAsync(TwoFactorPages.Page)), Does.Contain("9 recovery codes left"));

        var renewed = await AccountPages.PostAsync(browser, TwoFactorPages.Page, "/account/two-factor/recovery-codes", []);
        Assert.That(WebUtility.HtmlDecode(await renewed.Content.ReadAsStringAsync()), Does.Contain("the earlier ones no longer work"));
        var old = await App.Anonymous().PostAsJsonAsync("/api/auth/login", new { email = delegate_.Email, password = MeetingsApp.UserPassword, code = codes[1] });
        Assert.That(old.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "the earlier codes stop working");

        Assert.That(await AuditAsync(delegate_.Id), Does.Contain("SignInWithRecoveryCode").And.Contain("NewRecoveryCodes"));
    }

    [Test]
    public async Task The_api_asks_a_two_factor_account_for_its_code_and_gives_a_token_with_it()
    {
        var officer = await App.UserAsync(Roles.Secretariat);
        var (key, _) = await TwoFactorPages.SetUpAsync(await SignedInAsync(officer.Email));

        var withoutCode = await App.Anonymous().PostAsJsonAsync("/api/auth/login", new { email = officer.Email, password = MeetingsApp.UserPassword });
        var withCode = await App.Anonymous().PostAsJsonAsync("/api/auth/login", new { email = officer.Email, password = MeetingsApp.UserPassword, code = Totp.Code(key) });
        var wrongPassword = await App.Anonymous().PostAsJsonAsync("/api/auth/login", new { email = officer.Email, password = "Not-The-Password-2026", code = Totp.Code(key) });

        Assert.That(withoutCode.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        var asked = await withoutCode.ProblemAsync();
        Assert.That(asked.Title, Is.EqualTo("Second factor needed"));
        Assert.That(asked.Detail, Does.Contain("\"code\""));
        Assert.That(withCode.StatusCode, Is.EqualTo(HttpStatusCode.OK), await withCode.ExplainAsync());
        var token = (await withCode.ReadAsync<TokenResponse>()).AccessToken;
        Assert.That((await App.WithToken(token).GetAsync("/api/notifications")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(wrongPassword.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await wrongPassword.ProblemAsync()).Title, Is.EqualTo("Sign-in refused"), "the code is asked only after the right password");

        var other = await App.UserAsync(Roles.Chair);
        Assert.That(await App.TokenAsync(other.Email, MeetingsApp.UserPassword), Is.Not.Empty, "accounts without two-factor sign-in send no code");
    }

    [Test]
    public async Task Wrong_codes_block_the_account_like_wrong_passwords_and_a_block_refuses_the_right_code()
    {
        var officer = await App.UserAsync(Roles.Secretariat);
        var (key, _) = await TwoFactorPages.SetUpAsync(await SignedInAsync(officer.Email));

        for (var attempt = 0; attempt < 5; attempt++)
        {
            var wrong = await App.Anonymous().PostAsJsonAsync("/api/auth/login", new { email = officer.Email, password = MeetingsApp.UserPassword, code = Totp.WrongCode(key) });
            Assert.That(wrong.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        }

        var right = await App.Anonymous().PostAsJsonAsync("/api/auth/login", new { email = officer.Email, password = MeetingsApp.UserPassword, code = Totp.Code(key) });
        Assert.That(right.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "blocked: even the right password and code are refused");
        var audited = await AuditAsync(officer.Id);
        Assert.That(audited, Does.Contain("SecondFactorFailedAndAccountBlocked"));
        Assert.That(audited.Count(a => a == "SecondFactorFailed"), Is.EqualTo(4));
    }

    [Test]
    public async Task Turning_two_factor_sign_in_off_lets_the_person_in_with_the_password_alone_and_is_audited()
    {
        var chair = await App.UserAsync(Roles.Chair);
        var browser = await SignedInAsync(chair.Email);
        await TwoFactorPages.SetUpAsync(browser);

        var off = await AccountPages.PostAsync(browser, TwoFactorPages.Page, "/account/two-factor/disable", []);

        Assert.That(off.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await off.ExplainAsync());
        Assert.That((await browser.GetAsync(TwoFactorPages.Page)).StatusCode, Is.EqualTo(HttpStatusCode.OK), "this session goes on");
        Assert.That((await SignInPage.SignInAsync(App.Anonymous(), chair.Email, MeetingsApp.UserPassword)).Headers.Location?.ToString(), Is.EqualTo("/"));
        Assert.That(await AuditAsync(chair.Id), Does.Contain("TurnOffTwoFactor"));
    }

    [Test]
    public async Task Someone_deactivated_between_the_password_and_the_code_is_not_let_in_by_the_code()
    {
        var officer = await App.UserAsync(Roles.Secretariat);
        var (key, _) = await TwoFactorPages.SetUpAsync(await SignedInAsync(officer.Email));
        var browser = App.Anonymous();
        Assert.That((await SignInPage.SignInAsync(browser, officer.Email, MeetingsApp.UserPassword)).Headers.Location?.ToString(), Is.EqualTo("/account/second-factor"));
        var form = await SignInPage.AntiforgeryTokenAsync(browser, "/account/second-factor");

        var admin = await SignedInAsync(MeetingsApp.AdminEmail, MeetingsApp.AdminPassword);
        var deactivated = await AccountPages.PostAsync(admin, $"/admin/users/{officer.Id}", $"/admin/users/{officer.Id}/deactivate", []);
        Assert.That(deactivated.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await deactivated.ExplainAsync());
        using var code = new FormUrlEncodedContent([new("Code", Totp.Code(key)), new("__RequestVerificationToken", form)]);
        var refused = await browser.PostAsync("/account/second-factor", code);

        Assert.That(refused.Headers.Location?.ToString(), Is.EqualTo("/account/login"));
        Assert.That((await browser.GetAsync("/delegation")).Headers.Location?.ToString(), Does.Contain("/account/login"));
    }

    private async Task<HttpClient> SignedInAsync(string email, string password = MeetingsApp.UserPassword)
    {
        var browser = App.Anonymous();
        var signedIn = await SignInPage.SignInAsync(browser, email, password);
        Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await signedIn.ExplainAsync());
        return browser;
    }

    private Task<List<string>> AuditAsync(Guid userId) =>
        App.WithDbAsync(db => db.AuditEntries.Where(a => a.UserId == userId).OrderBy(a => a.At).Select(a => a.Request).ToListAsync());
}
