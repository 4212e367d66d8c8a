using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Domain.Bodies;
using UnHabitat.Meetings.Domain.Summaries;
using UnHabitat.Meetings.Infrastructure.Persistence;
using UnHabitat.Meetings.Infrastructure.Rendering;
using UnHabitat.Meetings.Templates;
using UnHabitat.Meetings.Web.Tests.Fixtures;

namespace UnHabitat.Meetings.Benchmarks;

/// <summary>
/// Times the 73-paragraph summary of the 56th PBA meeting through the real renderer: cold (the first render
/// launches Chromium), warm (one page, one request after another), 8 requests at once (the pool queues them),
/// and a cache hit. A Stopwatch runner rather than BenchmarkDotNet: the cost under test lives in an external
/// browser process, a "cold" run happens once per process by definition, and BenchmarkDotNet's many
/// launched processes would each start their own browser.
/// </summary>
public static class PdfRenderBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        var warmRuns = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20;
        var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var options = PdfOptions.From(configuration);
        if (!options.BrowserFound)
        {
            Console.Error.WriteLine(options.MissingBrowserMessage);
            return;
        }

        var html = SummaryHtml.Render(Pba56Summary());
        var request = new PdfRequest(html, Pba56Reference.Title, "en");
        await using var engine = new ChromiumPdfRenderer(options, NullLogger<ChromiumPdfRenderer>.Instance, TimeProvider.System);

        var clock = Stopwatch.StartNew();
        var first = await engine.RenderAsync(request, default);
        var cold = clock.Elapsed.TotalMilliseconds;

        var warm = new List<double>();
        for (var i = 0; i < warmRuns; i++)
        {
            clock.Restart();
            await engine.RenderAsync(request, default);
            warm.Add(clock.Elapsed.TotalMilliseconds);
        }

        var walls = new List<double>();
        var latencies = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            clock.Restart();
            var timed = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
            {
                var own = Stopwatch.StartNew();
                await engine.RenderAsync(request, default);
                return own.Elapsed.TotalMilliseconds;
            }));
            walls.Add(clock.Elapsed.TotalMilliseconds);
            latencies.AddRange(timed);
        }

        var folder = Path.Combine(Path.GetTempPath(), "meetings-bench-" + Guid.NewGuid().ToString("N"));
        using var cache = new CachingPdfRenderer(engine, new RenderStore(new DatabaseOptions(DatabaseProvider.Sqlite, "", folder)));
        await cache.RenderAsync(request, default);
        clock.Restart();
        for (var i = 0; i < 1000; i++)
        {
            await cache.RenderAsync(request, default);
        }

        var hit = clock.Elapsed.TotalMilliseconds / 1000;

        var warmMedian = Median(warm);
        Console.WriteLine($"73-paragraph summary of the 56th PBA meeting: {html.Length / 1024} KiB of HTML, {first.Length / 1024} KiB of PDF");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, page pool Pdf:Pages = {options.Pages}");
        Console.WriteLine($"cold (launch Chromium + first render): {cold,8:F0} ms");
        Console.WriteLine($"warm, sequential ({warmRuns} renders):   median {warmMedian,6:F0} ms, p95 {Percentile(warm, 0.95),6:F0} ms, min {warm.Min(),6:F0} ms");
        Console.WriteLine($"8 concurrent ({rounds} rounds):          wall median {Median(walls),6:F0} ms per 8, latency median {Median(latencies),6:F0} ms, p95 {Percentile(latencies, 0.95),6:F0} ms");
        Console.WriteLine($"cache hit (same inputs):               {hit * 1000,8:F1} µs");
        Console.WriteLine($"ratios: cold/warm {cold / warmMedian:F1}x; 8 concurrent wall / 8 sequential warm {Median(walls) / (8 * warmMedian):F2}; throughput {8000 / Median(walls):F1} renders/s concurrent vs {1000 / warmMedian:F1} sequential");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The summary's shape from the fixture: headings, topic sub-headings and lead-ins where the reference has them, 73 numbered paragraphs, the bold closing one.</summary>
    internal static AssembledSummary Pba56SummaryForParts() => Pba56Summary();

    private static AssembledSummary Pba56Summary()
    {
        var blocks = new List<SummaryBlock>
        {
            new(SummaryBlockKind.Title, Pba56Reference.Title),
            new(SummaryBlockKind.DateLine, Pba56Reference.DateLine),
            new(SummaryBlockKind.Venue, Pba56Reference.Venue),
            new(SummaryBlockKind.Chair, Pba56Reference.ChairLine),
            new(SummaryBlockKind.ChairFunction, Pba56Reference.ChairFunction),
            new(SummaryBlockKind.Heading, Pba56Reference.SummaryHeading),
        };
        foreach (var p in Pba56Reference.Paragraphs)
        {
            blocks.AddRange(Pba56Reference.Blocks.Where(b => b.BeforeParagraph == p.Number)
                .Select(b => new SummaryBlock(Enum.Parse<SummaryBlockKind>(b.Kind), b.Text)));
            var text = p.PrintedLeadIn is null ? p.Text : $"{p.PrintedLeadIn} {p.Text}";
            var items = p.Items?.Select((t, i) => new SummaryLine(LineStyle.Bullet, t, $"{(char)('a' + i)}.")).ToList();
            blocks.Add(p.Kind == EntryKind.Closing
                ? new SummaryBlock(SummaryBlockKind.Closing, text, p.Number, Bold: true)
                : new SummaryBlock(SummaryBlockKind.Paragraph, text, p.Number, items));
        }

        return new AssembledSummary(SummaryStyle.Numbered, Pba56Reference.Title, Pba56Reference.DateLine, blocks);
    }

    private static double Median(List<double> values) => Percentile(values, 0.5);

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
