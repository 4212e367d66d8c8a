using System.Net;
using Microsoft.Extensions.DependencyInjection;
using System.Net.Http.Json;
using System.Text.Json;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Reference;
using UnHabitat.Meetings.Testing;
using UnHabitat.Meetings.Web.Tests.Support;

namespace UnHabitat.Meetings.Web.Tests;

/// <summary>Health, API description, reference data, the sign-in page and the headers of every page.</summary>
[TestFixture]
[Category("Database")]
public sealed class OperationsTests : AppFixture
{
    [TestCase("/health/live")]
    [TestCase("/health/ready")]
    public async Task Health_answers_without_signing_in(string path)
    {
        var response = await App.Anonymous().GetAsync(path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("Healthy"));
    }

    [Test]
    public void Readiness_covers_theDatabase_the_deadline_scheduler_and_the_pdf_renderer()
    {
        var checks = App.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckServiceOptions>>().Value.Registrations;

        var ready = checks.Where(c => c.Tags.Contains("ready")).Select(c => c.Name).ToList();

        Assert.That(ready, Has.Member("database"));
        Assert.That(ready, Has.Member("jobs"), "the Hangfire server of this instance");
        Assert.That(ready.Count, Is.GreaterThanOrEqualTo(3), string.Join(", ", ready));
    }

    [Test]
    public async Task Readiness_fails_while_theDatabase_cannot_be_reached_and_liveness_does_not()
    {
        var (database, app) = await MeetingsApp.StartAsync();
        await using (app)
        {
            await database.MakeUnreachableAsync();

            var ready = await app.Anonymous().GetAsync("/health/ready");
            var live = await app.Anonymous().GetAsync("/health/live");

            Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(live.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        await database.DisposeAsync();
    }

    [Test]
    public async Task The_openapi_document_describes_the_api_and_the_browser_serves_it()
    {
        var document = await App.Anonymous().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();

        Assert.That(paths, Is.SupersetOf(new[] { "/api/auth/login", "/api/users", "/api/member-states", "/api/bodies", "/api/bodies/{id}", "/api/bodies/{id}/members" }));
        var docs = await App.Anonymous().GetAsync("/api/docs/index.html");
        Assert.That(docs.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Member_states_are_the_193_members_and_the_two_observers_with_their_groups()
    {
        var delegation = await App.UserAsync(Roles.Delegation, "KE");

        var states = await (await delegation.Client.GetAsync("/api/member-states")).ReadAsync<List<MemberState>>();

        Assert.That(states.Count(s => !s.IsObserver), Is.EqualTo(193));
        Assert.That(states.Where(s => s.IsObserver).Select(s => s.Code), Is.EquivalentTo(new[] { "PS", "VA" }));
        var kenya = states.Single(s => s.Code == "KE");
        Assert.That(kenya.Name, Is.EqualTo("Kenya"));
        Assert.That(kenya.Group, Is.EqualTo(RegionalGroup.African));
    }

    [Test]
    public async Task An_anonymous_visitor_of_a_page_is_sent_to_the_sign_in_page()
    {
        var response = await App.Anonymous().GetAsync("/");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location!.ToString(), Does.StartWith("http://localhost/account/login"));
    }

    [Test]
    public async Task Signing_in_through_the_page_opens_the_start_page()
    {
        var browser = App.Anonymous();

        var response = await SignInPage.SignInAsync(browser, MeetingsApp.AdminEmail, MeetingsApp.AdminPassword);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var home = await browser.GetAsync("/");
        Assert.That(home.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await home.Content.ReadAsStringAsync(), Does.Contain("Governing bodies").And.Contain("Sign out"));
    }

    [Test]
    public async Task A_wrong_password_on_the_page_says_so_next_to_the_form()
    {
        var response = await SignInPage.SignInAsync(App.Anonymous(), MeetingsApp.AdminEmail, "Not-The-Password-9");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("The e-mail address or the password is not right."));
    }

    [Test]
    public async Task A_sign_in_form_posted_without_its_anti_forgery_token_is_refused()
    {
        var browser = App.Anonymous();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = MeetingsApp.AdminEmail, ["Password"] = MeetingsApp.AdminPassword });

        var response = await browser.PostAsync("/account/login", form);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("UnHabitat.Meetings=", StringComparison.Ordinal)), Is.False);
    }

    [Test]
    public async Task Pages_carry_a_content_security_policy_without_inline_script_and_refuse_framing()
    {
        var response = await App.Anonymous().GetAsync("/account/login");

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.That(csp, Does.Contain("script-src 'self'").And.Contain("frame-ancestors 'none'").And.Not.Contain("unsafe-inline"));
        Assert.That(response.Headers.GetValues("X-Content-Type-Options").Single(), Is.EqualTo("nosniff"));
        Assert.That(response.Headers.GetValues("Referrer-Policy").Single(), Is.EqualTo("no-referrer"));
    }
}
