using System.Net;
using UnHabitat.Meetings.Testing;
using UnHabitat.Meetings.Web.Tests.Support;

namespace UnHabitat.Meetings.Web.Tests;

/// <summary>Two instances behind a load balancer share the key ring through the database.</summary>
[TestFixture]
[Category("Database")]
public sealed class SharedKeysTests
{
    [Test]
    public async Task A_bearer_token_issued_by_one_instance_is_accepted_by_another()
    {
        var database = await TestDatabase.CreateAsync();
        try
        {
            await using var first = new MeetingsApp(database);
            await using var second = new MeetingsApp(database);
            _ = first.Server;
            _ = second.Server;

            var fromFirst = await first.TokenAsync(MeetingsApp.AdminEmail, MeetingsApp.AdminPassword);
            var fromSecond = await second.TokenAsync(MeetingsApp.AdminEmail, MeetingsApp.AdminPassword);

            Assert.That((await second.WithToken(fromFirst).GetAsync("/api/bodies")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((await first.WithToken(fromSecond).GetAsync("/api/bodies")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    [Test]
    public async Task A_sign_in_cookie_issued_by_one_instance_is_accepted_by_another()
    {
        var database = await TestDatabase.CreateAsync();
        try
        {
            await using var first = new MeetingsApp(database);
            await using var second = new MeetingsApp(database);
            _ = second.Server;
            var browser = first.Anonymous();
            var signedIn = await SignInPage.SignInAsync(browser, MeetingsApp.AdminEmail, MeetingsApp.AdminPassword);
            Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("UnHabitat.Meetings=", StringComparison.Ordinal)).Split(';')[0];

            var other = second.Anonymous();
            other.DefaultRequestHeaders.Add("Cookie", cookie);
            var home = await other.GetAsync("/");

            Assert.That(home.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }
        finally
        {
            await database.DisposeAsync();
        }
    }
}
