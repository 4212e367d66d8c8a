using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UnHabitat.Meetings.Application.Documents;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Testing;
using UnHabitat.Meetings.Web.Tests.Support;

namespace UnHabitat.Meetings.Web.Tests;

/// <summary>
/// Absolute links come from the configured public address (App:PublicUrl), never from the Host header;
/// X-Forwarded-For counts only from the configured proxies (App:KnownProxies); cookies are Secure when
/// the public address is https.
/// </summary>
[TestFixture]
[Category("Database")]
public sealed class PublicAddressTests : AppFixture
{
    private const string PublicUrl = "https://meetings.example.org";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["App:PublicUrl"] = PublicUrl };

    [Test]
    public async Task A_personal_calendar_address_is_on_the_public_address_whatever_the_host_header_says()
    {
        var delegation = await App.UserAsync(Roles.Delegation, "KE");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/me/calendar-feeds");
        request.Headers.Host = "evil.example";

        var response = await delegation.Client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK).Or.EqualTo(HttpStatusCode.Created), await response.ExplainAsync());
        Assert.That((await response.ReadAsync<CalendarFeedAnswer>()).Url, Does.Match($"^{PublicUrl}/api/calendar/feeds/[A-Za-z0-9_-]+\\.ics$"));
    }

    [Test]
    public async Task The_delegation_page_links_the_calendars_on_the_public_address_whatever_the_host_header_says()
    {
        var delegation = await App.UserAsync(Roles.Delegation, "KE");
        var browser = Browser();
        Assert.That((await SignInPage.SignInAsync(browser, delegation.Email, MeetingsApp.UserPassword)).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/delegation");
        request.Headers.Host = "evil.example";

        var page = await (await browser.SendAsync(request)).Content.ReadAsStringAsync();

        Assert.That(page, Does.Contain($"href=\"{PublicUrl}/api/calendar.ics\"").And.Not.Contain("evil.example"));
    }

    [Test]
    public async Task Links_in_e_mails_are_absolute_on_the_public_address()
    {
        var officer = await App.UserAsync(Roles.Secretariat);
        var follower = await App.UserAsync(Roles.Delegation, "KE");
        var body = (await Bodies.CreateBodyAsync(officer.Client)).Id;
        var meeting = (await MeetingApi.CreateMeetingAsync(officer.Client, body)).Id;
        (await follower.Client.PutAsJsonAsync("/api/me/subscriptions", new[] { new { bodyId = body } }, MeetingsApp.Json)).EnsureSuccessStatusCode();
        var registered = await officer.Client.PostAsJsonAsync($"/api/meetings/{meeting}/documents", new { title = "Report of the Executive Director", category = "Report", distribution = "General" }, MeetingsApp.Json);
        var document = (await registered.ReadAsync<DocumentDto>()).Id;
        (await officer.Client.PutAsync($"/api/documents/{document}/files/en", Files.Form(Files.Pdf(), "report.pdf"))).EnsureSuccessStatusCode();
        var version = (await (await officer.Client.GetAsync($"/api/documents/{document}")).ReadAsync<DocumentDto>()).Version;
        using var publish = new HttpRequestMessage(HttpMethod.Post, $"/api/documents/{document}/publish") { Content = JsonContent.Create(new { lateJustification = "Late for the test.", version }) };
        publish.Headers.Host = "evil.example";
        var published = await officer.Client.SendAsync(publish);
        Assert.That(published.StatusCode, Is.EqualTo(HttpStatusCode.OK), await published.ExplainAsync());

        var mail = await App.WithDbAsync(db => db.EmailOutbox.Where(e => e.To == follower.Email).Select(e => e.Body).SingleAsync());

        Assert.That(mail, Does.EndWith($"{PublicUrl}/api/documents/{document}"));
    }

    [Test]
    public async Task The_sign_in_cookie_is_secure_when_the_public_address_is_https()
    {
        var user = await App.UserAsync(Roles.Secretariat);

        var response = await SignInPage.SignInAsync(Browser(), user.Email, MeetingsApp.UserPassword);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await response.ExplainAsync());
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("UnHabitat.Meetings=", StringComparison.Ordinal));
        Assert.That(cookie, Does.Contain("secure").IgnoreCase.And.Contain("httponly").IgnoreCase);
    }

    [Test]
    public async Task Over_plain_http_the_sign_in_cookie_is_not_marked_secure()
    {
        var (database, app) = await MeetingsApp.StartAsync(new Dictionary<string, string?> { ["App:PublicUrl"] = "http://localhost:5080" });
        try
        {
            var response = await SignInPage.SignInAsync(app.Anonymous(), MeetingsApp.AdminEmail, MeetingsApp.AdminPassword);

            var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("UnHabitat.Meetings=", StringComparison.Ordinal));
            Assert.That(cookie, Does.Not.Contain("secure").IgnoreCase);
        }
        finally
        {
            await app.DisposeAsync();
            await database.DisposeAsync();
        }
    }

    [Test]
    public async Task Behind_a_known_proxy_the_sign_in_limit_counts_each_real_client()
    {
        await using var proxied = await KestrelAsync(new() { ["App:KnownProxies"] = "127.0.0.1, ::1", ["RateLimits:LoginPerMinute"] = "2" });

        var first = await proxied.LoginCodesAsync("203.0.113.7", 3);
        var second = await proxied.LoginCodesAsync("203.0.113.8", 1);

        Assert.That(first, Is.EqualTo(new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests }));
        Assert.That(second, Is.EqualTo(new[] { HttpStatusCode.Unauthorized }), "another client behind the same proxy has its own count");
    }

    [Test]
    public async Task Without_a_known_proxy_a_forged_forwarded_header_does_not_escape_the_sign_in_limit()
    {
        await using var direct = await KestrelAsync(new() { ["RateLimits:LoginPerMinute"] = "2" });

        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            codes.AddRange(await direct.LoginCodesAsync($"198.51.100.{i + 1}", 1));
        }

        Assert.That(codes, Is.EqualTo(new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests }));
    }

    private HttpClient Browser() => App.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

    private static async Task<KestrelApp> KestrelAsync(Dictionary<string, string?> settings)
    {
        var database = await TestDatabase.CreateAsync();
        var app = new MeetingsApp(database, settings);
        app.UseKestrel(0);
        app.StartServer();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        return new KestrelApp(database, app, address);
    }

    /// <summary>The app on a real socket, so that the connection's address is 127.0.0.1 as behind a proxy on the same host.</summary>
    private sealed class KestrelApp(TestDatabase database, MeetingsApp app, Uri address) : IAsyncDisposable
    {
        public async Task<List<HttpStatusCode>> LoginCodesAsync(string forwardedFor, int times)
        {
            using var client = new HttpClient { BaseAddress = address };
            var codes = new List<HttpStatusCode>();
            for (var i = 0; i < times; i++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/login")
                {
                    Content = JsonContent.Create(new { email = $"nobody.{Guid.NewGuid():N}@test.unhabitat.org", password = "Guessed-Password-1" }),
                };
                request.Headers.Add("X-Forwarded-For", forwardedFor);
                codes.Add((await client.SendAsync(request)).StatusCode);
            }

            return codes;
        }

        public async ValueTask DisposeAsync()
        {
            await app.DisposeAsync();
            await database.DisposeAsync();
        }
    }
}
