using Microsoft.Extensions.Logging;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Domain.Auditing;

namespace UnHabitat.Meetings.Infrastructure.Persistence;

/// <summary>
/// One transaction per command: whatever the handler saved on the way (Identity's user manager saves by
/// itself), the final SaveChanges and the audit entry commit together or roll back together.
/// </summary>
internal sealed partial class UnitOfWork(MeetingsDbContext db, ICurrentUser user, TimeProvider clock, AfterCommit afterCommit, Search.SearchIndexer search, ILogger<UnitOfWork> logger) : IUnitOfWork
{
    // Each round of a race lets at least one contender commit, so N commands racing on one aggregate need at most
    // N attempts; eight covers a burst of uploads (six language versions at once) with room to spare.
    private const int Attempts = 8;

    public async Task<T> RunAgainOnConflictAsync<T>(string requestName, Func<Task<T>> command, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await RunAsync(requestName, command, cancellationToken).ConfigureAwait(false);
            }
            catch (Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException) when (attempt < Attempts && db.Database.CurrentTransaction is null)
            {
                // Someone else's change committed first: forget what this attempt loaded and queued, and read it again.
                db.ChangeTracker.Clear();
                _ = afterCommit.Drain();
                await Task.Delay(Random.Shared.Next(5, 25 * attempt), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public async Task<T> RunAsync<T>(string requestName, Func<Task<T>> command, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await command().ConfigureAwait(false);
        }

        T result;
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            db.ForgetChanges();
            result = await command().ConfigureAwait(false);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

            // The search entries follow what was saved, in the same transaction: a search never finds what was
            // rolled back, nor misses what was committed.
            await search.RefreshAsync(db.TakeSearchSources(), cancellationToken).ConfigureAwait(false);
            db.AuditEntries.Add(new AuditEntry(
                Guid.NewGuid(),
                clock.GetUtcNow(),
                user.UserId,
                user.UserName ?? "(system)",
                requestName,
                string.Join(';', db.ChangedEntities.Distinct())));
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        // Committed: now the follow-up work (scheduling jobs). A failure here loses nothing: the start-up
        // reconciliation rebuilds the schedule from the database.
        foreach (var work in afterCommit.Drain())
        {
            try
            {
                await work(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogAfterCommitFailed(logger, requestName, ex);
            }
        }

        return result;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Follow-up work of {Request} failed after commit; the next reconciliation repairs it")]
    private static partial void LogAfterCommitFailed(ILogger logger, string request, Exception exception);
}
