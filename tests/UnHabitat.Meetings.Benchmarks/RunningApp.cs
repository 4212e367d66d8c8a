using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace UnHabitat.Meetings.Benchmarks;

/// <summary>
/// The Release build of the web application run as a process of its own on a free loopback port, with the
/// settings a benchmark gives it; killed (the whole tree) when disposed.
/// </summary>
internal sealed class RunningApp : IDisposable
{
    private System.Collections.Concurrent.ConcurrentQueue<string> _output = new();

    private RunningApp(Process process, Uri baseUrl)
    {
        Process = process;
        BaseUrl = baseUrl;
    }

    /// <summary>The last lines the application wrote: why it stopped, when it did.</summary>
    public string OutputTail => string.Join('\n', _output.TakeLast(30));

    public Process Process { get; }

    public Uri BaseUrl { get; }

    /// <summary>The most memory the process has held so far (VmHWM), in MB.</summary>
    public double PeakMegabytes => ReadStatus("VmHWM:");

    /// <summary>The memory the process holds now (VmRSS), in MB.</summary>
    public double ResidentMegabytes => ReadStatus("VmRSS:");

    public static async Task<RunningApp> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var web = DeadlineRestartBenchmark.FindWebAssembly();
        var port = DeadlineRestartBenchmark.FreePort();
        var start = new ProcessStartInfo("dotnet", [web, "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = Path.GetDirectoryName(web)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Demo__Load"] = "false";
        start.Environment["RateLimits__LoginPerMinute"] = "100000";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start)!;
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) => output.Enqueue(e.Data ?? "");
        process.ErrorDataReceived += (_, e) => output.Enqueue(e.Data ?? "");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var app = new RunningApp(process, new Uri($"http://127.0.0.1:{port}")) { _output = output };
        using var client = new HttpClient { BaseAddress = app.BaseUrl, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited || clock.Elapsed > TimeSpan.FromMinutes(5))
            {
                app.Dispose();
                throw new InvalidOperationException($"The application did not get ready:\n{string.Join('\n', output.TakeLast(30))}");
            }

            try
            {
                using var response = await client.GetAsync("/health/ready");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return app;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(50);
        }
    }

    public void Dispose()
    {
        if (!Process.HasExited)
        {
            Process.Kill(entireProcessTree: true);
            Process.WaitForExit();
        }

        Process.Dispose();
    }

    private double ReadStatus(string field)
    {
        var line = File.ReadLines($"/proc/{Process.Id}/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
        return line is null ? double.NaN : double.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024;
    }
}
