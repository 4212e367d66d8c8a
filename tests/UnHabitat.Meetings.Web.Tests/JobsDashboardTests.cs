using System.Net;
using System.Net.Http.Json;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using UnHabitat.Meetings.Application.Bodies;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Infrastructure.Deadlines;
using UnHabitat.Meetings.Web.Tests.Support;

namespace UnHabitat.Meetings.Web.Tests;

/// <summary>
/// Hangfire's dashboard at /jobs (ADR 018): behind the pages' sign-in, for administrators, and for the
/// Secretariat to look at without acting; the job server is part of the application's readiness.
/// </summary>
[TestFixture]
[Category("Database")]
public sealed class JobsDashboardTests
{
    [Test]
    public async Task The_jobs_page_sends_strangers_to_sign_in_refuses_delegations_and_lets_the_secretariat_look_without_acting()
    {
        var (database, app) = await MeetingsApp.StartAsync();
        await using (app)
        {
            // A meeting with a required document: its deadline and reminders wait on the schedule.
            var officer = await app.UserAsync(Roles.Secretariat);
            var body = (await Bodies.CreateBodyAsync(officer.Client)).Id;
            var start = DateTimeOffset.UtcNow.AddDays(12);
            var meeting = (await MeetingApi.CreateMeetingAsync(officer.Client, body, new
            {
                bodyId = body, startsAt = start, endsAt = start.AddHours(3), timeZone = "Africa/Nairobi", venue = "UNON", modality = "InPerson", chair = new { name = "Chair" },
            })).Id;
            (await officer.Client.PostAsJsonAsync($"/api/meetings/{meeting}/documents",
                new { title = "Draft work programme and budget", category = "Report", distribution = "General", originalLanguage = "en", required = true }, MeetingsApp.Json)).EnsureSuccessStatusCode();
            var delegation = await app.UserAsync(Roles.Delegation, "KE");

            var anonymous = await app.Anonymous().GetAsync("/jobs");
            var refused = await (await BrowserAsync(app, delegation.Email, MeetingsApp.UserPassword)).GetAsync("/jobs");
            var secretariat = await BrowserAsync(app, officer.Email, MeetingsApp.UserPassword);
            var admin = await BrowserAsync(app, MeetingsApp.AdminEmail, MeetingsApp.AdminPassword);
            var asSecretariat = await PageAsync(secretariat, "/jobs/jobs/scheduled");
            var asAdmin = await PageAsync(admin, "/jobs/jobs/scheduled");
            var users = await PageAsync(admin, "/admin/users");

            Assert.That(anonymous.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(anonymous.Headers.Location?.OriginalString, Does.Contain("/account/login"), "signed out: to the sign-in page");
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "a delegation may not look");
            Assert.That(asSecretariat, Does.Contain("DeadlineJob.RunAsync"), "the Secretariat sees the waiting deadline jobs");
            Assert.That(asAdmin, Does.Contain("DeadlineJob.RunAsync"));
            Assert.That(asAdmin, Does.Contain("js-jobs-list-command"), "the administrator may enqueue or delete them");
            Assert.That(asSecretariat, Does.Not.Contain("js-jobs-list-command"), "the Secretariat only looks");
            Assert.That(users, Does.Contain("href=\"/jobs\""), "linked from the administrators' pages");
        }

        await database.DisposeAsync();
    }

    [Test]
    public async Task The_application_is_not_ready_while_the_job_storage_does_not_know_its_job_server()
    {
        var (database, app) = await MeetingsApp.StartAsync();
        await using (app)
        {
            // The job server announces itself a moment after the start (on PostgreSQL through its tables): ready then.
            var ready = await app.Anonymous().GetAsync("/health/ready");
            for (var waited = 0; ready.StatusCode != HttpStatusCode.OK && waited < 100; waited++)
            {
                await Task.Delay(100);
                ready = await app.Anonymous().GetAsync("/health/ready");
            }

            // As when the storage declared the server dead (no heartbeat): until it announces itself again.
            var storage = app.Services.GetRequiredService<JobStorage>();
            var name = app.Services.GetRequiredService<JobServerName>().Value;
            var server = storage.GetMonitoringApi().Servers().Single(s => s.Name.StartsWith(name, StringComparison.OrdinalIgnoreCase));
            using (var connection = storage.GetConnection())
            {
                connection.RemoveServer(server.Name);
            }

            var gone = await app.Anonymous().GetAsync("/health/ready");

            Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(gone.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable), "no deadline would fire here");
        }

        await database.DisposeAsync();
    }

    private static async Task<HttpClient> BrowserAsync(MeetingsApp app, string email, string password)
    {
        var browser = app.Anonymous();
        Assert.That((await SignInPage.SignInAsync(browser, email, password)).StatusCode, Is.EqualTo(HttpStatusCode.Redirect), $"{email} signs in");
        return browser;
    }

    private static async Task<string> PageAsync(HttpClient browser, string path)
    {
        var response = await browser.GetAsync(path);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.ExplainAsync());
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
