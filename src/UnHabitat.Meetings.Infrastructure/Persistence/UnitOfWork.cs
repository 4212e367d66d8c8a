using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Domain.Auditing;

namespace UnHabitat.Meetings.Infrastructure.Persistence;

/// <summary>
/// One transaction per command: whatever the handler saved on the way (Identity's user manager saves by
/// itself), the final SaveChanges and the audit entry commit together or roll back together.
/// </summary>
internal sealed class UnitOfWork(MeetingsDbContext db, ICurrentUser user, TimeProvider clock) : IUnitOfWork
{
    public async Task<T> RunAsync<T>(string requestName, Func<Task<T>> command, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await command().ConfigureAwait(false);
        }

        var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            db.ForgetChanges();
            var result = await command().ConfigureAwait(false);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            db.AuditEntries.Add(new AuditEntry(
                Guid.NewGuid(),
                clock.GetUtcNow(),
                user.UserId,
                user.UserName ?? "(system)",
                requestName,
                string.Join(';', db.ChangedEntities.Distinct())));
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return result;
        }
    }
}
