using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Infrastructure.Persistence;
using UnHabitat.Meetings.Testing;
using UnHabitat.Meetings.Web.Tests.Support;

namespace UnHabitat.Meetings.Web.Tests;

/// <summary>
/// The seven-day deadlines on the persistent scheduler, in real time: meetings are set a week and a few
/// seconds ahead, so each deadline falls a few seconds after the test starts.
/// </summary>
[TestFixture]
[Category("Database")]
public sealed class DeadlineTests
{
    private static readonly Dictionary<string, string?> FastReminders = new()
    {
        ["Deadlines:ReminderOffsets"] = "00:00:04,00:00:02",
        ["Smtp:PollSeconds"] = "0.3",
        ["Smtp:RetryBaseSeconds"] = "0.5",
        ["Scheduler:IdleWaitSeconds"] = "1",
    };

    [Test]
    public async Task A_deadline_fires_at_its_time_marks_the_missing_versions_overdue_and_reminders_go_out_at_each_offset()
    {
        // Margins of several seconds: a clustered scheduler joins its cluster a few seconds after start-up.
        var settings = new Dictionary<string, string?>(FastReminders) { ["Deadlines:ReminderOffsets"] = "00:00:12,00:00:06" };
        var (database, app) = await MeetingsApp.StartAsync(settings);
        await using (app)
        {
            var (officer, document, _) = await RequiredDocumentAsync(app, dueInSeconds: 20, requiredLanguages: ["fr"]);
            await UploadAsync(officer.Client, document, "en");

            var overdue = await WaitForAsync(async () =>
            {
                var doc = await officer.Client.GetFromJsonAsync<JsonElement>($"/api/documents/{document}", MeetingsApp.Json);
                return doc.GetProperty("languages").EnumerateArray().Where(l => l.GetProperty("status").GetString() == "Overdue").Select(l => l.GetProperty("language").GetString()).ToList();
            }, found => found.Count > 0, TimeSpan.FromSeconds(45));

            Assert.That(overdue, Is.EqualTo(new[] { "fr" }), "the English version was there; only French is late");
            var inbox = await officer.Client.GetFromJsonAsync<List<JsonElement>>("/api/notifications", MeetingsApp.Json);
            Assert.That(inbox!.Count(n => n.GetProperty("kind").GetString() == "DeadlineReminder"), Is.EqualTo(2));
            Assert.That(inbox!.Count(n => n.GetProperty("kind").GetString() == "DocumentOverdue"), Is.EqualTo(1));
        }

        await database.DisposeAsync();
    }

    [Test]
    public async Task Rescheduling_the_meeting_moves_every_job_without_duplicates()
    {
        var (database, app) = await MeetingsApp.StartAsync(FastReminders);
        await using (app)
        {
            var (officer, document, meeting) = await RequiredDocumentAsync(app, dueInSeconds: 3600);
            var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            var before = await FireTimesAsync(scheduler, document);

            var moved = await officer.Client.PatchAsJsonAsync($"/api/meetings/{meeting}",
                new { startsAt = DateTimeOffset.UtcNow.AddDays(9).ToString("O", CultureInfo.InvariantCulture), version = 1 }, MeetingsApp.Json);
            Assert.That(moved.StatusCode, Is.EqualTo(HttpStatusCode.OK), await moved.ExplainAsync());
            var after = await FireTimesAsync(scheduler, document);
            var deadlines = await officer.Client.GetFromJsonAsync<List<JsonElement>>($"/api/meetings/{meeting}/deadlines", MeetingsApp.Json);

            Assert.That(before, Has.Count.EqualTo(3), "the deadline and two reminders");
            Assert.That(after, Has.Count.EqualTo(3), "moved, not added");
            Assert.That(after.Max() - before.Max(), Is.GreaterThan(TimeSpan.FromDays(1.9)));
            Assert.That(deadlines!.Single().GetProperty("dueAt").GetDateTimeOffset(), Is.EqualTo(after.Max()).Within(TimeSpan.FromSeconds(1)));
        }

        await database.DisposeAsync();
    }

