using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace UnHabitat.Meetings.Benchmarks;

/// <summary>
/// The deadline jobs after a crash. Runs the real web application (the Release build of
/// src/UnHabitat.Meetings.Web) as a process on a database of its own: registers N required documents whose
/// deadline falls a few seconds ahead, kills the process (SIGKILL, no graceful stop), waits until the
/// deadlines have passed, starts a new process and times (1) until /health/ready answers 200 and (2) until
/// every document is flagged Overdue. The same restart with nothing pending is timed in the same run, so
/// the cost of the pending deadlines reads as a ratio.
/// </summary>
public static class DeadlineRestartBenchmark
{
    internal const string Admin = "admin@bench.unhabitat.org";
    internal const string Password = "Bench-Password-2026";
    private static readonly string[] SecretariatRole = ["Secretariat"];
    private static readonly JsonSerializerOptions Json = ApiSignIn.Json;

    public static async Task RunAsync(string[] args)
    {
        var documents = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 300;
        var web = FindWebAssembly();
        Console.WriteLine($"Web application: {web}");

        var empty = await RestartAsync(web, 0);
        var loaded = await RestartAsync(web, documents);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"nothing pending: ready after {empty.Ready.TotalMilliseconds:0} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{documents} deadlines passed while down: ready after {loaded.Ready.TotalMilliseconds:0} ms, all {documents} flagged Overdue after {loaded.AllFired.TotalMilliseconds:0} ms ({loaded.AllFired.TotalMilliseconds / Math.Max(1, documents):0.0} ms per deadline)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio: ready with {documents} pending / ready with none = {loaded.Ready / empty.Ready:0.00}x"));
    }

    private static async Task<(TimeSpan Ready, TimeSpan AllFired)> RestartAsync(string web, int documents)
    {
        var folder = Directory.CreateTempSubdirectory("meetings-restart-");
        var port = FreePort();
        var baseUrl = new Uri($"http://127.0.0.1:{port}");
        try
        {
            Guid meeting;
            using (var first = Start(web, folder.FullName, port))
            {
                await WaitReadyAsync(baseUrl, first);
                meeting = await PendingDocumentsAsync(baseUrl, documents, dueInSeconds: 8);
                first.Kill(entireProcessTree: true);
                await first.WaitForExitAsync();
            }

            await Task.Delay(TimeSpan.FromSeconds(10));
            using var second = Start(web, folder.FullName, port);
            var clock = Stopwatch.StartNew();
            await WaitReadyAsync(baseUrl, second);
            var ready = clock.Elapsed;
            using var client = await ApiSignIn.ClientAsync(baseUrl, Admin, Password);
            while (documents > 0 && await OverdueAsync(client, meeting) < documents)
            {
                if (clock.Elapsed > TimeSpan.FromMinutes(5))
                {
                    throw new TimeoutException($"Only {await OverdueAsync(client, meeting)} of {documents} deadlines fired in 5 minutes.");
                }

                await Task.Delay(50);
            }

            var fired = clock.Elapsed;
            second.Kill(entireProcessTree: true);
            await second.WaitForExitAsync();
            return (ready, fired);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>A body, a meeting whose seven-day deadline falls <paramref name="dueInSeconds"/> from now, and N required documents.</summary>
    private static async Task<Guid> PendingDocumentsAsync(Uri baseUrl, int documents, int dueInSeconds)
    {
        using var admin = await ApiSignIn.ClientAsync(baseUrl, Admin, Password);
        var email = $"officer.{Guid.NewGuid():N}@bench.unhabitat.org";
        (await admin.PostAsJsonAsync("/api/users", new { email, password = Password, displayName = "Officer", roles = SecretariatRole }, Json)).EnsureSuccessStatusCode();
        using var officer = await ApiSignIn.ClientAsync(baseUrl, email, Password);
        var body = await CreatedIdAsync(await officer.PostAsJsonAsync("/api/bodies", new
        {
            name = "Ad hoc working group on programmatic, budgetary and administrative matters", shortName = "PBA", kind = "WorkingGroup", symbolPrefix = "HSP/EB",
            summaryStyle = "Numbered", attribution = "Anonymous", documentDeadlineDays = 7,
        }, Json));
        var start = DateTimeOffset.UtcNow.AddDays(7).AddSeconds(dueInSeconds);
        var meeting = await CreatedIdAsync(await officer.PostAsJsonAsync("/api/meetings", new
        {
            bodyId = body, startsAt = start, endsAt = start.AddHours(3), timeZone = "Africa/Nairobi", venue = "UNON", modality = "InPerson", chair = new { name = "Chair" },
        }, Json));
        for (var i = 0; i < documents; i++)
        {
            await CreatedIdAsync(await officer.PostAsJsonAsync($"/api/meetings/{meeting}/documents",
                new { title = $"Background document {i + 1}", category = "Report", distribution = "General", originalLanguage = "en", required = true }, Json));
        }

        return meeting;
    }

    private static async Task<int> OverdueAsync(HttpClient client, Guid meeting)
    {
        // The list comes a page at a time (at most 200 lines): follow its Link header to the last page.
        var overdue = 0;
        for (string? page = $"/api/meetings/{meeting}/documents?limit=200"; page is not null;)
        {
            using var response = await client.GetAsync(page);
            response.EnsureSuccessStatusCode();
            var documents = await response.Content.ReadFromJsonAsync<JsonElement[]>(Json);
            overdue += documents!.Count(d => d.GetProperty("languages").EnumerateArray().Any(l => l.GetProperty("status").GetString() == "Overdue"));
            page = response.Headers.TryGetValues("Link", out var links)
                ? links.SelectMany(l => l.Split(',')).Where(l => l.Contains("rel=\"next\"", StringComparison.Ordinal))
                    .Select(l => l[(l.IndexOf('<', StringComparison.Ordinal) + 1)..l.IndexOf('>', StringComparison.Ordinal)]).FirstOrDefault()
                : null;
        }

        return overdue;
    }

    internal static Process Start(string web, string dataFolder, int port)
    {
        var start = new ProcessStartInfo("dotnet", [web, "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = Path.GetDirectoryName(web)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["Data__Folder"] = dataFolder;
        start.Environment["Bootstrap__AdminEmail"] = Admin;
        start.Environment["Bootstrap__AdminPassword"] = Password;
        // The benchmark signs in as the first administrator with a password only (the API has no authenticator app).
        start.Environment["Identity__AdministratorsNeedTwoFactor"] = "false";
        start.Environment["RateLimits__LoginPerMinute"] = "100000";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Demo__Load"] = "false";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    internal static async Task WaitReadyAsync(Uri baseUrl, Process process)
    {
        using var client = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(5) };
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The application exited with code {process.ExitCode} before it was ready.");
            }

            try
            {
                using var response = await client.GetAsync("/health/ready");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(25);
        }
    }

    internal static async Task<Guid> CreatedIdAsync(HttpResponseMessage response)
    {
        using (response)
        {
            if (response.StatusCode != HttpStatusCode.Created)
            {
                throw new InvalidOperationException($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }

            return (await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetGuid();
        }
    }

    internal static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <summary>The Release build of the web application (built by ./build.sh run), found from the repository root.</summary>
    internal static string FindWebAssembly()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "src", "UnHabitat.Meetings.Web", "bin", "Release", "net10.0", "UnHabitat.Meetings.Web.dll");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("Build the web application first: dotnet build -c Release src/UnHabitat.Meetings.Web");
    }
}
