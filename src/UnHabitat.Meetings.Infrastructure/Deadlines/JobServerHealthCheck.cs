using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace UnHabitat.Meetings.Infrastructure.Deadlines;

/// <summary>The name this instance's Hangfire server announces itself under (machine, process, and a unique part for tests that run several).</summary>
internal sealed class JobServerName
{
    public string Value { get; } = $"{Environment.MachineName}.{Environment.ProcessId}.{Guid.NewGuid():N}".ToLowerInvariant();
}

/// <summary>
/// Ready only when this instance's job server has announced itself in the job storage and its heartbeat is
/// recent: otherwise deadlines would not fire here.
/// </summary>
internal sealed class JobServerHealthCheck(JobStorage storage, JobServerName name) : IHealthCheck
{
    private static readonly TimeSpan MaxSilence = TimeSpan.FromMinutes(1);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var mine = storage.GetMonitoringApi().Servers().FirstOrDefault(s => s.Name.StartsWith(name.Value, StringComparison.OrdinalIgnoreCase));
            return Task.FromResult(mine switch
            {
                null => HealthCheckResult.Unhealthy("The job server has not started."),
                { Heartbeat: { } beat } when DateTime.SpecifyKind(beat, DateTimeKind.Utc) < DateTime.UtcNow - MaxSilence => HealthCheckResult.Unhealthy("The job server stopped beating."),
                _ => HealthCheckResult.Healthy($"{mine.WorkersCount} workers"),
            });
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("The job storage cannot be read.", ex));
        }
    }
}
