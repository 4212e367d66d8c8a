using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace UnHabitat.Meetings.Benchmarks;

/// <summary>
/// Lists and search on years of records (issue 16, points 6–8). Starts the Release build of the app on a one-year
/// and on a ten-year database made by tools/UnHabitat.Meetings.Generator, times every list and search the same way
/// on both (sequential requests over loopback, after a warm-up), and prints p95 per request and the ratio
/// ten-year / one-year; then the p99 of saving an intervention and reading the renumbered summary of a meeting with
/// 300 paragraphs, and the app's peak memory while eight clients read lists and search for 20 s.
/// A target is a data folder (SQLite, its meetings.db and files) or a PostgreSQL connection string (contains '=').
/// </summary>
public static class ScaleBenchmark
{
    private const string Officer = "secretariat@generated.unhabitat.org";
    private const string Delegate = "delegate.ke@generated.unhabitat.org";

    /// <summary>The generator's chair of the PBA (its third body), the body with the most meetings.</summary>
    private const string Chair = "chair.3@generated.unhabitat.org";
    private const string Password = "Habitat-Generated-2026";
    private const int Runs = 60;
    private static readonly JsonSerializerOptions Json = ApiSignIn.Json;

    public static async Task RunAsync(string[] args)
    {
        if (args.Length < 2)
        {
            Console.WriteLine("scale <one-year target> <ten-year target>: a data folder (SQLite) or a PostgreSQL connection string");
            return;
        }

        var one = await MeasureAsync(args[0], withWrites: false);
        var ten = await MeasureAsync(args[1], withWrites: true);
        Console.WriteLine();
        Console.WriteLine($"{"request",-70} {"1 year p95",11} {"10 years p95",13} {"ratio",6}");
        foreach (var (name, p95) in ten.Lists)
        {
            var before = one.Lists.GetValueOrDefault(name, double.NaN);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-70} {before,8:F1} ms {p95,10:F1} ms {p95 / before,5:F2}x"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"worst p95 on ten years: {ten.Lists.Values.Max():F1} ms; worst ratio: {ten.Lists.Max(l => l.Value / one.Lists.GetValueOrDefault(l.Key, double.NaN)):F2}x"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"save an intervention + renumbered summary of a 300-paragraph meeting: p50 {ten.SaveAndPreviewP50:F1} ms, p99 {ten.SaveAndPreviewP99:F1} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"app memory: peak {ten.PeakMegabytes:F0} MB on ten years ({one.PeakMegabytes:F0} MB on one year) under 8 clients for 20 s"));
    }

    private sealed record Figures(Dictionary<string, double> Lists, double SaveAndPreviewP50, double SaveAndPreviewP99, double PeakMegabytes);

    private static async Task<Figures> MeasureAsync(string target, bool withWrites)
    {
        var settings = target.Contains('=', StringComparison.Ordinal)
            ? new Dictionary<string, string> { ["Database__Provider"] = "Postgres", ["ConnectionStrings__Meetings"] = target }
            : new Dictionary<string, string> { ["Data__Folder"] = Path.GetFullPath(target) };
        Console.WriteLine($"Starting the app on {target} …");
        using var app = await RunningApp.StartAsync(settings);
        using var officer = await ApiSignIn.ClientAsync(app.BaseUrl, Officer, Password);
        using var delegation = await ApiSignIn.ClientAsync(app.BaseUrl, Delegate, Password);
        // The pages read the sign-in cookie: one browser-like client per person, and one signed out.
        using var officerPages = await PageSignIn.ClientAsync(app.BaseUrl, Officer, Password);
        using var delegationPages = await PageSignIn.ClientAsync(app.BaseUrl, Delegate, Password);
        using var chairPages = await PageSignIn.ClientAsync(app.BaseUrl, Chair, Password);
        using var signedOut = PageSignIn.Anonymous(app.BaseUrl);
        var clients = new Dictionary<string, HttpClient>(StringComparer.Ordinal)
        {
            ["officer"] = officer,
            ["delegation"] = delegation,
            ["officer page"] = officerPages,
            ["delegation page"] = delegationPages,
            ["chair page"] = chairPages,
            ["signed out page"] = signedOut,
        };
        var requests = await RequestsAsync(officer);
        var lists = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (who, path) in requests)
        {
            var client = clients[who];
            var times = new List<double>();
            for (var i = 0; i < Runs + 5; i++)
            {
                var clock = Stopwatch.StartNew();
                HttpResponseMessage response;
                try
                {
                    response = await client.GetAsync(path);
                    await response.Content.ReadAsByteArrayAsync();
                }
                catch (HttpRequestException failed) when (app.Process.HasExited)
                {
                    // The figures measured so far are printed as they come; say why the rest are missing.
                    throw new InvalidOperationException($"The application stopped (exit code {app.Process.ExitCode}) during {path}:\n{app.OutputTail}", failed);
                }

                using var answered = response;
                clock.Stop();
                if (!response.IsSuccessStatusCode)
                {
                    Console.WriteLine($"  {path}: {(int)response.StatusCode}, left out");
                    times.Clear();
                    break;
                }

                if (i >= 5)
                {
                    times.Add(clock.Elapsed.TotalMilliseconds);
                }
            }

            if (times.Count > 0)
            {
                lists[$"{who} {Shape(path)}"] = Percentile(times, 0.95);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {who} {Shape(path)}: p95 {lists[$"{who} {Shape(path)}"]:F1} ms"));
            }
        }

        var (p50, p99) = withWrites ? await SaveAndPreviewAsync(officer) : (double.NaN, double.NaN);
        await LoadAsync(app, requests, clients);
        return new Figures(lists, p50, p99, app.PeakMegabytes);
    }

    /// <summary>The lists and searches to time, with ids read from the database itself.</summary>
    private static async Task<List<(string Who, string Path)>> RequestsAsync(HttpClient officer)
    {
        var bodies = await officer.GetFromJsonAsync<JsonElement[]>("/api/bodies", Json) ?? [];
        var pba = bodies.First(b => b.GetProperty("shortName").GetString() == "PBA").GetProperty("id").GetGuid();
        var board = bodies.First(b => b.GetProperty("shortName").GetString() == "Executive Board").GetProperty("id").GetGuid();
        var meetings = await officer.GetFromJsonAsync<JsonElement[]>($"/api/meetings?bodyId={pba}&from=2025-01-01&to=2025-12-31", Json) ?? [];
        var meeting = meetings.Last().GetProperty("id").GetGuid();
        var documents = await officer.GetFromJsonAsync<JsonElement[]>($"/api/meetings/{meeting}/documents", Json) ?? [];
        var symbol = documents.First().GetProperty("symbol").GetString()!;
        var partial = symbol[(symbol.IndexOf('.', StringComparison.Ordinal) - 2)..];
        var sessions = await officer.GetFromJsonAsync<JsonElement[]>($"/api/sessions?bodyId={board}&from=2025-01-01&to=2025-12-31", Json) ?? [];
        var session = sessions.Last().GetProperty("id").GetGuid();
        var resolutions = await officer.GetFromJsonAsync<JsonElement[]>("/api/resolutions", Json) ?? [];
        var resolution = resolutions.Last().GetProperty("id").GetGuid();
        return
        [
            ("officer", "/api/bodies"),
            ("officer", "/api/meetings"),
            ("officer", $"/api/meetings?bodyId={pba}"),
            ("officer", $"/api/meetings?bodyId={pba}&from=2025-03-01&to=2025-06-30"),
            ("delegation", $"/api/meetings?bodyId={board}"),
            ("officer", $"/api/meetings/{meeting}/documents"),
            ("delegation", $"/api/meetings/{meeting}/documents"),
            ("officer", $"/api/meetings/{meeting}/interventions"),
            ("officer", $"/api/meetings/{meeting}/action-points"),
            ("officer", $"/api/meetings/{meeting}/summary"),
            ("officer", "/api/resolutions"),
            ("officer", $"/api/bodies/{board}/decisions?year=2025"),
            ("officer", $"/api/reports/timeliness?bodyId={board}&year=2025"),
            ("officer", "/api/notifications"),
            ("officer", $"/api/documents/by-symbol?symbol={Uri.EscapeDataString(symbol)}"),
            ("officer", "/api/search?q=housing"),
            ("officer", "/api/search?q=" + Uri.EscapeDataString("Donate Now button")),
            ("delegation", "/api/search?q=" + Uri.EscapeDataString("الإسكان")),
            ("delegation", "/api/search?q=" + Uri.EscapeDataString("住房")),
            ("delegation", "/api/search?q=" + Uri.EscapeDataString(partial)),
            ("officer", $"/api/search?q=budget&kind=RecordEntry&bodyId={pba}&from=2025-01-01&to=2025-12-31"),

            // The pages (issue 16 point 6 holds for them too), each as the person who reads it.
            ("officer page", "/dashboard"),
            ("officer page", "/search?q=housing"),
            ("officer page", $"/meetings/{meeting}"),
            ("officer page", $"/meetings/{meeting}/documents"),
            ("officer page", $"/meetings/{meeting}/record"),
            ("officer page", $"/meetings/{meeting}/summary"),
            ("officer page", $"/meetings/{meeting}/attendance"),
            ("officer page", $"/meetings/{meeting}/decisions"),
            ("officer page", $"/bodies/{board}/decisions?year=2025"),
            ("officer page", $"/sessions/{session}/journal"),
            ("officer page", $"/resolutions/{resolution}"),
            ("officer page", $"/reports/timeliness?bodyId={board}&year=2025"),
            ("officer page", "/admin/users"),
            ("officer page", "/meetings/new"),
            ("officer page", "/public"),
            ("chair page", "/inbox"),
            ("chair page", $"/reports/timeliness?bodyId={pba}&year=2025"),
            ("delegation page", "/delegation"),
            ("delegation page", "/public"),
            ("delegation page", $"/public/meetings/{meeting}"),
            ("delegation page", "/search?q=housing"),
            ("signed out page", "/public"),
            ("signed out page", $"/public/meetings/{meeting}"),
            ("signed out page", $"/public/sessions/{session}"),
            ("signed out page", "/search?q=housing"),
        ];
    }

    /// <summary>A meeting of today with 300 paragraphs: each save is timed with the summary read after it.</summary>
    private static async Task<(double P50, double P99)> SaveAndPreviewAsync(HttpClient officer)
    {
        var bodies = await officer.GetFromJsonAsync<JsonElement[]>("/api/bodies", Json) ?? [];
        var body = bodies.First(b => b.GetProperty("shortName").GetString() == "PBA").GetProperty("id").GetGuid();
        var start = DateTimeOffset.UtcNow.AddHours(-1);
        var meeting = await IdAsync(await officer.PostAsJsonAsync("/api/meetings", new
        {
            bodyId = body, startsAt = start, endsAt = start.AddHours(3), timeZone = "Africa/Nairobi", venue = "UNON Conference Room 4", modality = "InPerson", chair = new { name = "Chair" },
        }, Json));
        var agenda = await officer.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}/agenda", Json);
        var version = agenda.GetProperty("version").GetInt32();
        using var added = await officer.PostAsJsonAsync($"/api/meetings/{meeting}/agenda/items", new { title = "Report of the Executive Director", version }, Json);
        var item = (await added.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("items").EnumerateArray().Last().GetProperty("id").GetGuid();
        object Intervention(int n) => new
        {
            agendaItemId = item, speaker = new { kind = "MemberState", memberState = n % 2 == 0 ? "KE" : "FR" }, text = $"asked about the timeline of the strategic plan ({n}).",
        };
        for (var n = 0; n < 300; n++)
        {
            await IdAsync(await officer.PostAsJsonAsync($"/api/meetings/{meeting}/interventions", Intervention(n), Json));
        }

        var times = new List<double>();
        for (var n = 0; n < 105; n++)
        {
            var clock = Stopwatch.StartNew();
            await IdAsync(await officer.PostAsJsonAsync($"/api/meetings/{meeting}/interventions", Intervention(n), Json));
            using var summary = await officer.GetAsync($"/api/meetings/{meeting}/summary");
            await summary.Content.ReadAsByteArrayAsync();
            clock.Stop();
            if (n >= 5)
            {
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        return (Percentile(times, 0.5), Percentile(times, 0.99));
    }

    /// <summary>Eight clients read the lists and search at once for 20 s, so that the peak memory means something.</summary>
    private static async Task LoadAsync(RunningApp app, List<(string Who, string Path)> requests, Dictionary<string, HttpClient> clients)
    {
        var until = DateTime.UtcNow.AddSeconds(20);
        await Task.WhenAll(Enumerable.Range(0, 8).Select(async c =>
        {
            var i = c;
            while (DateTime.UtcNow < until)
            {
                var (who, path) = requests[i++ % requests.Count];
                using var response = await clients[who].GetAsync(path);
                await response.Content.ReadAsByteArrayAsync();
            }
        }));
        _ = app;
    }

    private static async Task<Guid> IdAsync(HttpResponseMessage response)
    {
        using (response)
        {
            if (response.StatusCode != HttpStatusCode.Created)
            {
                throw new InvalidOperationException($"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }

            return (await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetGuid();
        }
    }

    /// <summary>Ids and symbols differ between the two databases: a row is named by the request's shape.</summary>
    private static string Shape(string path) =>
        System.Text.RegularExpressions.Regex.Replace(
            System.Text.RegularExpressions.Regex.Replace(path, "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "{id}"),
            "(symbol=|q=)[^&]*%2F[^&]*", "$1{symbol}");

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }
}
