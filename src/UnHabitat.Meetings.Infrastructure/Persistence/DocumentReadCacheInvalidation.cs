using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using UnHabitat.Meetings.Application.Documents;
using UnHabitat.Meetings.Domain.Bodies;
using UnHabitat.Meetings.Domain.Documents;
using UnHabitat.Meetings.Domain.Meetings;

namespace UnHabitat.Meetings.Infrastructure.Persistence;

/// <summary>
/// Empties the downloads' <see cref="DocumentReadCache"/> when a save changes a document, a meeting or a body
/// (or a part they own: files, members, chairs), ADR 021. Once when the save begins, and again once it is
/// committed (after the transaction of a unit of work, or after the save itself without one), so that a
/// download reading in between cannot keep what was true before the commit.
/// </summary>
internal sealed class DocumentReadCacheInvalidation(DocumentReadCache cache) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private static readonly object Pending = new();

    // Contexts whose open transaction holds such a change, until it commits or rolls back.
    private readonly ConditionalWeakTable<DbContext, object> _awaitingCommit = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Saving(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Saving(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Saved(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Ended(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Ended(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Ended(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Ended(eventData.Context);
        return Task.CompletedTask;
    }

    private void Saving(DbContext? context)
    {
        if (context is null || !context.ChangeTracker.Entries().Any(ChangesWhatDownloadsRead))
        {
            return;
        }

        cache.Clear();
        _awaitingCommit.AddOrUpdate(context, Pending);
    }

    private void Saved(DbContext? context)
    {
        // Without a transaction of the caller's, the save has committed by now.
        if (context is not null && context.Database.CurrentTransaction is null && _awaitingCommit.Remove(context))
        {
            cache.Clear();
        }
    }

    private void Ended(DbContext? context)
    {
        if (context is not null && _awaitingCommit.Remove(context))
        {
            cache.Clear();
        }
    }

    private static bool ChangesWhatDownloadsRead(EntityEntry entry)
    {
        if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            return false;
        }

        // An owned part (a file, a member, a chair) counts as its owner.
        var type = entry.Metadata;
        while (type.FindOwnership() is { } ownership)
        {
            type = ownership.PrincipalEntityType;
        }

        return type.ClrType == typeof(Document) || type.ClrType == typeof(Meeting) || type.ClrType == typeof(Body);
    }
}
