using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using UnHabitat.Meetings.Application.Documents;
using UnHabitat.Meetings.Domain.Bodies;
using UnHabitat.Meetings.Domain.Documents;
using UnHabitat.Meetings.Domain.Meetings;
using UnHabitat.Meetings.Infrastructure.Identity;

namespace UnHabitat.Meetings.Infrastructure.Persistence;

/// <summary>
/// Empties the downloads' <see cref="DocumentReadCache"/> when a save changes a document, a meeting or a body
/// (or a part they own: files, members, chairs), and the <see cref="LiveAccounts"/> when it changes a user or
/// their roles (ADR 021). Once when the save begins, and again once it is committed (after the transaction of a
/// unit of work, or after the save itself without one), so that a request reading in between cannot keep what
/// was true before the commit.
/// </summary>
internal sealed class DocumentReadCacheInvalidation(DocumentReadCache cache, LiveAccounts accounts) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    // Contexts whose open transaction holds such a change, and which caches it touches, until it commits or rolls back.
    private readonly ConditionalWeakTable<DbContext, StrongBox<Touched>> _awaitingCommit = [];

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
        if (context is null)
        {
            return;
        }

        var touched = Touched.None;
        foreach (var entry in context.ChangeTracker.Entries())
        {
            touched |= WhatItTouches(entry);
        }

        if (touched == Touched.None)
        {
            return;
        }

        Clear(touched);
        _awaitingCommit.AddOrUpdate(context, new StrongBox<Touched>(touched));
    }

    private void Saved(DbContext? context)
    {
        // Without a transaction of the caller's, the save has committed by now.
        if (context is not null && context.Database.CurrentTransaction is null && _awaitingCommit.TryGetValue(context, out var touched))
        {
            _awaitingCommit.Remove(context);
            Clear(touched.Value);
        }
    }

    private void Ended(DbContext? context)
    {
        if (context is not null && _awaitingCommit.TryGetValue(context, out var touched))
        {
            _awaitingCommit.Remove(context);
            Clear(touched.Value);
        }
    }

    private void Clear(Touched touched)
    {
        if (touched.HasFlag(Touched.Documents))
        {
            cache.Clear();
        }

        if (touched.HasFlag(Touched.Users))
        {
            accounts.Clear();
        }
    }

    private static Touched WhatItTouches(EntityEntry entry)
    {
        if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            return Touched.None;
        }

        // An owned part (a file, a member, a chair) counts as its owner.
        var type = entry.Metadata;
        while (type.FindOwnership() is { } ownership)
        {
            type = ownership.PrincipalEntityType;
        }

        var clr = type.ClrType;
        if (clr == typeof(Document) || clr == typeof(Meeting) || clr == typeof(Body))
        {
            return Touched.Documents;
        }

        // Users, and their roles, claims and logins, which Identity keeps in tables of their own.
        return clr == typeof(MeetingsUser) || clr.Namespace == typeof(IdentityUserRole<>).Namespace ? Touched.Users : Touched.None;
    }

    [Flags]
    private enum Touched
    {
        None = 0,
        Documents = 1,
        Users = 2,
    }
}
