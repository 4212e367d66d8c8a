using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace UnHabitat.Meetings.Infrastructure.Rendering;

/// <summary>
/// Ready means documents can be printed: a browser is there and the last render did not fail after a relaunch.
/// It does not start the browser itself (the first document does), so probes stay cheap.
/// </summary>
public sealed class RendererHealthCheck(PdfOptions options, ChromiumPdfRenderer renderer) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!options.BrowserFound)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy(options.MissingBrowserMessage));
        }

        return Task.FromResult(renderer.FailingSince is { } since
            ? HealthCheckResult.Unhealthy($"Printing has failed since {since:O}, even after relaunching Chromium.")
            : HealthCheckResult.Healthy($"Chromium at {options.BrowserPath}."));
    }
}
