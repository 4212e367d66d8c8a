using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using UnHabitat.Meetings.Application.Abstractions;

namespace UnHabitat.Meetings.Infrastructure.Rendering;

/// <summary>
/// Launches Chromium and prints once on each pooled page right after start, in the background (start-up does not
/// wait for it): the first document someone asks for then costs a render, not a browser launch (issue 15).
/// <c>Pdf:WarmUp=false</c> leaves the launch to the first render (the tests, which start many applications).
/// </summary>
public sealed partial class RendererWarmUp(PdfOptions options, ChromiumPdfRenderer engine, ILogger<RendererWarmUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.WarmUp || !options.BrowserFound)
        {
            return;
        }

        await Task.Yield();
        try
        {
            await engine.WarmUpAsync(stoppingToken).ConfigureAwait(false);
            LogWarm(logger, options.Pages);
        }
        catch (Exception e) when (e is RendererUnavailableException or OperationCanceledException or ObjectDisposedException)
        {
            // Said by the first render that fails (503) and by the readiness check; nothing to add here.
            LogNotWarm(logger, e.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "PDF renderer: warm ({Pages} pages printed once)")]
    private static partial void LogWarm(ILogger logger, int pages);

    [LoggerMessage(Level = LogLevel.Warning, Message = "PDF renderer: warm-up did not finish: {Reason}")]
    private static partial void LogNotWarm(ILogger logger, string reason);
}
