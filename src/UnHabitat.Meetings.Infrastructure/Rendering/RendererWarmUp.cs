using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using UnHabitat.Meetings.Application.Abstractions;

namespace UnHabitat.Meetings.Infrastructure.Rendering;

/// <summary>
/// Starts Chromium and prints one small page (the official languages' scripts, so that their fonts are loaded)
/// while the database is being prepared, so that the first PDF someone asks for does not also wait for the
/// browser to launch (issue 15, point 3). Beside the start, not in its way: readiness does not wait for it; the
/// start-up banner does, so that the browser's log line comes before the address. Setting Pdf:WarmUp (on,
/// except in the Testing environment, where each test application would start a browser of its own).
/// </summary>
public sealed partial class RendererWarmUp(PdfOptions options, ChromiumPdfRenderer renderer, IConfiguration configuration, IHostEnvironment environment, ILogger<RendererWarmUp> logger)
    : IHostedLifecycleService
{
    private const string Page = """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Warm-up</title></head>
        <body style="font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 11pt">
        <p><b>Summary</b> of the meeting, 1–3 October – « résumé », Сводка, <span lang="ar" dir="rtl">ملخص الاجتماع</span>, <span lang="zh">会议摘要</span></p>
        </body></html>
        """;

    /// <summary>Done when the warm-up has printed, failed, or was never started.</summary>
    public Task Done { get; private set; } = Task.CompletedTask;

    /// <summary>Before any hosted service starts (the database's first): the browser launches beside them.</summary>
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        if (options.BrowserFound && configuration.GetValue("Pdf:WarmUp", !environment.IsEnvironment("Testing")))
        {
            Done = Task.Run(WarmUpAsync, CancellationToken.None);
        }

        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task WarmUpAsync()
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await renderer.RenderAsync(new PdfRequest(Page, "Warm-up", "en"), CancellationToken.None).ConfigureAwait(false);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            LogWarm(logger, elapsed);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The first real PDF will launch it again and answer 503 if it still cannot: nothing to stop here.
            LogFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "PDF renderer warmed up in {ElapsedMs:0} ms")]
    private static partial void LogWarm(ILogger logger, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "PDF renderer: the warm-up print failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
