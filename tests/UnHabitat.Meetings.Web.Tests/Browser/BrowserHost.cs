using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using UnHabitat.Meetings.Testing;
using UnHabitat.Meetings.Web.Tests.Support;

namespace UnHabitat.Meetings.Web.Tests.Browser;

/// <summary>
/// The real application on a real socket (Kestrel on a free port of 127.0.0.1) and Debian's headless
/// Chromium driven by Playwright. No browser is downloaded: <c>playwright install</c> is never run.
/// </summary>
public sealed class BrowserHost : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private readonly IPlaywright _playwright;

    private BrowserHost(TestDatabase database, MeetingsApp app, Uri baseAddress, IPlaywright playwright, IBrowser browser)
    {
        Database = database;
        App = app;
        BaseAddress = baseAddress;
        _playwright = playwright;
        Browser = browser;
    }

    public TestDatabase Database { get; }

    public MeetingsApp App { get; }

    public Uri BaseAddress { get; }

    public IBrowser Browser { get; }

    /// <param name="clock">The clock the application reads (a <see cref="ManualClock"/> to live through a meeting's days), or null for the real one.</param>
    /// <param name="settings">Settings the application starts with, besides the test defaults.</param>
    public static async Task<BrowserHost> StartAsync(TimeProvider? clock = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        if (!File.Exists(ChromiumPath))
        {
            Assert.Ignore($"The browser tests need Debian's chromium at {ChromiumPath} (./build.sh test installs it).");
        }

        var database = await TestDatabase.CreateAsync();
        var app = new MeetingsApp(database, settings, clock);
        // On the port of App:PublicUrl when a test sets it (single sign-on sends the browser back there), else any free one.
        app.UseKestrel(settings?.GetValueOrDefault("App:PublicUrl") is { } publicUrl ? new Uri(publicUrl).Port : 0);
        app.StartServer();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        app.ServerAddress = address;
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Headless = true, Args = ChromiumArgs });
        return new BrowserHost(database, app, address, playwright, browser);
    }

    /// <summary>
    /// A fresh browser profile (its own cookies). The site's Content-Security-Policy stays on: axe-core comes
    /// in as an init script, which the policy does not govern, and any violation fails the test.
    /// </summary>
    public async Task<BrowserUser> NewUserAsync(string name, int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "en-GB",
        });
        await context.AddInitScriptAsync(await PageChecks.AxeSourceAsync());
        var page = await context.NewPageAsync();
        var user = new BrowserUser(name, context, page);
        // What a page asks for besides itself (stylesheet, scripts, images) must be there; the pages themselves may answer
        // 403 or 404 when a test means them to.
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && !response.Request.IsNavigationRequest)
            {
                user.MissingResources.Add($"{response.Status} {response.Url}");
            }
        };
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                user.CspViolations.Add(message.Text);
            }
        };
        return user;
    }

    public static async Task<JsonElement> PostAsync(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body, MeetingsApp.Json);
        Assert.That(response.IsSuccessStatusCode, Is.True, await response.ExplainAsync());
        return response.StatusCode == System.Net.HttpStatusCode.NoContent ? default : await response.JsonAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
        await App.DisposeAsync();
        await Database.DisposeAsync();
    }
}

/// <summary>One person at one browser.</summary>
public sealed class BrowserUser(string name, IBrowserContext context, IPage page) : IAsyncDisposable
{
    public string Name { get; } = name;

    public IBrowserContext Context { get; } = context;

    public IPage Page { get; } = page;

    public List<string> CspViolations { get; } = [];

    public List<string> MissingResources { get; } = [];

    public async Task SignInAsync(string email, string password)
    {
        await Page.GotoAsync("/account/login");
        await Page.GetByLabel("E-mail address").FillAsync(email);
        await Page.GetByLabel("Password").FillAsync(password);
        // The form always navigates (a redirect on success, the form again on a refusal): wait for that navigation's
        // own load. Waiting for "the page's load state" after the click once hung for 30 s in a whole-suite run
        // with the network idle, as if the new document's load came between the check and the wait.
#pragma warning disable CS0612, CS0618 // kept by Playwright for a click that is known to navigate
        await Page.RunAndWaitForNavigationAsync(() => Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync());
#pragma warning restore CS0612, CS0618
    }

    public async ValueTask DisposeAsync() => await Context.DisposeAsync();
}
