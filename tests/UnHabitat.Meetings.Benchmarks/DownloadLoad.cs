using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace UnHabitat.Meetings.Benchmarks;

/// <summary>
/// The week before a session: every delegation downloads the same document at once (issue 15, point 1).
/// Starts the Release build of the app (as <c>./build.sh run</c> does: Production, demo data, its own data
/// folder) and, next to it, an nginx of its own serving the same 1 MB PDF from disk on another loopback port;
/// then <c>wrk</c> with 100 connections against both, one after the other in the same run, the app with a
/// delegation's token. It prints requests per second, p50/p99, errors and the ratios app/nginx, and the
/// same figures for downloads the delegation may not see (a draft, an id that exists nowhere, a Restricted
/// document of a body its State does not sit on), which must be answered as fast as a hit.
/// Needs the Debian packages nginx (or nginx-light) and wrk.
/// </summary>
public static partial class DownloadLoad
{
    private const string Title = "Download benchmark: draft work programme (1 MB)";
    private const int Size = 1024 * 1024;
    private const string Admin = "admin@bench.unhabitat.org";
    private const string AdminPassword = "Bench-Password-2026";
    private const string Secretariat = "secretariat@demo.unhabitat.org";
    private const string Delegation = "delegate.kenya@demo.unhabitat.org";
    private static readonly JsonSerializerOptions Json = ApiSignIn.Json;
    private static readonly string[] NginxPaths = ["/usr/sbin/nginx", "/usr/bin/nginx"];

    public static async Task RunAsync(string[] args)
    {
        var seconds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20;
        var connections = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100;
        var nginxBinary = NginxPaths.FirstOrDefault(File.Exists);
        if (nginxBinary is null || !File.Exists("/usr/bin/wrk"))
        {
            Console.Error.WriteLine("This benchmark needs nginx and wrk: apt-get install -y --no-install-recommends nginx-light wrk");
            Environment.ExitCode = 1;
            return;
        }

        var web = DeadlineRestartBenchmark.FindWebAssembly();
        var work = Directory.CreateTempSubdirectory("meetings-downloads-");
        Process? app = null;
        Process? nginx = null;
        try
        {
            var appPort = DeadlineRestartBenchmark.FreePort();
            var appUrl = new Uri($"http://127.0.0.1:{appPort}");
            app = StartApp(web, Path.Combine(work.FullName, "data"), appPort);
            var clock = Stopwatch.StartNew();
            await DeadlineRestartBenchmark.WaitReadyAsync(appUrl, app);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"App {web} ready on {appUrl} after {clock.ElapsedMilliseconds} ms"));

            var pdf = OneMegabytePdf();
            var targets = await PostDocumentsAsync(appUrl, pdf);
            var nginxPort = DeadlineRestartBenchmark.FreePort();
            nginx = OperatingSystem.IsLinux() ? StartNginx(nginxBinary, work.FullName, nginxPort, pdf) : throw new PlatformNotSupportedException("nginx is started on Linux only.");
            await WaitForAsync(new Uri($"http://127.0.0.1:{nginxPort}/work-programme.pdf"), nginx);

            var hit = $"{appUrl}api/documents/{targets.Hit}/files/en";
            var fromDisk = $"http://127.0.0.1:{nginxPort}/work-programme.pdf";
            Console.WriteLine($"{Size / 1024} KiB PDF, {connections} connections, {seconds} s a run; app: {hit} as {Delegation}; nginx: {fromDisk}");

