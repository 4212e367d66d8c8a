using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace UnHabitat.Meetings.Infrastructure.Downloads;

/// <summary>
/// The pace of the logs kept in memory and written in batches (downloads, visits; ADR 011): wakes when something
/// is recorded, waits Downloads:FlushMilliseconds (default 500) so that more joins the batch, writes it; a graceful
/// stop writes what is left.
/// </summary>
internal abstract class BatchedWriter(IConfiguration configuration) : BackgroundService
{
    /// <summary>Until something waits to be written: false once nothing more will come.</summary>
    protected abstract ValueTask<bool> WaitForWorkAsync(CancellationToken stoppingToken);

    /// <summary>Writes what waits; on failure keeps it for the next round (the statistics wait, nothing is lost).</summary>
    protected abstract Task FlushAsync();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var pause = TimeSpan.FromMilliseconds(configuration.GetValue("Downloads:FlushMilliseconds", 500));
        try
        {
            while (await WaitForWorkAsync(stoppingToken).ConfigureAwait(false))
            {
                await Task.Delay(pause, stoppingToken).ConfigureAwait(false);
                await FlushAsync().ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        // Stopping: what was collected since the last batch is written too.
        await FlushAsync().ConfigureAwait(false);
    }
}
