using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Infrastructure.Persistence;
using UnHabitat.Meetings.Testing;
using UnHabitat.Meetings.Web.Api;

namespace UnHabitat.Meetings.Web.Tests.Support;

/// <summary>
/// The real application, over real HTTP (in memory) and a real database of its own.
/// </summary>
public sealed class MeetingsApp : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@test.unhabitat.org";
    public const string AdminPassword = "Admin-Password-2026";
    public const string UserPassword = "User-Password-2026";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;
    private string? _adminToken;

    /// <param name="services">Test-only changes to the application's services (e.g. an interceptor that watches the database).</param>
    public MeetingsApp(TestDatabase database, IReadOnlyDictionary<string, string?>? settings = null, TimeProvider? clock = null, Action<IServiceCollection>? services = null)
    {
        Database = database;
        Clock = clock;
        _services = services;
        _settings = new Dictionary<string, string?>(database.Settings)
        {
            ["Bootstrap:AdminEmail"] = AdminEmail,
            ["Bootstrap:AdminPassword"] = AdminPassword,
            ["RateLimits:LoginPerMinute"] = "100000",
            // The suites sign in as the first administrator by password alone; the tests of the rule turn it on.
            ["Identity:AdministratorsNeedTwoFactor"] = "false",
            ["Downloads:FlushMilliseconds"] = "50",
            // Many applications start in a test run: each launches Chromium at its first PDF, not at start.
            ["Pdf:WarmUp"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Error",
            ["Logging:LogLevel:UnHabitat.Meetings.Web.Errors"] = "Critical",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public TestDatabase Database { get; }

    /// <summary>The clock the application reads and waits on; null for the real one.</summary>
    public TimeProvider? Clock { get; }

    /// <summary>Where a Kestrel-hosted instance listens (the browser tests); null for the in-memory server.</summary>
    public Uri? ServerAddress { get; set; }

    public static async Task<(TestDatabase Database, MeetingsApp App)> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, TimeProvider? clock = null)
    {
        var database = await TestDatabase.CreateAsync();
        var app = new MeetingsApp(database, settings, clock);
        _ = app.Server; // start now: migrations, roles, the first administrator
        return (database, app);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (Clock is not null)
        {
            builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton(Clock)));
        }

        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }
    }

    /// <summary>A client with no credentials at all.</summary>
    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = ServerAddress ?? new Uri("http://localhost") });

    public async Task<HttpClient> AdministratorAsync()
    {
        _adminToken ??= await TokenAsync(AdminEmail, AdminPassword);
        return WithToken(_adminToken);
    }

    /// <summary>For an administrator whose token needs a second factor: the token <see cref="AdministratorAsync"/> then uses.</summary>
    public void UseAdministratorToken(string token) => _adminToken = token;

    /// <summary>Creates a user in the role through the API and returns a client signed in as that user.</summary>
    public async Task<SignedIn> UserAsync(string role, string? memberState = null)
    {
        var email = $"{role.ToLowerInvariant()}.{Guid.NewGuid():N}@test.unhabitat.org";
        var admin = await AdministratorAsync();
        var response = await admin.PostAsJsonAsync("/api/users", new { email, password = UserPassword, displayName = $"{role} user", roles = new[] { role }, memberState }, Json);
        response.EnsureSuccessStatusCode();
        var created = await response.ReadAsync<UserAccount>();
        return new SignedIn(created.Id, email, WithToken(await TokenAsync(email, UserPassword)));
    }

    public async Task<string> TokenAsync(string email, string password)
    {
        var response = await Anonymous().PostAsJsonAsync("/api/auth/login", new { email, password }, Json);
        response.EnsureSuccessStatusCode();
        return (await response.ReadAsync<TokenResponse>()).AccessToken;
    }

    public HttpClient WithToken(string token)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Runs code against the application's own DbContext (for what no API shows, e.g. the audit log).</summary>
    public async Task<T> WithDbAsync<T>(Func<MeetingsDbContext, Task<T>> work)
    {
        using var scope = Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<MeetingsDbContext>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

public sealed record SignedIn(Guid Id, string Email, HttpClient Client);

/// <summary>What a refusal says: the status, its title and detail, the rule it names (409), the fields it names (400).</summary>
public sealed record Problem(int? Status, string? Title, string? Detail, string? Rule, IDictionary<string, string[]> Errors);

public static class HttpAssertions
{
    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(MeetingsApp.Json);

    /// <summary>The answer read as the application's own type (a DTO of the Application layer), as a client would.</summary>
    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response)
    {
        Assert.That(response.IsSuccessStatusCode, Is.True, await response.ExplainAsync());
        return (await response.Content.ReadFromJsonAsync<T>(MeetingsApp.Json))!;
    }

    /// <summary>
    /// A refusal read as the problem details a client gets: the fields named in <c>Errors</c> (400), the broken
    /// rule in <c>Rule</c> (409).
    /// </summary>
    public static async Task<Problem> ProblemAsync(this HttpResponseMessage response)
    {
        Assert.That(response.IsSuccessStatusCode, Is.False, await response.ExplainAsync());
        var problem = (await response.Content.ReadFromJsonAsync<Microsoft.AspNetCore.Mvc.ValidationProblemDetails>(MeetingsApp.Json))!;
        var rule = problem.Extensions.TryGetValue("rule", out var value) && value is JsonElement { ValueKind: JsonValueKind.String } text ? text.GetString() : null;
        return new Problem(problem.Status, problem.Title, problem.Detail, rule, problem.Errors);
    }

    public static async Task<string> ExplainAsync(this HttpResponseMessage response) =>
        $"{(int)response.StatusCode} {response.StatusCode}: {await response.Content.ReadAsStringAsync()}";
}
