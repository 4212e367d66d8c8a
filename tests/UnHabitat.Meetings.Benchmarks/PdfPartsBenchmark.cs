using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Playwright;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Infrastructure.Rendering;
using UnHabitat.Meetings.Templates;

namespace UnHabitat.Meetings.Benchmarks;

/// <summary>
/// Where the time of one warm render of the 56th PBA summary goes: each variant drops or replaces one part
/// (fonts, tagging, outline, how the markup reaches the page, how the PDF comes back), all interleaved run by run
/// on one browser so that the noise of a shared machine falls on every variant alike.
/// </summary>
public static class PdfPartsBenchmark
{
    private delegate Task<byte[]> Variant(IPage page, ICDPSession cdp, string html);

    public static async Task RunAsync(string[] args)
    {
        var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 15;
        var html = SummaryHtml.Render(PdfRenderBenchmark.Pba56SummaryForParts());
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 1000; i++)
        {
            SummaryHtml.Render(PdfRenderBenchmark.Pba56SummaryForParts());
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"HTML of the summary (blocks to markup): {clock.Elapsed.TotalMilliseconds / 1000:0.000} ms"));
        var pdf = await File.ReadAllBytesAsync(await WriteAsync(html));
        clock.Restart();
        for (var i = 0; i < 1000; i++)
        {
            PdfMetadata.Stamp(pdf, "title", HouseStyle.Author, DateTimeOffset.UtcNow);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Info stamp (incremental update): {clock.Elapsed.TotalMilliseconds / 1000:0.000} ms"));

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
        var context = await browser.NewContextAsync(new() { JavaScriptEnabled = false, Offline = true });
        await context.RouteAsync("**/*", r => r.AbortAsync("blockedbyclient"));
        var page = await context.NewPageAsync();
        var cdp = await context.NewCDPSessionAsync(page);
        var frame = (await cdp.SendAsync("Page.getFrameTree"))!.Value.GetProperty("frameTree").GetProperty("frame").GetProperty("id").GetString();
        // The app's own renderer, as it prints: its DevTools pipe with no driver between (ADR 026), fonts chosen, Info stamped;
        // on the full browser (as before ADR 027) and on the headless shell, its pages drawing no frames (as now).
        await using var renderer = new ChromiumPdfRenderer(PdfOptions.From(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Pdf:Pages"] = "1", ["Pdf:BrowserPath"] = "/usr/bin/chromium" }).Build()), NullLogger<ChromiumPdfRenderer>.Instance, TimeProvider.System);
        await using var shell = new ChromiumPdfRenderer(PdfOptions.From(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Pdf:Pages"] = "1", ["Pdf:BrowserPath"] = "/usr/lib/chromium/chromium-headless-shell" }).Build()), NullLogger<ChromiumPdfRenderer>.Instance, TimeProvider.System);
        var latinOnly = html.Replace("\"Liberation Serif\", \"Times New Roman\", \"Noto Naskh Arabic\", \"Noto Serif CJK SC\", \"Noto Sans CJK SC\", serif", "\"Liberation Serif\", serif", StringComparison.Ordinal);
        var variants = new (string Name, Variant Run)[]
        {
            ("as today: setContent + pdf(tagged, outline)", async (p, _, h) => { await p.SetContentAsync(h); return await p.PdfAsync(Options(true, true)); }),
            ("without tagging or outline", async (p, _, h) => { await p.SetContentAsync(h); return await p.PdfAsync(Options(false, false)); }),
            ("tagged, without outline", async (p, _, h) => { await p.SetContentAsync(h); return await p.PdfAsync(Options(true, false)); }),
            ("setContent only (no PDF)", async (p, _, h) => { await p.SetContentAsync(h); return []; }),
            ("CDP setDocumentContent + printToPDF base64", (_, c, h) => CdpAsync(c, frame!, h)),
            ("the app's renderer on the full browser", (_, _, h) => renderer.RenderAsync(new PdfRequest(h, "56th meeting", "en"), default)),
            ("the app's renderer on the headless shell", (_, _, h) => shell.RenderAsync(new PdfRequest(h, "56th meeting", "en"), default)),
            ("CDP, Latin font stack only", (_, c, _) => CdpAsync(c, frame!, latinOnly)),
            ("CDP, Latin only, print media emulated", async (_, c, _) =>
            {
                await c.SendAsync("Emulation.setEmulatedMedia", new Dictionary<string, object> { ["media"] = "print" });
                var pdf = await CdpAsync(c, frame!, latinOnly);
                await c.SendAsync("Emulation.setEmulatedMedia", new Dictionary<string, object> { ["media"] = "" });
                return pdf;
            }),
        };
        var times = variants.Select(_ => new List<double>()).ToArray();
        var sizes = new int[variants.Length];
        for (var run = 0; run < runs + 2; run++)
        {
            for (var v = 0; v < variants.Length; v++)
            {
                clock.Restart();
                var bytes = await variants[v].Run(page, cdp, html + "<!-- " + run + " -->");
                if (run >= 2)
                {
                    times[v].Add(clock.Elapsed.TotalMilliseconds);
                }

                sizes[v] = bytes.Length;
            }
        }

        // CPU time of one render as the app drives it (CDP, base64), by process: this one (Playwright's .NET side, the
        // base64 decoded), Playwright's Node.js driver and Chromium's processes.
        var self = Process.GetCurrentProcess();
        var chromiumBefore = ChromiumProcesses.Of(Environment.ProcessId);
        var selfBefore = self.TotalProcessorTime;
        for (var run = 0; run < runs; run++)
        {
            await CdpAsync(cdp, frame!, latinOnly + "<!-- cpu " + run + " -->");
        }

        self.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"CPU a render through Playwright ({runs}): this process {(self.TotalProcessorTime - selfBefore).TotalMilliseconds / runs:0.0} ms; {ChromiumProcesses.Spent(chromiumBefore, ChromiumProcesses.Of(Environment.ProcessId), runs)}"));

        // The same through the app's renderer: no driver process, the answer decoded straight from the pipe's bytes; with
        // the full browser and with the headless shell (ADR 027).
        foreach (var (name, app) in new[] { ("the app's pipe", renderer), ("the app's pipe, headless shell", shell) })
        {
            chromiumBefore = ChromiumProcesses.Of(Environment.ProcessId);
            self.Refresh();
            selfBefore = self.TotalProcessorTime;
            for (var run = 0; run < runs; run++)
            {
                await app.RenderAsync(new PdfRequest(html + "<!-- cpu " + run + " -->", "56th meeting", "en"), default);
            }

            self.Refresh();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"CPU a render through {name} ({runs}): this process {(self.TotalProcessorTime - selfBefore).TotalMilliseconds / runs:0.0} ms; {ChromiumProcesses.Spent(chromiumBefore, ChromiumProcesses.Of(Environment.ProcessId), runs)}"));
        }

        // Eight at once against one alone on the renderer alone (its pages as the app has them: Pdf__Pages, else 2), no
        // HTTP, no database: how much of the API's ratio is the browser's own.
        var poolOptions = PdfOptions.From(new ConfigurationBuilder().AddEnvironmentVariables().Build());
        await using (var pool = new ChromiumPdfRenderer(poolOptions, NullLogger<ChromiumPdfRenderer>.Instance, TimeProvider.System))
        {
            await pool.WarmUpAsync(default);
            var ratios = new List<double>();
            var single = new List<double>();
            for (var round = 0; round < runs; round++)
            {
                clock.Restart();
                await pool.RenderAsync(new PdfRequest(html + "<!-- alone " + round + " -->", "56th meeting", "en"), default);
                var one = clock.Elapsed.TotalMilliseconds;
                clock.Restart();
                await Task.WhenAll(Enumerable.Range(0, 8).Select(i => pool.RenderAsync(new PdfRequest(html + $"<!-- {round} {i} -->", "56th meeting", "en"), default)));
                ratios.Add(clock.Elapsed.TotalMilliseconds / one);
                single.Add(one);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"the renderer alone, as the app configures it (Pdf:Pages {poolOptions.Pages}, {runs} rounds): one alone median {single.Order().ElementAt(single.Count / 2):0.0} ms; 8 at once / one alone median {ratios.Order().ElementAt(ratios.Count / 2):0.00}x"));
        }

        for (var v = 0; v < variants.Length; v++)
        {
            var sorted = times[v].Order().ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{variants[v].Name,-46} median {sorted[sorted.Count / 2],6:0.0} ms, min {sorted[0],6:0.0} ms, {sizes[v] / 1024} KiB"));
        }
    }

    private static async Task<byte[]> CdpAsync(ICDPSession c, string frame, string h)
    {
        await c.SendAsync("Page.setDocumentContent", new Dictionary<string, object> { ["frameId"] = frame, ["html"] = h });
        var result = await c.SendAsync("Page.printToPDF", new Dictionary<string, object>
        {
            ["preferCSSPageSize"] = true, ["printBackground"] = true, ["generateTaggedPDF"] = true, ["generateDocumentOutline"] = true,
            ["paperWidth"] = 8.27, ["paperHeight"] = 11.7, ["transferMode"] = "ReturnAsBase64",
        });
        return Convert.FromBase64String(result!.Value.GetProperty("data").GetString()!);
    }

    private static PagePdfOptions Options(bool tagged, bool outline) =>
        new() { Format = "A4", PreferCSSPageSize = true, PrintBackground = true, Tagged = tagged, Outline = outline };

    private static async Task<string> WriteAsync(string html)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ["--no-sandbox"] });
        var page = await browser.NewPageAsync(new() { JavaScriptEnabled = false });
        await page.SetContentAsync(html);
        var path = Path.Combine(Path.GetTempPath(), "pba56-parts.pdf");
        await File.WriteAllBytesAsync(path, await page.PdfAsync(Options(true, true)));
        return path;
    }
}