    [Test]
    public async Task Posting_early_cancels_the_reminders_and_cancelling_the_meeting_removes_its_jobs()
    {
        var (database, app) = await MeetingsApp.StartAsync(FastReminders);
        await using (app)
        {
            var (officer, posted, meeting) = await RequiredDocumentAsync(app, dueInSeconds: 3600);
            var other = await RegisterAsync(officer.Client, meeting);
            var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

            await UploadAsync(officer.Client, posted, "en");
            (await officer.Client.PostAsync($"/api/documents/{posted}/publish", null)).EnsureSuccessStatusCode();
            var afterPosting = await FireTimesAsync(scheduler, posted);
            (await officer.Client.PostAsJsonAsync($"/api/meetings/{meeting}/cancel", new { reason = "The Board decided to meet jointly." }, MeetingsApp.Json)).EnsureSuccessStatusCode();
            var afterCancelling = await FireTimesAsync(scheduler, other);

            Assert.That(afterPosting, Is.Empty);
            Assert.That(afterCancelling, Is.Empty);
        }

        await database.DisposeAsync();
    }

    [Test]
    public async Task A_deadline_that_passed_while_the_application_was_down_fires_once_at_start_up()
    {
        var database = await TestDatabase.CreateAsync();
        Guid document;
        await using (var first = new MeetingsApp(database, FastReminders))
        {
            document = (await RequiredDocumentAsync(first, dueInSeconds: 4)).Document;
        }

        await Task.Delay(TimeSpan.FromSeconds(6));
        await using (var second = new MeetingsApp(database, FastReminders))
        {
            _ = second.Server;
            var overdue = await WaitForAsync(
                () => second.WithDbAsync(db => db.Notifications.CountAsync(n => n.Kind == "DocumentOverdue")),
                count => count > 0, TimeSpan.FromSeconds(30));
            await Task.Delay(TimeSpan.FromSeconds(2));

            Assert.That(overdue, Is.EqualTo(1));
            Assert.That(await second.WithDbAsync(db => db.Notifications.CountAsync(n => n.Kind == "DocumentOverdue")), Is.EqualTo(1), "fired once, not again");
            var languages = await second.WithDbAsync(db => db.Documents.AsNoTracking().Where(d => d.Id == document).SelectMany(d => d.Languages).ToListAsync());
            Assert.That(languages.Single().Status.ToString(), Is.EqualTo("Overdue"));
        }

        await database.DisposeAsync();
    }

    [Test]
    public async Task Two_instances_on_one_postgresql_database_fire_each_deadline_once()
    {
        if (TestDatabase.ProviderOfThisRun != DatabaseProvider.Postgres)
        {
            Assert.Ignore("Clustering needs a shared database server: this runs in the PostgreSQL pass of ./build.sh test.");
        }

        var database = await TestDatabase.CreateAsync();
        await using (var first = new MeetingsApp(database, FastReminders))
        await using (var second = new MeetingsApp(database, FastReminders))
        {
            _ = second.Server;
            var documents = new List<Guid>();
            for (var i = 0; i < 3; i++)
            {
                documents.Add((await RequiredDocumentAsync(first, dueInSeconds: 6 + i)).Document);
            }

            await WaitForAsync(() => first.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Request == "ReachDeadline")), count => count >= 3, TimeSpan.FromSeconds(45));
            await Task.Delay(TimeSpan.FromSeconds(5));

