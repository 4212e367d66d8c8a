using System.Diagnostics;
using Microsoft.Playwright;
using UnHabitat.Meetings.Infrastructure.Rendering;
using UnHabitat.Meetings.Templates;

namespace UnHabitat.Meetings.Benchmarks;

/// <summary>Scratch: where the time of one warm render goes.</summary>
public static class PdfPartsBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        var runs = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 15;
        var summary = PdfRenderBenchmark.Pba56SummaryForParts();
        var clock = Stopwatch.StartNew();
        string html = "";
        var renders = new List<double>();
        for (var i = 0; i < 200; i++) { clock.Restart(); html = SummaryHtml.Render(summary); renders.Add(clock.Elapsed.TotalMilliseconds); }
        Console.WriteLine($"SummaryHtml.Render median {Med(renders):F3} ms");
        using var pw = await Playwright.CreateAsync();
        await using var browser = await pw.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
        var context = await browser.NewContextAsync(new() { JavaScriptEnabled = false, Offline = true });
        await context.RouteAsync("**/*", r => r.AbortAsync("blockedbyclient"));
        var page = await context.NewPageAsync();
        var latinOnly = html.Replace("\"Liberation Serif\", \"Times New Roman\", \"Noto Naskh Arabic\", \"Noto Serif CJK SC\", \"Noto Sans CJK SC\", serif", "\"Liberation Serif\", serif");
        async Task Variant(string name, string h, bool tagged, bool outline, WaitUntilState wait)
        {
            var set = new List<double>(); var pdf = new List<double>(); var stamp = new List<double>(); var total = new List<double>();
            byte[] bytes = [];
            for (var i = 0; i < runs + 2; i++)
            {
                var t = Stopwatch.StartNew();
                await page.SetContentAsync(h + "<!--" + i + "-->", new() { WaitUntil = wait });
                var a = t.Elapsed.TotalMilliseconds;
                bytes = await page.PdfAsync(new() { Format = "A4", PreferCSSPageSize = true, PrintBackground = true, Tagged = tagged, Outline = outline });
                var b = t.Elapsed.TotalMilliseconds;
                PdfMetadata.Stamp(bytes, "t", "a", DateTimeOffset.UtcNow);
                var c = t.Elapsed.TotalMilliseconds;
                if (i >= 2) { set.Add(a); pdf.Add(b - a); stamp.Add(c - b); total.Add(c); }
            }
            Console.WriteLine($"{name,-40} setContent {Med(set),6:F1}  pdf {Med(pdf),6:F1}  stamp {Med(stamp),5:F2}  total {Med(total),6:F1} ms  ({bytes.Length / 1024} KiB)");
        }
        for (var round = 0; round < 2; round++)
        {
            await Variant("baseline (tagged+outline, load)", html, true, true, WaitUntilState.Load);
            await Variant("untagged, no outline", html, false, false, WaitUntilState.Load);
            await Variant("tagged, no outline", html, true, false, WaitUntilState.Load);
            await Variant("latin fonts only, tagged+outline", latinOnly, true, true, WaitUntilState.Load);
            await Variant("commit wait, tagged+outline", html, true, true, WaitUntilState.Commit);
        }
    }

    private static double Med(List<double> v) { var s = v.Order().ToList(); return s[s.Count / 2]; }
}
