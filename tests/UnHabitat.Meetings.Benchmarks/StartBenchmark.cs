using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace UnHabitat.Meetings.Benchmarks;

/// <summary>
/// Issue 15, point 3: after the build, <c>./build.sh run</c> is ready (its banner with the address printed,
/// last) in at most 10 s, and the first PDF after that takes at most 3 s. Runs the script itself, on a free
/// port and a data folder of its own: once on an empty folder (migrations and demo data) and once more on the
/// same folder (a restart), timing each from the command to the banner, then the first PDF (the provisional
/// agenda of the first demo meeting). Run it once the Release build is current (a first <c>./build.sh run</c>
/// builds it): otherwise the first figure includes the build.
/// </summary>
public static class StartBenchmark
{
    private const string Banner = "is ready on ";

    public static async Task RunAsync()
    {
        var root = RepositoryRoot();
        var data = Directory.CreateTempSubdirectory("meetings-start-");
        try
        {
            foreach (var label in new[] { "empty data folder", "restart" })
            {
                var port = DeadlineRestartBenchmark.FreePort();
                var (ready, lastLine, firstPdf) = await OnceAsync(root, data.FullName, port);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{label}: ready after {ready.TotalSeconds:0.0} s (goal <= 10 s: {(ready.TotalSeconds <= 10 ? "met" : "NOT met")}); first PDF {firstPdf.TotalSeconds:0.00} s (goal <= 3 s: {(firstPdf.TotalSeconds <= 3 ? "met" : "NOT met")}); last line before the first request: \"{lastLine}\""));
            }
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }

    private static async Task<(TimeSpan Ready, string LastLine, TimeSpan FirstPdf)> OnceAsync(string root, string data, int port)
    {
        var url = $"http://127.0.0.1:{port}";
        var start = new ProcessStartInfo("bash", [Path.Combine(root, "build.sh"), "run"])
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["APP_URL"] = url;
        start.Environment["Data__Folder"] = data;
        var lines = new List<string>();
        var ready = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        void Read(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (lines)
            {
                lines.Add(line);
            }

            if (line.Contains(Banner, StringComparison.Ordinal))
            {
                ready.TrySetResult(clock.Elapsed);
            }
        }

        process.OutputDataReceived += (_, e) => Read(e.Data);
        process.ErrorDataReceived += (_, e) => Read(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var readyAfter = await ready.Task.WaitAsync(TimeSpan.FromMinutes(10));
            await Task.Delay(TimeSpan.FromSeconds(1)); // what the app prints after its banner, if anything
            string lastLine;
            lock (lines)
            {
                lastLine = lines.Last(l => !string.IsNullOrWhiteSpace(l));
            }

            using var client = await ApiSignIn.ClientAsync(new Uri(url), "secretariat@demo.unhabitat.org", "Habitat-Demo-2026");
            var meetings = await client.GetFromJsonAsync<JsonElement[]>("/api/meetings", ApiSignIn.Json);
            var meeting = meetings![0].GetProperty("id").GetGuid();
            var pdfClock = Stopwatch.StartNew();
            using var pdf = await client.GetAsync($"/api/meetings/{meeting}/agenda.pdf");
            pdf.EnsureSuccessStatusCode();
            await pdf.Content.ReadAsByteArrayAsync();
            return (readyAfter, lastLine, pdfClock.Elapsed);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "build.sh")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("build.sh not found above the benchmark.");
    }
}
