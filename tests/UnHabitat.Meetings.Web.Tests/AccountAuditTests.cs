using System.Net;
using System.Net.Http.Json;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Web.Tests.Support;

namespace UnHabitat.Meetings.Web.Tests;

/// <summary>
/// Sign-ins, failed sign-ins and blocks are in the audit log, and administrators read the log on a page with
/// filters (issue 14 point 6); nobody else opens it.
/// </summary>
[TestFixture]
[Category("Database")]
public sealed class AccountAuditTests : AppFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Identity:MaxFailedAttempts"] = "3",
        ["Identity:FailureDelayMilliseconds"] = "0",
    };

    [Test]
    public async Task Failed_and_successful_sign_ins_and_the_block_appear_on_the_audit_page_for_that_person_without_the_password()
    {
        var officer = await App.UserAsync(Roles.Secretariat);
        const string wrong = "Not-The-Password-2026";

        var failed = await SignInPage.SignInAsync(App.Anonymous(), officer.Email, wrong);
        Assert.That(failed.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the form is shown again with the refusal");
        var signedIn = await App.Anonymous().PostAsJsonAsync("/api/auth/login", new { email = officer.Email, password = MeetingsApp.UserPassword });
        Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        for (var i = 0; i < 3; i++)
        {
            await App.Anonymous().PostAsJsonAsync("/api/auth/login", new { email = officer.Email, password = wrong });
        }

        var admin = await AdminBrowserAsync();
        var page = await PageAsync(admin, $"/admin/audit?Who={Uri.EscapeDataString(officer.Email)}");

        Assert.That(page, Does.Contain(">SignInFailed<"), "the wrong password");
        Assert.That(page, Does.Contain(">SignIn<"), "the right one");
        Assert.That(page, Does.Contain(">SignInFailedAndAccountBlocked<"), "the third failure in a row blocks the account");
        Assert.That(page, Does.Contain($"MeetingsUser:{officer.Id}"));
        Assert.That(page, Does.Not.Contain(wrong).And.Not.Contain(MeetingsApp.UserPassword), "never a password");
        Assert.That(await PageAsync(admin, $"/admin/audit?Who={Uri.EscapeDataString(officer.Email)}&What=SignInFailedAndAccountBlocked"), Does.Not.Contain(">SignIn<"), "the filter by what");
    }

    [Test]
    public async Task A_sign_in_with_an_unknown_address_is_logged_and_answered_like_any_other_refusal()
    {
        var unknown = $"nobody.{Guid.NewGuid():N}@test.unhabitat.org";
        var known = await App.UserAsync(Roles.Chair);

        var forUnknown = await App.Anonymous().PostAsJsonAsync("/api/auth/login", new { email = unknown, password = "Whatever-Password-1" });
        var forKnown = await App.Anonymous().PostAsJsonAsync("/api/auth/login", new { email = known.Email, password = "Whatever-Password-1" });

        Assert.That(forUnknown.StatusCode, Is.EqualTo(forKnown.StatusCode));
        Assert.That((await forUnknown.JsonAsync()).GetProperty("detail").GetString(), Is.EqualTo((await forKnown.JsonAsync()).GetProperty("detail").GetString()));
        var page = await PageAsync(await AdminBrowserAsync(), $"/admin/audit?Who={Uri.EscapeDataString(unknown)}");
        Assert.That(page, Does.Contain(unknown).And.Contain(">SignInFailedUnknownAddress<"));
    }

    [Test]
    public async Task A_deactivation_by_an_administrator_is_on_the_page_with_who_did_it_and_to_whom()
    {
        var delegate_ = await App.UserAsync(Roles.Delegation, "KE");
        var admin = await AdminBrowserAsync();

        var deactivated = await AccountPages.PostAsync(admin, $"/admin/users/{delegate_.Id}", $"/admin/users/{delegate_.Id}/deactivate", []);
        Assert.That(deactivated.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await deactivated.ExplainAsync());

        var page = await PageAsync(admin, $"/admin/audit?Who={Uri.EscapeDataString(MeetingsApp.AdminEmail)}&What=DeactivateUser");
        Assert.That(page, Does.Contain(">DeactivateUser<").And.Contain($"MeetingsUser:{delegate_.Id}").And.Contain(MeetingsApp.AdminEmail));
        Assert.That(page, Does.Contain(DateTimeOffset.UtcNow.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)), "and when");
        Assert.That(await PageAsync(admin, "/admin/users"), Does.Contain("href=\"/admin/audit\""), "the users' page leads to it");
    }

    [Test]
    public async Task The_secretariat_and_a_delegation_cannot_open_the_audit_log()
    {
        foreach (var (role, memberState) in new[] { (Roles.Secretariat, (string?)null), (Roles.Delegation, "KE") })
        {
            var user = await App.UserAsync(role, memberState);
            var browser = App.Anonymous();
            Assert.That((await SignInPage.SignInAsync(browser, user.Email, MeetingsApp.UserPassword)).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

            var page = await browser.GetAsync("/admin/audit");

            Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), role);
            Assert.That(page.Headers.Location?.ToString(), Does.Contain("/account/denied"), role);
        }
    }

    [Test]
    public async Task The_filter_by_meeting_narrows_the_list_to_that_meeting()
    {
        var officer = await App.UserAsync(Roles.Secretariat);
        var body = await Bodies.CreateAsync(officer.Client);
        var bodyId = body.GetProperty("id").GetGuid();
        var first = (await MeetingApi.CreateAsync(officer.Client, bodyId)).GetProperty("id").GetGuid();
        var second = (await MeetingApi.CreateAsync(officer.Client, bodyId)).GetProperty("id").GetGuid();
        var admin = await AdminBrowserAsync();

        var everything = await PageAsync(admin, $"/admin/audit?Who={Uri.EscapeDataString(officer.Email)}");
        Assert.That(everything, Does.Contain($"Meeting:{first}").And.Contain($"Meeting:{second}"));

        var narrowed = await PageAsync(admin, $"/admin/audit?Meeting={first}");
        Assert.That(narrowed, Does.Contain($"Meeting:{first}").And.Not.Contain($"Meeting:{second}").And.Not.Contain($"Body:{bodyId};"));
    }

    private async Task<HttpClient> AdminBrowserAsync()
    {
        var browser = App.Anonymous();
        Assert.That((await SignInPage.SignInAsync(browser, MeetingsApp.AdminEmail, MeetingsApp.AdminPassword)).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        return browser;
    }

    private static async Task<string> PageAsync(HttpClient browser, string path)
    {
        var response = await browser.GetAsync(path);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.ExplainAsync());
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
