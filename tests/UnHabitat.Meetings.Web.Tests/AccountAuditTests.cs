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
        Assert.That((await forUnknown.ProblemAsync()).Detail, Is.EqualTo((await forKnown.ProblemAsync()).Detail));
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
        var body = await Bodies.CreateBodyAsync(officer.Client);
        var bodyId = body.Id;
        var first = (await MeetingApi.CreateMeetingAsync(officer.Client, bodyId)).Id;
        var second = (await MeetingApi.CreateMeetingAsync(officer.Client, bodyId)).Id;
        var admin = await AdminBrowserAsync();

        var everything = await PageAsync(admin, $"/admin/audit?Who={Uri.EscapeDataString(officer.Email)}");
        Assert.That(everything, Does.Contain($"Meeting:{first}").And.Contain($"Meeting:{second}"));

        var narrowed = await PageAsync(admin, $"/admin/audit?Meeting={first}");
        Assert.That(narrowed, Does.Contain($"Meeting:{first}").And.Not.Contain($"Meeting:{second}").And.Not.Contain($"Body:{bodyId};"));
    }

    [Test]
    public async Task A_new_password_chosen_from_the_emailed_link_is_on_the_page_for_that_person()
    {
        var delegate_ = await App.UserAsync(Roles.Delegation, "KE");
        var browser = App.Anonymous();
        await AccountPages.PostAsync(browser, "/account/forgot-password", "/account/forgot-password", [new("Email", delegate_.Email)]);
        var link = await AccountPages.EmailedLinkAsync(App, delegate_.Email, "/account/reset-password");
        var (email, token) = AccountPages.Query(link);
        var reset = await AccountPages.PostAsync(browser, link, "/account/reset-password", [new("Email", email), new("Token", token), new("NewPassword", "Delegate-Password-2027")]);
        Assert.That(reset.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await reset.ExplainAsync());

        var page = await PageAsync(await AdminBrowserAsync(), $"/admin/audit?Who={Uri.EscapeDataString(delegate_.Email)}");

        Assert.That(page, Does.Contain(">ResetPassword<").And.Contain($"MeetingsUser:{delegate_.Id}"));
        Assert.That(page, Does.Not.Contain("Delegate-Password-2027"));
    }

    [Test]
    public async Task The_filter_by_meeting_title_finds_the_meetings_of_that_body()
    {
        var officer = await App.UserAsync(Roles.Secretariat);
        var name = $"Audit test committee {Guid.NewGuid().ToString("N")[..8]}";
        var body = await Bodies.CreateBodyAsync(officer.Client, new
        {
            name,
            shortName = "ATC-" + Guid.NewGuid().ToString("N")[..8],
            kind = "WorkingGroup",
            symbolPrefix = "HSP/EB",
            summaryStyle = "Numbered",
            attribution = "Anonymous",
            documentDeadlineDays = 7,
            chairUserIds = Array.Empty<Guid>(),
        });
        var meeting = (await MeetingApi.CreateMeetingAsync(officer.Client, body.Id)).Id;

        var page = await PageAsync(await AdminBrowserAsync(), $"/admin/audit?Meeting={Uri.EscapeDataString(name)}");

        Assert.That(page, Does.Contain($"Meeting:{meeting}").And.Contain(">CreateMeeting<"));
    }

    [Test]
    public async Task The_log_comes_fifty_entries_a_page_newest_first_with_older_and_newer_links()
    {
        var who = $"pager.{Guid.NewGuid():N}@test.unhabitat.org";
        var start = DateTimeOffset.UtcNow.AddMinutes(-100);
        await App.WithDbAsync(async db =>
        {
            for (var i = 0; i < 55; i++)
            {
                db.AuditEntries.Add(new Domain.Auditing.AuditEntry(Guid.NewGuid(), start.AddMinutes(i), null, who, $"Step{i:00}", ""));
            }

            return await db.SaveChangesAsync();
        });
        var admin = await AdminBrowserAsync();

        var first = await PageAsync(admin, $"/admin/audit?Who={Uri.EscapeDataString(who)}");
        Assert.That(first, Does.Contain(">Step54<").And.Contain(">Step05<").And.Not.Contain(">Step04<"));
        Assert.That(first.IndexOf(">Step54<", StringComparison.Ordinal), Is.LessThan(first.IndexOf(">Step53<", StringComparison.Ordinal)), "newest first");
        Assert.That(first, Does.Contain("Older entries").And.Not.Contain("Newer entries"));

        var second = await PageAsync(admin, $"/admin/audit?Who={Uri.EscapeDataString(who)}&Page=2");
        Assert.That(second, Does.Contain(">Step04<").And.Contain(">Step00<").And.Not.Contain(">Step05<"));
        Assert.That(second, Does.Contain("Newer entries").And.Not.Contain("Older entries"));

        var later = DateTimeOffset.UtcNow.AddDays(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(await PageAsync(admin, $"/admin/audit?Who={Uri.EscapeDataString(who)}&From={later}"), Does.Not.Contain(">Step"), "the filter by when");
        Assert.That(await PageAsync(admin, $"/admin/audit?Who={Uri.EscapeDataString(who)}&To={later}"), Does.Contain(">Step54<"));
    }

    [Test]
    public async Task A_period_that_ends_before_it_starts_or_an_unreadable_date_is_refused_on_the_page_in_plain_words()
    {
        var admin = await AdminBrowserAsync();

        var backwards = await admin.GetAsync("/admin/audit?From=2026-12-05&To=2026-12-01");
        Assert.That(backwards.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(WebUtility.HtmlDecode(await backwards.Content.ReadAsStringAsync()), Does.Contain("The end of the period comes after its start."));

        var unreadable = await admin.GetAsync("/admin/audit?From=yesterday");
        Assert.That(unreadable.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(WebUtility.HtmlDecode(await unreadable.Content.ReadAsStringAsync()), Does.Contain("Enter the date as year, month and day"));
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
