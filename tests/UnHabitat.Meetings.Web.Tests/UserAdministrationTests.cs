using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Documents;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Web.Tests.Support;

namespace UnHabitat.Meetings.Web.Tests;

/// <summary>
/// Administrators manage people in the pages (issue 14): invitations by e-mail whose link sets the password
/// once, roles, deactivation that shuts a person out at once, unblocking; the Secretariat invites delegations.
/// </summary>
[TestFixture]
[Category("Database")]
public sealed class UserAdministrationTests : AppFixture
{
    private const string NewPassword = "Officer-Password-2026";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Identity:MaxFailedAttempts"] = "3",
        ["Identity:FailureDelayMilliseconds"] = "0",
    };

    [Test]
    public async Task An_invited_officer_sets_a_password_from_the_link_signs_in_and_is_shut_out_at_once_when_deactivated()
    {
        var admin = await SignedInBrowserAsync(MeetingsApp.AdminEmail, MeetingsApp.AdminPassword);
        var email = $"officer.{Guid.NewGuid():N}@test.unhabitat.org";

        var invited = await AccountPages.PostAsync(admin, "/admin/users", "/admin/users/invite",
            [new("Invite.Email", email), new("Invite.DisplayName", "Ms. A. Officer"), new("Invite.Roles", Roles.Secretariat)]);
        Assert.That(invited.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await invited.ExplainAsync());
        Assert.That(await admin.GetStringAsync("/admin/users"), Does.Contain("Ms. A. Officer").And.Contain("Invited, no password yet"));

        var link = await AccountPages.EmailedLinkAsync(App, email, "/account/set-password");
        var officer = App.Anonymous();
        Assert.That(await officer.GetStringAsync(link), Does.Contain("Choose your password").And.Contain("At least 12 characters"));
        var set = await SetPasswordAsync(officer, link, NewPassword);
        Assert.That(set.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await set.ExplainAsync());

        var signedIn = await SignInPage.SignInAsync(officer, email, NewPassword);
        Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the officer signs in with the password they chose");
        Assert.That((await officer.GetAsync("/dashboard")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "and works as the Secretariat");
        var api = App.WithToken(await App.TokenAsync(email, NewPassword));
        Assert.That((await api.GetAsync("/api/users")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var again = await SetPasswordAsync(App.Anonymous(), link, "Another-Password-2026");
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "the link works once");
        Assert.That(WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()), Does.Contain("it has expired or was already used"));

        var id = await UserIdAsync(email);
        var deactivated = await AccountPages.PostAsync(admin, $"/admin/users/{id}", $"/admin/users/{id}/deactivate", []);
        Assert.That(deactivated.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await deactivated.ExplainAsync());

        var page = await officer.GetAsync("/dashboard");
        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the cookie stops working at once");
        Assert.That(page.Headers.Location?.ToString(), Does.Contain("/account/login"));
        Assert.That((await api.GetAsync("/api/users")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "and so does the earlier token");
        var refused = await SignInPage.SignInAsync(App.Anonymous(), email, NewPassword);
        Assert.That(WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), Does.Contain("The e-mail address or the password is not right."));
        var login = await App.Anonymous().PostAsJsonAsync("/api/auth/login", new { email, password = NewPassword });
        Assert.That(login.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));

        await AccountPages.PostAsync(admin, $"/admin/users/{id}", $"/admin/users/{id}/reactivate", []);
        Assert.That((await api.GetAsync("/api/users")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "a token from before stays dead after reactivation");
        Assert.That((await App.Anonymous().PostAsJsonAsync("/api/auth/login", new { email, password = NewPassword })).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task The_secretariat_invites_a_delegation_user_but_only_an_administrator_makes_an_officer()
    {
        var officer = await App.UserAsync(Roles.Secretariat);
        var browser = await SignedInBrowserAsync(officer.Email, MeetingsApp.UserPassword);
        var delegate_ = $"delegate.{Guid.NewGuid():N}@test.unhabitat.org";

        var refused = await AccountPages.PostAsync(browser, "/admin/users", "/admin/users/invite",
            [new("Invite.Email", $"x.{Guid.NewGuid():N}@test.unhabitat.org"), new("Invite.DisplayName", "Would-be officer"), new("Invite.Roles", Roles.Secretariat)]);
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), Does.Contain("Only an administrator gives or takes away the Secretariat role"));

        var noState = await AccountPages.PostAsync(browser, "/admin/users", "/admin/users/invite",
            [new("Invite.Email", delegate_), new("Invite.DisplayName", "Kenyan delegate"), new("Invite.Roles", Roles.Delegation)]);
        Assert.That(noState.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await noState.Content.ReadAsStringAsync(), Does.Contain("A Delegation user belongs to one Member State"));

        var invited = await AccountPages.PostAsync(browser, "/admin/users", "/admin/users/invite",
            [new("Invite.Email", delegate_), new("Invite.DisplayName", "Kenyan delegate"), new("Invite.Roles", Roles.Delegation), new("Invite.MemberState", "KEN")]);
        Assert.That(invited.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await invited.ExplainAsync());

        var kenya = await browser.GetStringAsync("/admin/users?Role=Delegation&MemberState=KE&Status=active");
        Assert.That(kenya, Does.Contain("Kenyan delegate").And.Not.Contain(officer.Email));
    }

    [Test]
    public async Task An_administrator_moves_a_delegate_to_another_state_and_the_earlier_token_stops_working()
    {
        var delegate_ = await App.UserAsync(Roles.Delegation, "KE");
        var admin = await SignedInBrowserAsync(MeetingsApp.AdminEmail, MeetingsApp.AdminPassword);

        var saved = await AccountPages.PostAsync(admin, $"/admin/users/{delegate_.Id}", $"/admin/users/{delegate_.Id}/roles",
            [new("Form.Roles", Roles.Delegation), new("Form.MemberState", "FR")]);

        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await saved.ExplainAsync());
        Assert.That((await delegate_.Client.GetAsync("/api/notifications")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await admin.GetStringAsync("/admin/users?MemberState=FR"), Does.Contain(delegate_.Email));
    }

    [Test]
    public async Task An_administrator_unblocks_an_account_before_the_block_runs_out()
    {
        var chair = await App.UserAsync(Roles.Chair);
        for (var i = 0; i < 3; i++)
        {
            await App.Anonymous().PostAsJsonAsync("/api/auth/login", new { email = chair.Email, password = $"Wrong-Password-{i}" });
        }

        var admin = await SignedInBrowserAsync(MeetingsApp.AdminEmail, MeetingsApp.AdminPassword);
        Assert.That(await admin.GetStringAsync($"/admin/users/{chair.Id}"), Does.Contain("Blocked after repeated failed sign-ins"));
        Assert.That((await App.Anonymous().PostAsJsonAsync("/api/auth/login", new { email = chair.Email, password = MeetingsApp.UserPassword })).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));

        var unblocked = await AccountPages.PostAsync(admin, $"/admin/users/{chair.Id}", $"/admin/users/{chair.Id}/unlock", []);

        Assert.That(unblocked.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await unblocked.ExplainAsync());
        Assert.That((await App.Anonymous().PostAsJsonAsync("/api/auth/login", new { email = chair.Email, password = MeetingsApp.UserPassword })).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task The_secretariat_cannot_deactivate_anyone()
    {
        var officer = await App.UserAsync(Roles.Secretariat);
        var delegate_ = await App.UserAsync(Roles.Delegation, "KE");
        var browser = await SignedInBrowserAsync(officer.Email, MeetingsApp.UserPassword);

        var refused = await AccountPages.PostAsync(browser, "/admin/users", $"/admin/users/{delegate_.Id}/deactivate", []);

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await delegate_.Client.GetAsync("/api/notifications")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task An_invitation_is_sent_again_with_a_new_link_until_the_password_is_chosen()
    {
        var admin = await SignedInBrowserAsync(MeetingsApp.AdminEmail, MeetingsApp.AdminPassword);
        var email = $"lost.{Guid.NewGuid():N}@test.unhabitat.org";
        await AccountPages.PostAsync(admin, "/admin/users", "/admin/users/invite",
            [new("Invite.Email", email), new("Invite.DisplayName", "Lost link"), new("Invite.Roles", Roles.Chair)]);
        var first = await AccountPages.EmailedLinkAsync(App, email, "/account/set-password");
        var id = await UserIdAsync(email);

        var resent = await AccountPages.PostAsync(admin, $"/admin/users/{id}", $"/admin/users/{id}/invitation", []);
        Assert.That(resent.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await resent.ExplainAsync());
        var second = await AccountPages.EmailedLinkAsync(App, email, "/account/set-password");
        Assert.That(second, Is.Not.EqualTo(first));
        Assert.That((await SetPasswordAsync(App.Anonymous(), second, NewPassword)).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        var once = await AccountPages.PostAsync(admin, $"/admin/users/{id}", $"/admin/users/{id}/invitation", []);
        Assert.That(once.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(WebUtility.HtmlDecode(await once.Content.ReadAsStringAsync()), Does.Contain("Lost link has already chosen a password"));
        Assert.That((await SetPasswordAsync(App.Anonymous(), first, NewPassword)).StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "the first link died with the password chosen");
    }

    [Test]
    public async Task An_administrator_cannot_change_their_own_roles()
    {
        var admin = await SignedInBrowserAsync(MeetingsApp.AdminEmail, MeetingsApp.AdminPassword);
        var id = await UserIdAsync(MeetingsApp.AdminEmail);

        var refused = await AccountPages.PostAsync(admin, $"/admin/users/{id}", $"/admin/users/{id}/roles", [new("Form.Roles", Roles.Chair)]);

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), Does.Contain("You cannot change your own roles"));
        Assert.That((await admin.GetAsync("/admin/users")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "and stays an administrator");
    }

    [Test]
    public async Task A_deactivated_delegate_is_no_longer_told_of_new_documents()
    {
        var officer = await App.UserAsync(Roles.Secretariat);
        var active = await App.UserAsync(Roles.Delegation, "KE");
        var gone = await App.UserAsync(Roles.Delegation, "FR");
        var body = (await Bodies.CreateBodyAsync(officer.Client)).Id;
        var meeting = (await MeetingApi.CreateMeetingAsync(officer.Client, body)).Id;
        foreach (var follower in new[] { active, gone })
        {
            (await follower.Client.PutAsJsonAsync("/api/me/subscriptions", new[] { new { bodyId = body } }, MeetingsApp.Json)).EnsureSuccessStatusCode();
        }

        var admin = await SignedInBrowserAsync(MeetingsApp.AdminEmail, MeetingsApp.AdminPassword);
        await AccountPages.PostAsync(admin, $"/admin/users/{gone.Id}", $"/admin/users/{gone.Id}/deactivate", []);
        var registered = await officer.Client.PostAsJsonAsync($"/api/meetings/{meeting}/documents", new { title = "Report of the Executive Director", category = "Report", distribution = "General" }, MeetingsApp.Json);
        var document = (await registered.ReadAsync<DocumentDto>()).Id;
        (await officer.Client.PutAsync($"/api/documents/{document}/files/en", Files.Form(Files.Pdf(), "report.pdf"))).EnsureSuccessStatusCode();
        var published = await MeetingApi.VersionedPostAsync(officer.Client, $"/api/documents/{document}/publish", new { lateJustification = "Late for the test." });
        Assert.That(published.StatusCode, Is.EqualTo(HttpStatusCode.OK), await published.ExplainAsync());

        var mailed = await App.WithDbAsync(db => db.EmailOutbox.Where(e => e.To == active.Email || e.To == gone.Email).Select(e => e.To).ToListAsync());
        Assert.That(mailed, Is.EqualTo(new[] { active.Email }));
    }

    [Test]
    public async Task An_expired_invitation_link_is_refused()
    {
        var (database, app) = await MeetingsApp.StartAsync(new Dictionary<string, string?> { ["Identity:InvitationDays"] = "0" });
        try
        {
            var email = $"late.{Guid.NewGuid():N}@test.unhabitat.org";
            var browser = app.Anonymous();
            await SignInPage.SignInAsync(browser, MeetingsApp.AdminEmail, MeetingsApp.AdminPassword);
            await AccountPages.PostAsync(browser, "/admin/users", "/admin/users/invite",
                [new("Invite.Email", email), new("Invite.DisplayName", "Late comer"), new("Invite.Roles", Roles.Chair)]);
            var link = await AccountPages.EmailedLinkAsync(app, email, "/account/set-password");

            var late = await SetPasswordAsync(app.Anonymous(), link, NewPassword);

            Assert.That(late.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(WebUtility.HtmlDecode(await late.Content.ReadAsStringAsync()), Does.Contain("it has expired or was already used. Ask the Secretariat to invite you again."));
        }
        finally
        {
            await app.DisposeAsync();
            await database.DisposeAsync();
        }
    }

    private static async Task<HttpResponseMessage> SetPasswordAsync(HttpClient browser, string link, string password)
    {
        var (email, token) = AccountPages.Query(link);
        return await AccountPages.PostAsync(browser, link, "/account/set-password", [new("Email", email), new("Token", token), new("NewPassword", password)]);
    }

    private async Task<HttpClient> SignedInBrowserAsync(string email, string password)
    {
        var browser = App.Anonymous();
        var response = await SignInPage.SignInAsync(browser, email, password);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), $"{email} signs in");
        return browser;
    }

    private async Task<Guid> UserIdAsync(string email)
    {
        var users = await (await App.AdministratorAsync()).GetAsync("/api/users");
        return (await users.ReadAsync<List<UserAccount>>()).Single(u => u.Email == email).Id;
    }
}