            var runs = await first.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Request == "ReachDeadline"));
            Assert.That(runs, Is.EqualTo(3), "each deadline job ran on exactly one of the two instances");
            var overdueNotices = await first.WithDbAsync(db => db.Notifications.Where(n => n.Kind == "DocumentOverdue").Select(n => new { n.UserId, n.Link }).ToListAsync());
            Assert.That(overdueNotices.GroupBy(n => (n.UserId, n.Link)).Max(g => g.Count()), Is.EqualTo(1), "nobody is told twice about one deadline");
            Assert.That(overdueNotices.Select(n => n.Link).Distinct().Count(), Is.EqualTo(3));
        }

        await database.DisposeAsync();
    }

    [Test]
    public async Task An_email_reaches_the_smtp_listener_and_is_retried_until_the_listener_is_back()
    {
        var port = SmtpListener.FreePort();
        var settings = new Dictionary<string, string?>(FastReminders) { ["Smtp:Host"] = "127.0.0.1", ["Smtp:Port"] = port.ToString(CultureInfo.InvariantCulture) };
        var (database, app) = await MeetingsApp.StartAsync(settings);
        await using (app)
        {
            var (officer, document, _) = await RequiredDocumentAsync(app, dueInSeconds: 3600);
            var follower = await app.UserAsync(Roles.Delegation, "KE");
            var body = await app.WithDbAsync(db => db.Documents.Where(d => d.Id == document).Select(d => d.BodyId).SingleAsync());
            (await follower.Client.PutAsJsonAsync("/api/me/subscriptions", new[] { new { bodyId = body } }, MeetingsApp.Json)).EnsureSuccessStatusCode();
            await UploadAsync(officer.Client, document, "en");
            (await officer.Client.PostAsync($"/api/documents/{document}/publish", null)).EnsureSuccessStatusCode();

            var attempts = await WaitForAsync(
                () => app.WithDbAsync(db => db.EmailOutbox.Where(e => e.To == follower.Email).Select(e => e.Attempts).SingleAsync()),
                n => n >= 1, TimeSpan.FromSeconds(20));
            await using var listener = new SmtpListener(port);
            var sent = await WaitForAsync(
                () => app.WithDbAsync(db => db.EmailOutbox.Where(e => e.To == follower.Email).Select(e => e.SentAt).SingleAsync()),
                at => at is not null, TimeSpan.FromSeconds(30));

            Assert.That(attempts, Is.GreaterThanOrEqualTo(1), "the first try failed while nothing listened");
            Assert.That(sent, Is.Not.Null);
            Assert.That(listener.Messages, Has.Count.EqualTo(1));
            Assert.That(listener.Messages[0], Does.Contain("was posted"));
        }

        await database.DisposeAsync();
    }

    private static async Task<(SignedIn Officer, Guid Document, Guid Meeting)> RequiredDocumentAsync(MeetingsApp app, int dueInSeconds, string[]? requiredLanguages = null)
    {
        var officer = await app.UserAsync(Roles.Secretariat);
        var body = (await Bodies.CreateAsync(officer.Client)).GetProperty("id").GetGuid();
        var start = DateTimeOffset.UtcNow.AddDays(7).AddSeconds(dueInSeconds);
        var meeting = (await MeetingApi.CreateAsync(officer.Client, body, new
        {
            bodyId = body, startsAt = start, endsAt = start.AddHours(3), timeZone = "Africa/Nairobi", venue = "UNON", modality = "InPerson", chair = new { name = "Chair" },
        })).GetProperty("id").GetGuid();
        return (officer, await RegisterAsync(officer.Client, meeting, requiredLanguages), meeting);
    }

    private static async Task<Guid> RegisterAsync(HttpClient client, Guid meeting, string[]? requiredLanguages = null)
    {
        var response = await client.PostAsJsonAsync($"/api/meetings/{meeting}/documents",
            new { title = "Draft work programme and budget", category = "Report", distribution = "General", originalLanguage = "en", required = true, requiredLanguages }, MeetingsApp.Json);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.ExplainAsync());
        return (await response.JsonAsync()).GetProperty("id").GetGuid();
    }

    private static async Task UploadAsync(HttpClient client, Guid document, string language) =>
        (await client.PutAsync($"/api/documents/{document}/files/{language}", Files.Form(Files.Pdf(language), $"{language}.pdf"))).EnsureSuccessStatusCode();

    private static async Task<List<DateTimeOffset>> FireTimesAsync(IScheduler scheduler, Guid document)
    {
        var times = new List<DateTimeOffset>();
        foreach (var key in await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals("deadlines")))
        {
            if (key.Name.Contains(document.ToString("N"), StringComparison.Ordinal))
            {
                foreach (var trigger in await scheduler.GetTriggersOfJob(key))
                {
                    times.Add(trigger.NextFireTimeUtc!.Value);
                }
            }
        }

        return times;
    }

    private static async Task<T> WaitForAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan limit)
    {
        var until = DateTimeOffset.UtcNow + limit;
        while (true)
        {
            var value = await read();
            if (done(value) || DateTimeOffset.UtcNow > until)
            {
                return value;
            }

            await Task.Delay(300);
        }
    }
}