            // Warm both (JIT, caches, page cache), then the measured runs.
            await Wrk(fromDisk, null, 3, connections);
            await Wrk(hit, targets.Token, 5, connections);
            var nginxRun = await Wrk(fromDisk, null, seconds, connections);
            var appRun = await Wrk(hit, targets.Token, seconds, connections);
            // Each refusal twice, in turns, so that the machine's drift does not favour one of them.
            var kinds = new[]
            {
                ("draft (404)", 404, targets.Draft),
                ("exists nowhere (404)", 404, Guid.NewGuid()),
                ("Restricted, not a member (403)", 403, targets.Restricted),
            };
            // The hit run's downloads are written to the download log in one batch just after it: let that pass.
            await Task.Delay(TimeSpan.FromSeconds(3));
            var halves = new List<WrkRun>[kinds.Length];
            for (var round = 0; round < 2; round++)
            {
                // The second round in the reverse order, so that no kind always comes first.
                foreach (var k in round == 0 ? Enumerable.Range(0, kinds.Length) : Enumerable.Range(0, kinds.Length).Reverse())
                {
                    (halves[k] ??= []).Add(await Wrk($"{appUrl}api/documents/{kinds[k].Item3}/files/en", targets.Token, Math.Max(5, seconds / 4), connections));
                }
            }

            var refusals = kinds.Select((kind, k) => (Name: kind.Item1, Status: kind.Item2, Run: WrkRun.Combine(halves[k]))).ToList();

            Console.WriteLine();
            Print("nginx, same file from disk", nginxRun);
            Print("app, published PDF (200)", appRun);
            foreach (var (name, _, run) in refusals)
            {
                Print($"app, {name}", run);
            }

            var throughput = appRun.PerSecond / nginxRun.PerSecond;
            var tail = appRun.P99 / nginxRun.P99;
            var errors = appRun.Errors + appRun.NonSuccess + nginxRun.Errors + nginxRun.NonSuccess;
            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ratio app/nginx req/s = {throughput:0.00}x (goal >= 0.5x: {Verdict(throughput >= 0.5)}); p99 app/nginx = {tail:0.00}x (goal <= 3x: {Verdict(tail <= 3)}); errors {errors} (goal 0: {Verdict(errors == 0)})"));
            foreach (var (name, status, run) in refusals)
            {
                var wrongAnswers = run.Requests - run.NonSuccess;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{name}: p50 {run.P50 / appRun.P50:0.00}x a hit's, p99 {run.P99 / appRun.P99:0.00}x a hit's (goal <= 1x: {Verdict(run.P99 <= appRun.P99)}); answers other than {status}: {wrongAnswers + run.Errors}"));
            }

