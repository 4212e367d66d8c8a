using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace UnHabitat.Meetings.Infrastructure.Rendering;

/// <summary>Says at start-up, once, what is missing for PDF output; everything else starts normally.</summary>
public sealed partial class RendererStartupCheck(PdfOptions options, ILogger<RendererStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.BrowserFound)
        {
            LogMissing(logger, options.MissingBrowserMessage);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "PDF renderer unavailable. {Message}")]
    private static partial void LogMissing(ILogger logger, string message);
}
