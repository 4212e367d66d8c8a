using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Testing;
using UnHabitat.Meetings.Web.Tests.Support;

namespace UnHabitat.Meetings.Web.Tests;

/// <summary>
/// A failed sign-in tells nothing about the account: an unknown address, a wrong password and a blocked
/// account get the same words, after the same work, on the page and on the API.
/// </summary>
[TestFixture]
[Category("Database")]
public sealed class SignInRefusalTests : AppFixture
{
    private const string Refusal = "The e-mail address or the password is not right. After 3 failed attempts in a row an account is blocked for 15 minutes: wait that long and try again, or ask an administrator to unlock it sooner. Forgot your password? Ask for a link to choose a new one.";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Identity:MaxFailedAttempts"] = "3",
        ["Identity:FailureDelayMilliseconds"] = "0",
    };

    [Test]
    public async Task Unknown_wrong_and_blocked_get_the_same_words_on_the_api()
    {
        var wrong = await App.UserAsync(Roles.Secretariat);
        var blocked = await BlockedUserAsync();

        var answers = new[]
        {
            await ApiAsync($"nobody.{Guid.NewGuid():N}@test.unhabitat.org", MeetingsApp.UserPassword),
            await ApiAsync(wrong.Email, "Not-The-Password-1"),
            await ApiAsync(blocked.Email, MeetingsApp.UserPassword),
        };

        Assert.That(answers.Select(a => a.Status), Has.All.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(answers.Select(a => a.Detail), Has.All.EqualTo(Refusal));
    }

    [Test]
    public async Task Unknown_wrong_and_blocked_get_the_same_words_on_the_sign_in_page()
    {
        var wrong = await App.UserAsync(Roles.Delegation, "KE");
        var blocked = await BlockedUserAsync();

        var pages = new[]
        {
            await PageAsync($"nobody.{Guid.NewGuid():N}@test.unhabitat.org", MeetingsApp.UserPassword),
            await PageAsync(wrong.Email, "Not-The-Password-1"),
            await PageAsync(blocked.Email, MeetingsApp.UserPassword),
        };

        Assert.That(pages, Has.All.Contain(Refusal));
        Assert.That(pages, Has.None.Contain("locked out").And.None.Contain("Too many failed attempts"));
    }

    [Test]
    public async Task An_unknown_address_and_a_blocked_account_cost_a_password_hash_like_a_known_one()
    {
        var known = await App.UserAsync(Roles.Secretariat);
        var blocked = await BlockedUserAsync();
        await ApiAsync(known.Email, "Warm-Up-Password-1");
        await ApiAsync(known.Email, MeetingsApp.UserPassword); // a success resets the count: the known account is not blocked below

        var unknownTimes = new List<double>();
        var knownTimes = new List<double>();
        var blockedTimes = new List<double>();
        for (var i = 0; i < 2; i++)
        {
            // Two wrong passwords in a row stay under the block (3); the right one resets the count.
            unknownTimes.Add(await TimeAsync($"nobody.{i}.{Guid.NewGuid():N}@test.unhabitat.org", "Not-The-Password-1"));
            knownTimes.Add(await TimeAsync(known.Email, "Not-The-Password-1"));
            blockedTimes.Add(await TimeAsync(blocked.Email, "Not-The-Password-1"));
            unknownTimes.Add(await TimeAsync($"nobody.{i}.{Guid.NewGuid():N}@test.unhabitat.org", "Not-The-Password-2"));
            knownTimes.Add(await TimeAsync(known.Email, "Not-The-Password-2"));
            blockedTimes.Add(await TimeAsync(blocked.Email, "Not-The-Password-2"));
            await ApiAsync(known.Email, MeetingsApp.UserPassword);
        }

        // Same order of time, not a tight bound: without a hash the unknown address answered 20 times faster.
        Assert.That(Median(unknownTimes), Is.GreaterThanOrEqualTo(0.3 * Median(knownTimes)), $"unknown {Median(unknownTimes):0.0} ms, known {Median(knownTimes):0.0} ms");
        Assert.That(Median(blockedTimes), Is.GreaterThanOrEqualTo(0.3 * Median(knownTimes)), $"blocked {Median(blockedTimes):0.0} ms, known {Median(knownTimes):0.0} ms");
    }

    [Test]
    public async Task Repeated_failures_for_one_address_are_answered_ever_more_slowly()
    {
        var (database, app) = await MeetingsApp.StartAsync(new Dictionary<string, string?>
        {
            ["Identity:MaxFailedAttempts"] = "100",
            ["Identity:FailureDelayMilliseconds"] = "200",
        });
        try
        {
            var address = $"someone.{Guid.NewGuid():N}@test.unhabitat.org";
            var times = new List<TimeSpan>();
            for (var i = 0; i < 5; i++)
            {
                var clock = Stopwatch.StartNew();
                var response = await app.Anonymous().PostAsJsonAsync("/api/auth/login", new { email = address, password = "Guessed-Password-1" });
                times.Add(clock.Elapsed);
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            }

            var other = Stopwatch.StartNew();
            await app.Anonymous().PostAsJsonAsync("/api/auth/login", new { email = $"other.{Guid.NewGuid():N}@test.unhabitat.org", password = "Guessed-Password-1" });

            Assert.That(times[2], Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(200)), "the third failure in a row waits");
            Assert.That(times[4], Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(800)), "and each one after twice as long");
            Assert.That(other.Elapsed, Is.LessThan(times[4]), "another address is not slowed by this one's failures");
        }
        finally
        {
            await app.DisposeAsync();
            await database.DisposeAsync();
        }
    }

    private async Task<SignedIn> BlockedUserAsync()
    {
        var user = await App.UserAsync(Roles.Chair);
        for (var i = 0; i < 3; i++)
        {
            await ApiAsync(user.Email, $"Wrong-Password-{i}");
        }

        return user;
    }

    private async Task<(HttpStatusCode Status, string? Detail)> ApiAsync(string email, string password)
    {
        var response = await App.Anonymous().PostAsJsonAsync("/api/auth/login", new { email, password });
        return (response.StatusCode, response.StatusCode == HttpStatusCode.OK ? null : (await response.ProblemAsync()).Detail);
    }

    private async Task<string> PageAsync(string email, string password)
    {
        var response = await SignInPage.SignInAsync(App.Anonymous(), email, password);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private async Task<double> TimeAsync(string email, string password)
    {
        var clock = Stopwatch.StartNew();
        var (status, _) = await ApiAsync(email, password);
        Assert.That(status, Is.EqualTo(HttpStatusCode.Unauthorized));
        return clock.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return (sorted[(sorted.Count - 1) / 2] + sorted[sorted.Count / 2]) / 2;
    }
}
