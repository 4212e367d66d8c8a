using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Domain.Documents;
using UnHabitat.Meetings.Infrastructure.Persistence;

namespace UnHabitat.Meetings.Infrastructure.Downloads;

/// <summary>
/// Keeps the latest visit of each user to each meeting's documents in memory and writes them together, at the
/// pace of the download log (Downloads:FlushMilliseconds), so that looking at a list of documents costs its
/// reads only (ADR 011, ADR 014). Several visits before a batch make one row; a graceful stop writes what is
/// left; a crash can lose the last half second of "last visit" times, which only makes a badge show again.
/// </summary>
internal sealed partial class BatchedVisitLog(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<BatchedVisitLog> logger)
    : BatchedWriter(configuration), IVisitLog
{
    private readonly ConcurrentDictionary<(Guid UserId, Guid MeetingId), DateTimeOffset> _pending = new();
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public DateTimeOffset? Pending(Guid userId, Guid meetingId) =>
        _pending.TryGetValue((userId, meetingId), out var at) ? at : null;

    public void Record(Guid userId, Guid meetingId, DateTimeOffset at)
    {
        _pending.AddOrUpdate((userId, meetingId), at, (_, earlier) => at > earlier ? at : earlier);
        _wake.Writer.TryWrite(true);
    }

    protected override async ValueTask<bool> WaitForWorkAsync(CancellationToken stoppingToken)
    {
        var more = await _wake.Reader.WaitToReadAsync(stoppingToken).ConfigureAwait(false);
        _wake.Reader.TryRead(out _);
        return more;
    }

    protected override async Task FlushAsync()
    {
        var batch = _pending.ToArray();
        if (batch.Length == 0)
        {
            return;
        }

        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<MeetingsDbContext>();
            var userIds = batch.Select(v => v.Key.UserId).Distinct().ToList();
            var meetingIds = batch.Select(v => v.Key.MeetingId).Distinct().ToList();
            var stored = await db.MeetingVisits.Where(v => userIds.Contains(v.UserId) && meetingIds.Contains(v.MeetingId))
                .ToDictionaryAsync(v => (v.UserId, v.MeetingId)).ConfigureAwait(false);
            foreach (var (key, at) in batch)
            {
                if (!stored.TryGetValue(key, out var visit))
                {
                    db.MeetingVisits.Add(new MeetingVisit(key.UserId, key.MeetingId, at));
                }
                else if (at > visit.LastVisitAt)
                {
                    visit.Seen(at);
                }
            }

            await db.SaveChangesAsync().ConfigureAwait(false);

            // Only what was written leaves the queue: a visit recorded meanwhile stays for the next batch.
            foreach (var written in batch)
            {
                ((ICollection<KeyValuePair<(Guid, Guid), DateTimeOffset>>)_pending).Remove(written);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Left in the queue and tried again: a busy database delays the badge's bookkeeping only.
            _wake.Writer.TryWrite(true);
            LogFlushFailed(logger, batch.Length, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} meeting visits could not be written yet; they are tried again")]
    private static partial void LogFlushFailed(ILogger logger, int count, Exception exception);
}
