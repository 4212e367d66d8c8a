using System.Net;
using System.Net.Http.Json;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Web.Tests.Support;

namespace UnHabitat.Meetings.Web.Tests;

/// <summary>
/// People get back in by themselves (issue 14): a link by e-mail to choose a new password, which works once
/// and for a limited time, and signs them out everywhere else; the answer never tells who has an account.
/// </summary>
[TestFixture]
[Category("Database")]
public sealed class PasswordResetTests : AppFixture
{
    private const string NewPassword = "Delegate-Password-2027";

    [Test]
    public async Task A_delegate_who_forgot_the_password_chooses_a_new_one_from_the_emailed_link_and_other_sessions_end()
    {
        var delegate_ = await App.UserAsync(Roles.Delegation, "KE");
        var browser = App.Anonymous();
        Assert.That(await browser.GetStringAsync("/account/login"), Does.Contain("href=\"/account/forgot-password\""));

        var asked = await AccountPages.PostAsync(browser, "/account/forgot-password", "/account/forgot-password", [new("Email", delegate_.Email)]);
        Assert.That(asked.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await asked.ExplainAsync());
        Assert.That(WebUtility.HtmlDecode(await browser.GetStringAsync(asked.Headers.Location!.ToString())), Does.Contain("If this address has an account, an e-mail"));

        var link = await AccountPages.EmailedLinkAsync(App, delegate_.Email, "/account/reset-password");
        Assert.That(await browser.GetStringAsync(link), Does.Contain("Choose a new password"));
        var (email, token) = AccountPages.Query(link);
        var reset = await AccountPages.PostAsync(browser, link, "/account/reset-password", [new("Email", email), new("Token", token), new("NewPassword", NewPassword)]);
        Assert.That(reset.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await reset.ExplainAsync());

        Assert.That((await delegate_.Client.GetAsync("/api/notifications")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "the token held before the reset stops working");
        Assert.That((await SignInPage.SignInAsync(App.Anonymous(), delegate_.Email, MeetingsApp.UserPassword)).StatusCode, Is.EqualTo(HttpStatusCode.OK), "the old password is refused");
        Assert.That((await SignInPage.SignInAsync(App.Anonymous(), delegate_.Email, NewPassword)).StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the new one works");

        var again = await AccountPages.PostAsync(App.Anonymous(), link, "/account/reset-password", [new("Email", email), new("Token", token), new("NewPassword", "Yet-Another-Password-2027")]);
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "the link works once");
        Assert.That(WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()), Does.Contain("it has expired or was already used"));
    }

    [Test]
    public async Task The_api_answers_202_with_the_same_body_for_a_known_and_an_unknown_address()
    {
        var known = await App.UserAsync(Roles.Secretariat);
        var unknown = $"nobody.{Guid.NewGuid():N}@test.unhabitat.org";

        var forKnown = await App.Anonymous().PostAsJsonAsync("/api/auth/password-reset", new { email = known.Email });
        var forUnknown = await App.Anonymous().PostAsJsonAsync("/api/auth/password-reset", new { email = unknown });

        Assert.That(forKnown.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(forUnknown.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(await forUnknown.Content.ReadAsStringAsync(), Is.EqualTo(await forKnown.Content.ReadAsStringAsync()));
        Assert.That(await App.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.EmailOutbox, e => e.To == unknown)), Is.Zero);
    }

    [Test]
    public async Task The_api_confirms_a_reset_once_and_refuses_the_link_afterwards()
    {
        var chair = await App.UserAsync(Roles.Chair);
        await App.Anonymous().PostAsJsonAsync("/api/auth/password-reset", new { email = chair.Email });
        var (email, token) = AccountPages.Query(await AccountPages.EmailedLinkAsync(App, chair.Email, "/account/reset-password"));

        var weak = await App.Anonymous().PostAsJsonAsync("/api/auth/password-reset/confirm", new { email, token, newPassword = "short" });
        var confirmed = await App.Anonymous().PostAsJsonAsync("/api/auth/password-reset/confirm", new { email, token, newPassword = NewPassword });
        var reused = await App.Anonymous().PostAsJsonAsync("/api/auth/password-reset/confirm", new { email, token, newPassword = "Other-Password-2027" });

        Assert.That(weak.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await weak.ProblemAsync()).Errors.Keys, Does.Contain("newPassword"), await weak.ExplainAsync());
        Assert.That(confirmed.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await confirmed.ExplainAsync());
        Assert.That(reused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await reused.ProblemAsync()).Errors["token"][0], Does.Contain("it has expired or was already used"));
        Assert.That(await App.TokenAsync(chair.Email, NewPassword), Is.Not.Empty);
    }

    [Test]
    public async Task An_expired_reset_link_is_refused()
    {
        var (database, app) = await MeetingsApp.StartAsync(new Dictionary<string, string?> { ["Identity:ResetLinkMinutes"] = "0" });
        try
        {
            var chair = await app.UserAsync(Roles.Chair);
            await app.Anonymous().PostAsJsonAsync("/api/auth/password-reset", new { email = chair.Email });
            var (email, token) = AccountPages.Query(await AccountPages.EmailedLinkAsync(app, chair.Email, "/account/reset-password"));

            var late = await app.Anonymous().PostAsJsonAsync("/api/auth/password-reset/confirm", new { email, token, newPassword = NewPassword });

            Assert.That(late.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(await app.TokenAsync(chair.Email, MeetingsApp.UserPassword), Is.Not.Empty, "the password stays as it was");
        }
        finally
        {
            await app.DisposeAsync();
            await database.DisposeAsync();
        }
    }
}
