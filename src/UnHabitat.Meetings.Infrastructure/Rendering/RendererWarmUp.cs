using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using UnHabitat.Meetings.Application.Abstractions;

namespace UnHabitat.Meetings.Infrastructure.Rendering;

/// <summary>
/// Launches Chromium and prints once on each pooled page while the database is being prepared (before any
/// hosted service starts, beside them, not in their way): the first document someone asks for then costs a
/// render, not a browser launch (issue 15). Readiness does not wait for it; the start-up banner waits a little,
/// so that the address stays the last line. <c>Pdf:WarmUp=false</c> leaves the launch to the first render (the
/// tests, which start many applications).
/// </summary>
public sealed partial class RendererWarmUp(PdfOptions options, ChromiumPdfRenderer engine, ILogger<RendererWarmUp> logger) : IHostedLifecycleService
{
    /// <summary>Done when the warm-up has printed, failed, or was never started.</summary>
    public Task Done { get; private set; } = Task.CompletedTask;

    public Task StartingAsync(CancellationToken cancellationToken)
    {
        if (options.WarmUp && options.BrowserFound)
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
        try
        {
            await engine.WarmUpAsync(CancellationToken.None).ConfigureAwait(false);
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
