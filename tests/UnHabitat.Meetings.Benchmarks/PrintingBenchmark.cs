using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using UnHabitat.Meetings.Web.Tests.Fixtures;

namespace UnHabitat.Meetings.Benchmarks;

/// <summary>
/// Issue 15, printing: the 56th PBA summary (73 paragraphs) as a PDF through the API of the real application (the
/// Release build, started as a process on a database of its own), side by side with LibreOffice converting the
/// product's own DOCX of the same summary, in one run. Times (1) the first PDF after a restart, (2) a warm PDF right
/// after a change to the record, (3) eight officers printing eight changed summaries at once against one alone,
/// (4) a PDF printed already (cache). The machine is shared and noisy: the ratios are the figures.
/// </summary>
public static class PrintingBenchmark
{
    private const int Meetings = 8;
    private static readonly JsonSerializerOptions Json = ApiSignIn.Json;
    private static readonly string[] OfficePaths = ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/lib/libreoffice/program/soffice"];

    public static async Task RunAsync(string[] args)
    {
        var warmRuns = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20;
        var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        var officeRuns = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;
        var settleRuns = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 100;
        var web = DeadlineRestartBenchmark.FindWebAssembly();
        var office = FindOffice() ?? InstallOffice();
        var folder = Directory.CreateTempSubdirectory("meetings-printing-");
        var port = DeadlineRestartBenchmark.FreePort();
        var baseUrl = new Uri($"http://127.0.0.1:{port}");
        try
        {
            var meetings = new List<Guid>();
            using (var first = DeadlineRestartBenchmark.Start(web, folder.FullName, port))
            {
                await DeadlineRestartBenchmark.WaitReadyAsync(baseUrl, first);
                using var admin = await ApiSignIn.ClientAsync(baseUrl, DeadlineRestartBenchmark.Admin, DeadlineRestartBenchmark.Password);
                var officer = await UserAsync(baseUrl, admin, "Secretariat");
                var chair = await UserAsync(baseUrl, admin, "Chair");
                var body = await DeadlineRestartBenchmark.CreatedIdAsync(await officer.Client.PostAsJsonAsync("/api/bodies", new
                {
                    name = Pba56Reference.BodyName, shortName = "PBA", kind = "WorkingGroup", symbolPrefix = "HSP/EB",
                    summaryStyle = "Numbered", attribution = "Anonymous", chairUserIds = new[] { chair.Id },
                }, Json));
                for (var i = 0; i < Meetings; i++)
                {
                    meetings.Add(await Pba56Async(officer.Client, chair.Client, body, 56 + i));
                }

                first.Kill(entireProcessTree: true);
                await first.WaitForExitAsync();
                officer.Client.Dispose();
                chair.Client.Dispose();
            }

            // The first PDF after a start: the application is restarted on the same data and asked at once.
            var started = Stopwatch.StartNew();
            using var app = DeadlineRestartBenchmark.Start(web, folder.FullName, port);
            await DeadlineRestartBenchmark.WaitReadyAsync(baseUrl, app);
            var ready = started.Elapsed.TotalMilliseconds;
            using var admin2 = await ApiSignIn.ClientAsync(baseUrl, DeadlineRestartBenchmark.Admin, DeadlineRestartBenchmark.Password);
            var secretariat = await UserAsync(baseUrl, admin2, "Secretariat");
            var signedIn = started.Elapsed.TotalMilliseconds;
            var firstPdf = await TimedPdfAsync(secretariat.Client, meetings[0]);
            var afterStart = started.Elapsed.TotalMilliseconds;

            // A server that has been up a while: the JIT has recompiled the hot paths with full optimisation (a freshly
            // started app spends more CPU on that than on the PDFs; measured: 31-41 ms of the app's CPU a PDF in the
            // first bursts against 5 ms later). Untimed changes and PDFs, one at a time and eight at once.
            var settling = Stopwatch.StartNew();
            for (var i = 0; i < settleRuns; i++)
            {
                await ChangeRecordAsync(secretariat.Client, meetings[i % Meetings], 5000 + i);
                if (i % 10 == 9)
                {
                    await Task.WhenAll(meetings.Select(m => TimedPdfAsync(secretariat.Client, m)));
                }
                else
                {
                    await TimedPdfAsync(secretariat.Client, meetings[i % Meetings]);
                }
            }

            var settled = settling.Elapsed.TotalSeconds;

            // Warm, each PDF right after a change to the record (so nothing printed before can answer it).
            var warm = new List<double>();
            byte[] pdf = [];
            var chromiumBefore = ChromiumProcesses.Of(app.Id);
            var appCpuBefore = ChromiumProcesses.CpuMsOf(app.Id);
            for (var i = 0; i < warmRuns; i++)
            {
                await ChangeRecordAsync(secretariat.Client, meetings[0], i);
                var (ms, bytes) = await TimedPdfAsync(secretariat.Client, meetings[0]);
                warm.Add(ms);
                pdf = bytes;
            }

            var warmCpu = ChromiumProcesses.Spent(chromiumBefore, ChromiumProcesses.Of(app.Id), warmRuns);
            var warmAppCpu = (ChromiumProcesses.CpuMsOf(app.Id) - appCpuBefore) / warmRuns;

            // Eight officers, each printing their own summary just changed, at once; each round against one alone timed
            // just before it, so that both sides of the ratio meet the same load on a shared machine.
            var walls = new List<double>();
            var alone = new List<double>();
            var ratios = new List<double>();
            var atOnceCpu = "";
            // CPU of every round's burst, by whom: Chromium, the app, this process (the eight officers' HTTP clients), the
            // rest of the machine (kernel work of the loopback and pipes, other programs).
            double burstChromium = 0, burstApp = 0, burstClients = 0, burstMachine = 0, burstWall = 0;
            var self = Process.GetCurrentProcess();
            for (var round = 0; round < rounds; round++)
            {
                await ChangeRecordAsync(secretariat.Client, meetings[0], 2000 + round);
                var single = (await TimedPdfAsync(secretariat.Client, meetings[0])).Ms;
                for (var m = 0; m < Meetings; m++)
                {
                    await ChangeRecordAsync(secretariat.Client, meetings[m], 1000 + round);
                }

                var before = ChromiumProcesses.Of(app.Id);
                var appBefore = ChromiumProcesses.CpuMsOf(app.Id);
                self.Refresh();
                var clientsBefore = self.TotalProcessorTime.TotalMilliseconds;
                var machineBefore = ChromiumProcesses.MachineBusyMs();
                var clock = Stopwatch.StartNew();
                await Task.WhenAll(meetings.Select(m => TimedPdfAsync(secretariat.Client, m)));
                walls.Add(clock.Elapsed.TotalMilliseconds);
                burstMachine += ChromiumProcesses.MachineBusyMs() - machineBefore;
                self.Refresh();
                burstClients += self.TotalProcessorTime.TotalMilliseconds - clientsBefore;
                var after = ChromiumProcesses.Of(app.Id);
                var appSpent = ChromiumProcesses.CpuMsOf(app.Id) - appBefore;
                burstChromium += ChromiumProcesses.ChromiumMs(after) - ChromiumProcesses.ChromiumMs(before);
                burstApp += appSpent;
                burstWall += walls[^1];
                atOnceCpu = ChromiumProcesses.Spent(before, after, Meetings)
                    + string.Create(CultureInfo.InvariantCulture, $"; the app {appSpent / Meetings:0} ms a PDF");
                alone.Add(single);
                ratios.Add(walls[^1] / single);
            }

            // The same PDF again, nothing changed: printed already.
            var cached = new List<double>();
            for (var i = 0; i < 200; i++)
            {
                cached.Add((await TimedPdfAsync(secretariat.Client, meetings[0])).Ms);
            }

            // The same, as a browser asks again for what it holds: If-None-Match with the ETag it got.
            var etag = (await secretariat.Client.GetAsync($"/api/meetings/{meetings[0]}/summary.pdf")).Headers.ETag!;
            var revalidated = new List<double>();
            for (var i = 0; i < 200; i++)
            {
                using var conditional = new HttpRequestMessage(HttpMethod.Get, $"/api/meetings/{meetings[0]}/summary.pdf");
                conditional.Headers.IfNoneMatch.Add(etag);
                var clock = Stopwatch.StartNew();
                using var response = await secretariat.Client.SendAsync(conditional);
                await response.Content.ReadAsByteArrayAsync();
                revalidated.Add(clock.Elapsed.TotalMilliseconds);
                if (response.StatusCode != HttpStatusCode.NotModified)
                {
                    throw new InvalidOperationException($"summary.pdf with its ETag answered {(int)response.StatusCode}, not 304.");
                }
            }

            // What the API costs around the PDF: a signed-in read of the meeting, the summary assembled (JSON), its HTML.
            var parts = new Dictionary<string, List<double>> { ["meeting (JSON)"] = [], ["summary (JSON)"] = [], ["summary.html"] = [] };
            for (var i = 0; i < 100; i++)
            {
                foreach (var (name, path) in new[] { ("meeting (JSON)", ""), ("summary (JSON)", "/summary"), ("summary.html", "/summary.html") })
                {
                    var clock = Stopwatch.StartNew();
                    using var response = await secretariat.Client.GetAsync($"/api/meetings/{meetings[0]}{path}");
                    await response.Content.ReadAsByteArrayAsync();
                    response.EnsureSuccessStatusCode();
                    parts[name].Add(clock.Elapsed.TotalMilliseconds);
                }
            }

            // The app's own CPU time for each kind of request, 50 in a row (ticks of 10 ms: averaged, not per request).
            var appCpu = new List<string>();
            foreach (var (name, path) in new[] { ("meeting (JSON)", ""), ("summary (JSON)", "/summary"), ("summary.html", "/summary.html"), ("summary.pdf printed already", "/summary.pdf") })
            {
                var cpuBefore = ChromiumProcesses.CpuMsOf(app.Id);
                for (var i = 0; i < 50; i++)
                {
                    using var response = await secretariat.Client.GetAsync($"/api/meetings/{meetings[0]}{path}");
                    await response.Content.ReadAsByteArrayAsync();
                }

                appCpu.Add(string.Create(CultureInfo.InvariantCulture, $"{name} {(ChromiumProcesses.CpuMsOf(app.Id) - cpuBefore) / 50:0.0} ms"));
            }

            // LibreOffice converting the product's own DOCX of the same summary (its profile made by one untimed run first).
            var docx = Path.Combine(folder.FullName, "pba56-summary.docx");
            await File.WriteAllBytesAsync(docx, await secretariat.Client.GetByteArrayAsync($"/api/meetings/{meetings[0]}/summary.docx"));
            var officeTimes = new List<double>();
            if (office is not null)
            {
                await ConvertAsync(office, docx, folder.FullName);
                for (var i = 0; i < officeRuns; i++)
                {
                    officeTimes.Add(await ConvertAsync(office, docx, folder.FullName));
                }
            }

            var median = Median(warm);
            var wall = Median(walls);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"56th PBA summary through the API: {pdf.Length / 1024} KiB of PDF; machine: {Environment.ProcessorCount} cores"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"start: ready after {ready:0} ms; first PDF {firstPdf.Ms:0} ms after sign-in ({afterStart:0} ms after the process started, {afterStart - signedIn:0} ms of it the PDF)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"settled first with {settleRuns} untimed changes and PDFs ({settled:0.0} s)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warm after a change ({warmRuns}): median {median:0} ms, p95 {Percentile(warm, 0.95):0} ms, min {warm.Min():0} ms"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Meetings} changed summaries at once ({rounds} rounds): wall median {wall:0} ms; one alone just before each round: median {Median(alone):0} ms; per-round ratios {string.Join(" ", ratios.Select(r => r.ToString("0.00", CultureInfo.InvariantCulture)))}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"printed already (200): median {Median(cached):0.00} ms, p95 {Percentile(cached, 0.95):0.00} ms; asked with its ETag (304): median {Median(revalidated):0.00} ms"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warm, one at a time: {warmCpu}; the app {warmAppCpu:0} ms a PDF (with the change to the record before it)"));
            Console.WriteLine($"{Meetings} at once (last round): {atOnceCpu}");
            var pdfs = rounds * Meetings;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Meetings} at once, all {rounds} rounds, CPU a PDF: Chromium {burstChromium / pdfs:0.0} ms, the app {burstApp / pdfs:0.0} ms, the officers' HTTP clients (this process) {burstClients / pdfs:0.0} ms, the rest of the machine {(burstMachine - burstChromium - burstApp - burstClients) / pdfs:0.0} ms; the machine busy {100 * burstMachine / (burstWall * Environment.ProcessorCount):0}% of the bursts' wall ({Environment.ProcessorCount} cores)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load average {File.ReadAllText("/proc/loadavg").Trim()}"));
            Console.WriteLine("the API around the PDF (100 each, medians): " + string.Join(", ", parts.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {Median(p.Value):0.0} ms"))));
            Console.WriteLine("the app's CPU time a request (50 each): " + string.Join(", ", appCpu));
            if (officeTimes.Count > 0)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"LibreOffice DOCX -> PDF ({officeRuns}): median {Median(officeTimes):0} ms, min {officeTimes.Min():0} ms"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio LibreOffice / API warm median: {Median(officeTimes) / median:0.0}x (goal >= 20x, and the median <= 150 ms)"));
            }
            else
            {
                Console.WriteLine("LibreOffice not found (install the Debian package libreoffice-writer-nogui): no ratio.");
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio {Meetings} at once / one alone: median of the rounds {Median(ratios):0.00}x, against the warm median {wall / median:0.00}x (goal <= 4x); printed already {Median(cached):0.00} ms (goal <= 5 ms); first PDF {firstPdf.Ms:0} ms (goal <= 3000 ms)"));
            app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync();
            secretariat.Client.Dispose();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<(double Ms, byte[] Bytes)> TimedPdfAsync(HttpClient client, Guid meeting)
    {
        var clock = Stopwatch.StartNew();
        using var response = await client.GetAsync($"/api/meetings/{meeting}/summary.pdf");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var ms = clock.Elapsed.TotalMilliseconds;
        if (response.StatusCode != HttpStatusCode.OK || bytes.Length < 5 || bytes[0] != (byte)'%')
        {
            throw new InvalidOperationException($"summary.pdf answered {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(bytes.AsSpan(0, Math.Min(400, bytes.Length)))}");
        }

        return (ms, bytes);
    }

    /// <summary>Corrects the first narrative paragraph as an officer would (with the version just read).</summary>
    private static async Task ChangeRecordAsync(HttpClient client, Guid meeting, int change)
    {
        var record = await client.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}/record", Json);
        var paragraph = record.GetProperty("paragraphs").EnumerateArray().First();
        var text = paragraph.GetProperty("text").GetString()!;
        var at = text.IndexOf(" [correction ", StringComparison.Ordinal);
        text = (at < 0 ? text : text[..at]) + $" [correction {change}]";
        using var response = await client.PutAsJsonAsync($"/api/meetings/{meeting}/paragraphs/{paragraph.GetProperty("id").GetGuid()}", new
        {
            agendaItemId = paragraph.GetProperty("agendaItemId").GetGuid(),
            round = paragraph.GetProperty("round").GetInt32(),
            kind = paragraph.GetProperty("kind").GetString(),
            text,
            items = paragraph.GetProperty("items"),
            version = paragraph.GetProperty("version").GetInt32(),
        }, Json);
        await ExpectAsync(response);
    }

    private static async Task<(Guid Id, HttpClient Client)> UserAsync(Uri baseUrl, HttpClient admin, string role)
    {
        var email = $"{role.ToLowerInvariant()}.{Guid.NewGuid():N}@bench.unhabitat.org";
        var id = await DeadlineRestartBenchmark.CreatedIdAsync(await admin.PostAsJsonAsync("/api/users",
            new { email, password = DeadlineRestartBenchmark.Password, displayName = role + " user", roles = new[] { role } }, Json));
        return (id, await ApiSignIn.ClientAsync(baseUrl, email, DeadlineRestartBenchmark.Password));
    }

    /// <summary>The 56th PBA meeting as the Secretariat records it (as the Web tests' ReferenceMeetings do), numbered <paramref name="number"/>.</summary>
    private static async Task<Guid> Pba56Async(HttpClient officer, HttpClient chair, Guid body, int number)
    {
        var meeting = await DeadlineRestartBenchmark.CreatedIdAsync(await officer.PostAsJsonAsync("/api/meetings", new
        {
            bodyId = body, number, startsAt = "2024-10-16T10:00:00+03:00", endsAt = "2024-10-16T13:00:00+03:00",
            timeZone = Pba56Reference.TimeZoneId, venue = Pba56Reference.Venue, modality = "InPerson", proceduralItems = false,
            chair = new { honorific = Pba56Reference.ChairHonorific, name = Pba56Reference.ChairName, function = Pba56Reference.ChairFunction },
        }, Json));
        var items = new Dictionary<int, Guid>();
        foreach (var item in Pba56Reference.Agenda)
        {
            items[item.Number] = await AddItemAsync(officer, meeting, item.Title, null);
            foreach (var sub in item.SubItems)
            {
                await AddItemAsync(officer, meeting, sub, items[item.Number]);
            }
        }

        await ExpectAsync(await ApiSignIn.VersionedPostAsync(officer, $"/api/meetings/{meeting}/agenda/submit"));
        await ExpectAsync(await ApiSignIn.VersionedPostAsync(chair, $"/api/meetings/{meeting}/agenda/approve"));
        await ExpectAsync(await ApiSignIn.VersionedPostAsync(officer, $"/api/meetings/{meeting}/agenda/adopt"));
        await ExpectAsync(await officer.PostAsJsonAsync($"/api/meetings/{meeting}/record/opening", new { calledToOrderAt = "2024-10-16T10:05:00+03:00" }, Json));
        await ExpectAsync(await officer.PostAsJsonAsync($"/api/meetings/{meeting}/record/closing", new { adjournedAt = "2024-10-16T13:05:00+03:00" }, Json));
        foreach (var p in Pba56Reference.Paragraphs)
        {
            var itemId = items[p.AgendaItem];
            var topic = p.Topic is null ? null : Pba56Reference.TopicSpellings.GetValueOrDefault(p.Topic, p.Topic);
            using var response = p.Kind switch
            {
                EntryKind.Narrative or EntryKind.Briefing => await officer.PostAsJsonAsync($"/api/meetings/{meeting}/paragraphs",
                    new { agendaItemId = itemId, round = p.Round, kind = p.Kind.ToString(), text = p.Text, items = p.Items }, Json),
                EntryKind.Intervention => await officer.PostAsJsonAsync($"/api/meetings/{meeting}/interventions", new
                {
                    agendaItemId = itemId, round = p.Round, topic, isQuestion = p.IsQuestion, text = p.Text,
                    speaker = new { kind = p.Speaker!.Kind, memberState = p.Speaker.MemberState, memberStates = p.Speaker.MemberStates, onBehalfOf = p.Speaker.OnBehalfOf },
                }, Json),
                EntryKind.Response => await officer.PostAsJsonAsync($"/api/meetings/{meeting}/responses",
                    new { agendaItemId = itemId, round = p.Round, topic, text = "The Secretariat " + p.Text }, Json),
                _ => null,
            };
            if (response is not null)
            {
                await ExpectAsync(response);
            }
        }

        return meeting;
    }

    private static async Task<Guid> AddItemAsync(HttpClient officer, Guid meeting, string title, Guid? parentId)
    {
        var version = (await officer.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}/agenda", Json)).GetProperty("version").GetInt32();
        using var response = await officer.PostAsJsonAsync($"/api/meetings/{meeting}/agenda/items", new { title, parentId, version }, Json);
        var agenda = await ExpectAsync(response);
        return Find(agenda.GetProperty("items"), title) ?? throw new InvalidOperationException($"Item '{title}' not in the agenda.");
    }

    private static Guid? Find(JsonElement items, string title)
    {
        foreach (var item in items.EnumerateArray())
        {
            if (item.GetProperty("title").GetString() == title)
            {
                return item.GetProperty("id").GetGuid();
            }

            if (Find(item.GetProperty("children"), title) is { } child)
            {
                return child;
            }
        }

        return null;
    }

    private static async Task<JsonElement> ExpectAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}: {text}");
        }

        return text.Length == 0 ? default : JsonSerializer.Deserialize<JsonElement>(text, Json);
    }

    /// <summary>One conversion as a user would run it: a new soffice process, its profile kept in the run's folder.</summary>
    private static async Task<double> ConvertAsync(string office, string docx, string folder)
    {
        var output = Path.Combine(folder, "office");
        var start = new ProcessStartInfo(office, ["-env:UserInstallation=file://" + Path.Combine(folder, "office-profile"), "--headless", "--norestore",
            "--convert-to", "pdf", "--outdir", output, docx])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        var ms = clock.Elapsed.TotalMilliseconds;
        var pdf = Path.Combine(output, Path.GetFileNameWithoutExtension(docx) + ".pdf");
        if (process.ExitCode != 0 || !File.Exists(pdf))
        {
            throw new InvalidOperationException($"LibreOffice did not convert the DOCX (exit {process.ExitCode}).");
        }

        File.Delete(pdf);
        return ms;
    }

    private static string? FindOffice() => OfficePaths.FirstOrDefault(File.Exists);

    /// <summary>
    /// Installs the Debian package libreoffice-writer-nogui (as root, with apt-get), so that anyone can run the comparison;
    /// without root it says what to install and the run goes on without the ratio.
    /// </summary>
    private static string? InstallOffice()
    {
        const string command = "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends -q libreoffice-writer-nogui";
        if (Environment.UserName != "root")
        {
            Console.Error.WriteLine($"LibreOffice is missing; as root run: {command}");
            return null;
        }

        Console.WriteLine("Installing LibreOffice (libreoffice-writer-nogui) for the comparison…");
        using var apt = Process.Start(new ProcessStartInfo("sh", ["-c", command]))!;
        apt.WaitForExit();
        return apt.ExitCode == 0 ? FindOffice() : null;
    }

    private static double Median(List<double> values) => Percentile(values, 0.5);

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
