using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace UnHabitat.Meetings.Infrastructure.Persistence;

/// <summary>
/// Databases made before the generated migrations (ADR 017) carry the history of the hand-written ones. Their
/// schema is the one the generated baseline creates (the hand-written migrations were proven equal to the
/// model until then), so the baseline is recorded as applied without running; the generated migrations after
/// it then run as usual.
/// </summary>
public static class HandWrittenHistory
{
    /// <summary>The last hand-written migration: a database holding it has the baseline's schema.</summary>
    public const string LastMigration = "20261205100000_UserDeactivation";

    /// <summary>The first generated migration of the engine, made from the model as the hand-written ones left it.</summary>
    public static string Baseline(MeetingsDbContext db) =>
        db.GetService<IMigrationsAssembly>().Migrations.Keys.Order(StringComparer.Ordinal).First();

    public static async Task AdoptAsync(MeetingsDbContext db, CancellationToken cancellationToken = default)
    {
        var history = db.GetService<IHistoryRepository>();
        if (!await history.ExistsAsync(cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var applied = (await history.GetAppliedMigrationsAsync(cancellationToken).ConfigureAwait(false)).Select(r => r.MigrationId).ToList();
        var baseline = Baseline(db);
        if (applied.Contains(baseline) || applied.Count == 0)
        {
            return;
        }

        if (!applied.Contains(LastMigration))
        {
            // Its tables exist but are older than the baseline: running the baseline would fail half-way.
            throw new InvalidOperationException(
                $"The database was made by an older version (its last migration is {applied.Max(StringComparer.Ordinal)}): upgrade it first with the release whose last migration is {LastMigration}.");
        }

        try
        {
            await db.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(baseline, ProductInfo.GetVersion())), cancellationToken).ConfigureAwait(false);
        }
        catch (System.Data.Common.DbException)
        {
            // Fine if another instance starting at the same moment recorded it first.
            if (!await IsAppliedAsync(history, baseline, cancellationToken).ConfigureAwait(false))
            {
                throw;
            }
        }
    }

    private static async Task<bool> IsAppliedAsync(IHistoryRepository history, string migration, CancellationToken cancellationToken) =>
        (await history.GetAppliedMigrationsAsync(cancellationToken).ConfigureAwait(false)).Any(r => r.MigrationId == migration);
}