            var draft = refusals[0].Run;
            var nowhere = refusals[1].Run;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"draft / exists nowhere: p50 {draft.P50 / nowhere.P50:0.00}x, p99 {draft.P99 / nowhere.P99:0.00}x (the same answer, in the same time, tells nothing)"));
        }
        finally
        {
            foreach (var process in new[] { nginx, app })
            {
                if (process is { HasExited: false })
                {
                    process.Kill(entireProcessTree: true);
                    await process.WaitForExitAsync();
                }

                process?.Dispose();
            }

            work.Delete(recursive: true);
        }
    }

    private static string Verdict(bool met) => met ? "met" : "NOT met";

    private static void Print(string label, WrkRun run) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{label,-42} {run.PerSecond,9:0.0} req/s  p50 {run.P50,8:0.00} ms  p99 {run.P99,8:0.00} ms  errors {run.Errors}  ({run.Requests} requests, {run.NonSuccess} not 2xx/3xx)"));

    /// <summary>The app as <c>./build.sh run</c> starts it (Production logging, demo data), on a data folder of its own.</summary>
    private static Process StartApp(string web, string dataFolder, int port)
    {
        var start = new ProcessStartInfo("dotnet", [web, "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = Path.GetDirectoryName(web)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Data__Folder"] = dataFolder;
        start.Environment["Demo__Load"] = "true";
        start.Environment["Bootstrap__AdminEmail"] = Admin;
        start.Environment["Bootstrap__AdminPassword"] = AdminPassword;
        // The benchmark signs in as the first administrator with a password only (the API has no authenticator app).
        start.Environment["Identity__AdministratorsNeedTwoFactor"] = "false";
        start.Environment["RateLimits__LoginPerMinute"] = "1000";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>nginx in the foreground, with a configuration of its own: sendfile, no access log, the file in its root.</summary>
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    private static Process StartNginx(string binary, string folder, int port, byte[] pdf)
    {
        var root = Directory.CreateDirectory(Path.Combine(folder, "www")).FullName;
        File.WriteAllBytes(Path.Combine(root, "work-programme.pdf"), pdf);
        Directory.CreateDirectory(Path.Combine(folder, "logs"));
        // The workers run as nobody: they need to reach the file.
        foreach (var path in new[] { folder, root })
        {
            File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }

        File.SetUnixFileMode(Path.Combine(root, "work-programme.pdf"), (UnixFileMode)0b110_100_100);
        var config = Path.Combine(folder, "nginx.conf");
        File.WriteAllText(config, $$"""
            worker_processes auto;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/logs/error.log warn;
            events { worker_connections 1024; }
            http {
                access_log off;
                sendfile on;
                tcp_nopush on;
                keepalive_requests 100000;
                types { application/pdf pdf; }
                client_body_temp_path {{folder}}/logs;
                proxy_temp_path {{folder}}/logs;
                fastcgi_temp_path {{folder}}/logs;
                uwsgi_temp_path {{folder}}/logs;
                scgi_temp_path {{folder}}/logs;
                server {
                    listen 127.0.0.1:{{port}};
                    root {{root}};
                }
            }
            """);
        var start = new ProcessStartInfo(binary, ["-p", folder, "-c", config, "-g", "daemon off;"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine($"nginx: {e.Data}");
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitForAsync(Uri url, Process process)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        for (var i = 0; i < 200; i++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"nginx exited with code {process.ExitCode}.");
            }

            try
            {
                using var response = await client.GetAsync(url);
                response.EnsureSuccessStatusCode();
                return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(50);
            }
        }

        throw new TimeoutException($"nginx did not answer on {url}.");
    }

    private sealed record Targets(string Token, Guid Hit, Guid Draft, Guid Restricted);

    /// <summary>
    /// On an upcoming PBA meeting (a body Kenya does not sit on): the published 1 MB PDF (Limited: any
    /// signed-in caller), the same file registered but not published, and a published Restricted one.
    /// </summary>
    private static async Task<Targets> PostDocumentsAsync(Uri baseUrl, byte[] pdf)
    {
        using var officer = await ApiSignIn.ClientAsync(baseUrl, Secretariat, "Habitat-Demo-2026");
        var from = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        var meetings = await officer.GetFromJsonAsync<JsonElement[]>($"/api/meetings?from={Uri.EscapeDataString(from)}", Json);
        var scheduled = meetings!.Where(m => m.GetProperty("status").GetString() == "Scheduled").ToList();
        var meeting = scheduled.FirstOrDefault(m => m.GetProperty("bodyShortName").GetString() == "PBA");
        meeting = meeting.ValueKind == JsonValueKind.Object ? meeting : scheduled.First();
        var meetingId = meeting.GetProperty("id").GetGuid();

        var hit = await RegisterAsync(officer, meetingId, Title, "Limited");
        await UploadAsync(officer, hit, pdf, publish: true);
        var draft = await RegisterAsync(officer, meetingId, Title + " (draft)", "Limited");
        await UploadAsync(officer, draft, pdf, publish: false);
        var restricted = await RegisterAsync(officer, meetingId, Title + " (restricted)", "Restricted");
        await UploadAsync(officer, restricted, pdf, publish: true);

        using var delegation = new HttpClient { BaseAddress = baseUrl };
        var token = await ApiSignIn.TokenAsync(delegation, Delegation, "Habitat-Demo-2026");
        return new Targets(token, hit, draft, restricted);
    }

    private static async Task<Guid> RegisterAsync(HttpClient client, Guid meeting, string title, string distribution)
    {
        using var response = await client.PostAsJsonAsync($"/api/meetings/{meeting}/documents",
            new { title, category = "Report", distribution, originalLanguage = "en", required = false }, Json);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetGuid();
    }

    private static async Task UploadAsync(HttpClient client, Guid id, byte[] pdf, bool publish)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(pdf), "file", "work-programme.pdf" } };
        (await client.PutAsync($"/api/documents/{id}/files/en", form)).EnsureSuccessStatusCode();
        if (publish)
        {
            using var published = await ApiSignIn.VersionedPostAsync(client, $"/api/documents/{id}/publish", new { lateJustification = "Posted for the download benchmark." });
            published.EnsureSuccessStatusCode();
        }
    }

    /// <summary>A PDF that passes the upload's structural check (objects, xref, startxref, %%EOF), padded with a comment to exactly 1 MiB.</summary>
    private static byte[] OneMegabytePdf()
    {
        const string objects = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n";
        var trailer = (int padding) =>
        {
            var xref = objects.Length + padding;
            return FormattableString.Invariant($"xref\n0 3\n0000000000 65535 f \n0000000009 00000 n \n0000000058 00000 n \ntrailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        };
        var padding = Size - objects.Length - trailer(Size).Length; // the offset has as many digits either way
        return Encoding.ASCII.GetBytes(objects + "%" + new string('x', padding - 2) + "\n" + trailer(padding));
    }

    /// <summary>One wrk run (2 threads: the machine's cores) and its figures.</summary>
    private static async Task<WrkRun> Wrk(string url, string? token, int seconds, int connections)
    {
        var arguments = new List<string> { "-t2", $"-c{connections}", $"-d{seconds}s", "--timeout", "10s", "--latency" };
        if (token is not null)
        {
            arguments.AddRange(["-H", $"Authorization: Bearer {token}"]);
        }

        arguments.Add(url);
        var start = new ProcessStartInfo("/usr/bin/wrk", arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"wrk failed ({process.ExitCode}): {error}{output}");
        }

        return WrkRun.Parse(output);
    }

    internal sealed partial record WrkRun(double PerSecond, double P50, double P99, long Requests, long NonSuccess, long Errors)
    {
        public static WrkRun Parse(string output)
        {
            var perSecond = double.Parse(RequestsPerSecond().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
            var requests = long.Parse(RequestCount().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
            var nonSuccess = NonSuccessCount().Match(output) is { Success: true } m ? long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
            var errors = SocketErrors().Match(output) is { Success: true } e
                ? Enumerable.Range(1, 4).Sum(i => long.Parse(e.Groups[i].Value, CultureInfo.InvariantCulture))
                : 0;
            return new WrkRun(perSecond, Percentile(output, "50"), Percentile(output, "99"), requests, nonSuccess, errors);
        }

        /// <summary>Runs of equal length as one: rates and counts added up, percentiles averaged (an approximation).</summary>
        public static WrkRun Combine(IReadOnlyList<WrkRun> runs) => new(
            runs.Average(r => r.PerSecond), runs.Average(r => r.P50), runs.Average(r => r.P99),
            runs.Sum(r => r.Requests), runs.Sum(r => r.NonSuccess), runs.Sum(r => r.Errors));

        /// <summary>"99%  12.34ms" in the latency distribution, in milliseconds.</summary>
        private static double Percentile(string output, string percent)
        {
            var match = Regex.Match(output, $@"^\s+{percent}%\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
            var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            return match.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
        }

        [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
        private static partial Regex RequestsPerSecond();

        [GeneratedRegex(@"(\d+) requests in")]
        private static partial Regex RequestCount();

        [GeneratedRegex(@"Non-2xx or 3xx responses: (\d+)")]
        private static partial Regex NonSuccessCount();

        [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
        private static partial Regex SocketErrors();
    }
}
