using System.Diagnostics;
using System.Globalization;
using UnHabitat.Meetings.Web.Tests.Support;

namespace UnHabitat.Meetings.Web.Tests;

/// <summary>
/// The built application, started as the operator starts it (<c>dotnet UnHabitat.Meetings.Web.dll</c>) with a
/// wrong database or single sign-on setting: it stops at once with one sentence naming the setting to fix and a failing exit
/// code, not a stack trace.
/// </summary>
[TestFixture]
public sealed class StartupSettingsTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), "meetings-startup-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public async Task An_unknown_database_provider_stops_the_start_with_one_line_naming_Database_Provider()
    {
        var run = await StartAsync(new() { ["Database__Provider"] = "Oracle" });

        AssertOneLineNaming(run, "Database:Provider");
        Assert.That(run.Error, Does.Contain("Oracle"));
    }

    [Test]
    public async Task Postgres_without_a_connection_string_stops_the_start_with_one_line_naming_ConnectionStrings_Meetings()
    {
        var run = await StartAsync(new() { ["Database__Provider"] = "Postgres" });

        AssertOneLineNaming(run, "ConnectionStrings:Meetings");
    }

    [Test]
    public async Task An_unreachable_Postgres_server_stops_the_start_with_one_line_naming_ConnectionStrings_Meetings_and_no_password()
    {
        var closedPort = SmtpListener.FreePort();
        var run = await StartAsync(new()
        {
            ["Database__Provider"] = "Postgres",
            ["ConnectionStrings__Meetings"] = $"Host=127.0.0.1;Port={closedPort.ToString(CultureInfo.InvariantCulture)};Database=meetings;Username=meetings;Password=Very-Secret-2026;Timeout=5",
        });

        AssertOneLineNaming(run, "ConnectionStrings:Meetings");
        Assert.That(run.Error, Does.Contain($"127.0.0.1:{closedPort}"), "the line says which server could not be reached");
        Assert.That(run.Error, Does.Not.Contain("Very-Secret-2026"));
    }

    [Test]
    public async Task An_unreachable_SQL_Server_stops_the_start_with_one_line_naming_ConnectionStrings_Meetings()
    {
        var closedPort = SmtpListener.FreePort();
        var run = await StartAsync(new()
        {
            ["Database__Provider"] = "SqlServer",
            ["ConnectionStrings__Meetings"] = $"Server=127.0.0.1,{closedPort.ToString(CultureInfo.InvariantCulture)};Database=meetings;User Id=meetings;Password=Very-Secret-2026;Connect Timeout=5;TrustServerCertificate=true",
        });

        AssertOneLineNaming(run, "ConnectionStrings:Meetings");
        Assert.That(run.Error, Does.Contain("SQL Server"));
        Assert.That(run.Error, Does.Not.Contain("Very-Secret-2026"));
    }

    [Test]
    public async Task A_SQLite_folder_that_cannot_be_created_stops_the_start_with_one_line_naming_Data_Folder()
    {
        // A file where the folder should be: refused even to root, unlike a folder without write permission.
        var file = Path.Combine(_folder, "not-a-folder");
        await File.WriteAllTextAsync(file, "x");

        var run = await StartAsync(new() { ["Database__Provider"] = "Sqlite", ["Data__Folder"] = Path.Combine(file, "data") });

        AssertOneLineNaming(run, "Data:Folder");
        Assert.That(run.Error, Does.Contain("ConnectionStrings:Meetings"));
    }

    [Test]
    public async Task A_single_sign_on_authority_without_a_client_id_stops_the_start_with_one_line_naming_the_ClientId()
    {
        var run = await StartAsync(new() { ["Authentication__OpenIdConnect__Authority"] = "https://login.example.org/tenant/v2.0" });

        AssertOneLineNaming(run, "Authentication:OpenIdConnect:ClientId");
    }

    [Test]
    public async Task A_single_sign_on_authority_over_plain_http_stops_the_start_with_one_line_naming_the_Authority()
    {
        var run = await StartAsync(new()
        {
            ["Authentication__OpenIdConnect__Authority"] = "http://login.example.org/tenant/v2.0",
            ["Authentication__OpenIdConnect__ClientId"] = "meetings",
            ["Authentication__OpenIdConnect__ClientSecret"] = "Very-Secret-2026",
        });

        AssertOneLineNaming(run, "Authentication:OpenIdConnect:Authority");
        Assert.That(run.Error, Does.Not.Contain("Very-Secret-2026"));
    }

    private static void AssertOneLineNaming(Run run, string setting)
    {
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Not.EqualTo(0), "a service manager sees the start failed");
            Assert.That(lines, Has.Length.EqualTo(1), "one line on stderr: " + run.Error);
            Assert.That(run.Error, Does.Contain(setting));
            Assert.That(run.Error + run.Output, Does.Not.Match(@"(?m)^\s+at "), "no stack frames");
            Assert.That(run.Error + run.Output, Does.Not.Contain("Exception"));
        });
    }

    private async Task<Run> StartAsync(Dictionary<string, string> environment)
    {
        var web = Path.Combine(AppContext.BaseDirectory, "UnHabitat.Meetings.Web.dll");
        var start = new ProcessStartInfo("dotnet", [web, "--urls", "http://127.0.0.1:0"])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var inherited in new[] { "ConnectionStrings__Meetings", "Database__Provider", "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT" })
        {
            start.Environment.Remove(inherited);
        }

        start.Environment["Data__Folder"] = Path.Combine(_folder, "data");
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("The application kept running with a wrong setting.");
        }

        return new Run(process.ExitCode, await output, await error);
    }

    private sealed record Run(int ExitCode, string Output, string Error);
}
