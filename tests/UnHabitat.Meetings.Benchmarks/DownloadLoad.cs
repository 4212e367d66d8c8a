using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace UnHabitat.Meetings.Benchmarks;

/// <summary>
/// The week before a session: many delegations download the same document at once. Against the running
/// application (start it with <c>./build.sh run</c>), this signs in as the Secretariat, posts a 1 MB PDF
/// of Limited distribution on the first upcoming meeting (once: later runs reuse it), signs in as a
/// delegation and downloads that PDF from 100 concurrent clients, each on its own connection, for 30 s.
/// It prints requests per second and the latency percentiles, and, measured in the same run, the latency
/// of one client alone, so the slowdown under load reads as a ratio that does not depend on the machine.
/// </summary>
public static class DownloadLoad
{
    private const string Title = "Download benchmark: draft work programme (1 MB)";
    private const int Size = 1024 * 1024;
    private static readonly JsonSerializerOptions Json = ApiSignIn.Json;

    public static async Task RunAsync(string[] args)
    {
        var baseUrl = new Uri(args.Length > 0 ? args[0] : "http://localhost:5080");
        var clients = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100;
        var seconds = args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 30;
        var secretariat = (Environment.GetEnvironmentVariable("LOAD_SECRETARIAT") ?? "secretariat@demo.unhabitat.org:Habitat-Demo-2026").Split(':', 2);
        var delegation = (Environment.GetEnvironmentVariable("LOAD_DELEGATION") ?? "delegate.kenya@demo.unhabitat.org:Habitat-Demo-2026").Split(':', 2);

        using var setup = new HttpClient { BaseAddress = baseUrl };
        setup.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await ApiSignIn.TokenAsync(setup, secretariat[0], secretariat[1]));
        var documentId = await PostedDocumentAsync(setup);
        var delegationToken = await ApiSignIn.TokenAsync(setup, delegation[0], delegation[1]);
        var path = new Uri($"/api/documents/{documentId}/files/en", UriKind.Relative);
        Console.WriteLine($"Document {documentId}, {Size / 1024} KiB, downloaded by {delegation[0]} from {baseUrl}");

        // Warm-up, then one client alone: the yardstick for the run under load.
        await DriveAsync(baseUrl, path, delegationToken, 4, TimeSpan.FromSeconds(3));
        var alone = await DriveAsync(baseUrl, path, delegationToken, 1, TimeSpan.FromSeconds(5));
        var loaded = await DriveAsync(baseUrl, path, delegationToken, clients, TimeSpan.FromSeconds(seconds));

        Report("1 client, 5 s", alone);
        Report($"{clients} clients, {seconds:0} s", loaded);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ratios: p99 under load / median alone = {loaded.Percentile(99) / alone.Percentile(50):0.0}x; throughput under load / alone = {loaded.PerSecond / alone.PerSecond:0.00}x"));
    }

    /// <summary>The benchmark's document on the first upcoming meeting, registered, uploaded and published if missing.</summary>
    private static async Task<Guid> PostedDocumentAsync(HttpClient client)
    {
        var from = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        var meetings = await client.GetFromJsonAsync<JsonElement[]>($"/api/meetings?from={Uri.EscapeDataString(from)}", Json);
        var meeting = meetings!.First(m => m.GetProperty("status").GetString() == "Scheduled").GetProperty("id").GetGuid();
        var documents = await client.GetFromJsonAsync<JsonElement[]>($"/api/meetings/{meeting}/documents", Json);
        var existing = documents!.FirstOrDefault(d => d.GetProperty("title").GetString() == Title);
        if (existing.ValueKind == JsonValueKind.Object && existing.GetProperty("postedAt").ValueKind != JsonValueKind.Null)
        {
            return existing.GetProperty("id").GetGuid();
        }

        var id = existing.ValueKind == JsonValueKind.Object ? existing.GetProperty("id").GetGuid() : await RegisterAsync(client, meeting);
        using var form = new MultipartFormDataContent { { new ByteArrayContent(OneMegabytePdf()), "file", "work-programme.pdf" } };
        (await client.PutAsync($"/api/documents/{id}/files/en", form)).EnsureSuccessStatusCode();
        var version = (await client.GetFromJsonAsync<JsonElement>($"/api/documents/{id}", Json)).GetProperty("version").GetInt32();
        using var published = await client.PostAsJsonAsync($"/api/documents/{id}/publish", new { lateJustification = "Posted for the download benchmark.", version }, Json);
        published.EnsureSuccessStatusCode();
        return id;
    }

    private static async Task<Guid> RegisterAsync(HttpClient client, Guid meeting)
    {
        using var response = await client.PostAsJsonAsync($"/api/meetings/{meeting}/documents",
            new { title = Title, category = "Report", distribution = "Limited", originalLanguage = "en", required = false }, Json);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetGuid();
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

    /// <summary><paramref name="clients"/> loops, each with its own connection, downloading until the time is up.</summary>
    private static async Task<Run> DriveAsync(Uri baseUrl, Uri path, string token, int clients, TimeSpan duration)
    {
        var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var started = Stopwatch.GetTimestamp();
        var workers = Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1 }) { BaseAddress = baseUrl, Timeout = TimeSpan.FromMinutes(2) };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var buffer = new byte[81920];
            var latencies = new List<double>();
            var errors = 0;
            while (Stopwatch.GetTimestamp() < until)
            {
                var begin = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
                    await using var body = await response.Content.ReadAsStreamAsync();
                    long read = 0;
                    int n;
                    while ((n = await body.ReadAsync(buffer)) > 0)
                    {
                        read += n;
                    }

                    if (!response.IsSuccessStatusCode || read != Size)
                    {
                        errors++;
                        continue;
                    }
                }
                catch (HttpRequestException)
                {
                    errors++;
                    continue;
                }

                latencies.Add(Stopwatch.GetElapsedTime(begin).TotalMilliseconds);
            }

            return (latencies, errors);
        })).ToList();
        var results = await Task.WhenAll(workers);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        return new Run([.. results.SelectMany(r => r.latencies).Order()], results.Sum(r => r.errors), elapsed);
    }

    private static void Report(string label, Run run) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{label}: {run.Latencies.Length} downloads, {run.Errors} errors, {run.PerSecond:0.0} req/s, {run.PerSecond * Size / (1024 * 1024):0.0} MiB/s; latency ms p50 {run.Percentile(50):0.0}, p90 {run.Percentile(90):0.0}, p99 {run.Percentile(99):0.0}, max {run.Latencies.LastOrDefault():0.0}"));

    private sealed record Run(double[] Latencies, int Errors, double Seconds)
    {
        public double PerSecond => Latencies.Length / Seconds;

        public double Percentile(int p) => Latencies.Length == 0 ? double.NaN : Latencies[Math.Min(Latencies.Length - 1, (int)Math.Ceiling(p / 100.0 * Latencies.Length) - 1)];
    }
}
