using System.Threading.Channels;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Domain.Documents;
using UnHabitat.Meetings.Infrastructure.Persistence;

namespace UnHabitat.Meetings.Infrastructure.Downloads;

/// <summary>
/// Collects download records in memory and writes them in one insert per batch (every
/// Downloads:FlushMilliseconds, default 500), so a download costs its reads and no write of its own. A
/// graceful stop writes what is left; a crash can lose at most the last batch of statistics, never a
/// document or a decision (ADR 011).
/// </summary>
internal sealed partial class BatchedDownloadLog(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<BatchedDownloadLog> logger)
    : BatchedWriter(configuration), IDownloadLog
{
    private readonly Channel<DownloadRecord> _pending = Channel.CreateUnbounded<DownloadRecord>(new UnboundedChannelOptions { SingleReader = true });

    public void Record(DownloadRecord download) => _pending.Writer.TryWrite(download);

    protected override ValueTask<bool> WaitForWorkAsync(CancellationToken stoppingToken) => _pending.Reader.WaitToReadAsync(stoppingToken);

    protected override async Task FlushAsync()
    {
        var batch = new List<DownloadRecord>();
        while (_pending.Reader.TryRead(out var download))
        {
            batch.Add(download);
        }

        if (batch.Count == 0)
        {
            return;
        }

        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<MeetingsDbContext>();
            db.Downloads.AddRange(batch);
            await db.SaveChangesAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Put back for the next round: a busy or briefly unreachable database delays the statistics only.
            foreach (var download in batch)
            {
                _pending.Writer.TryWrite(download);
            }

            LogFlushFailed(logger, batch.Count, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} download records could not be written yet; they are tried again")]
    private static partial void LogFlushFailed(ILogger logger, int count, Exception exception);
}
