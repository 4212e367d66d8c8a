using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using UnHabitat.Meetings.Domain.Bodies;
using UnHabitat.Meetings.Infrastructure.Persistence;

namespace UnHabitat.Meetings.Application.Tests;

/// <summary>
/// Each engine's migrations project holds a model snapshot that matches the model: no change of the model
/// waits for a migration (what <c>dotnet ef migrations has-pending-model-changes</c> checks). Needs no server.
/// </summary>
[TestFixture]
public sealed class ModelSnapshotTests
{
    [TestCase(DatabaseProvider.Sqlite)]
    [TestCase(DatabaseProvider.Postgres)]
    [TestCase(DatabaseProvider.SqlServer)]
    public void The_model_has_no_change_waiting_for_a_migration(DatabaseProvider provider)
    {
        using var db = DatabaseEngines.DesignTimeContext(provider);

        Assert.That(db.Database.HasPendingModelChanges(), Is.False,
            $"the model changed without a migration: run ./build.sh migration NAME (ADR 017)");
    }

    [TestCase(DatabaseProvider.Sqlite)]
    [TestCase(DatabaseProvider.Postgres)]
    [TestCase(DatabaseProvider.SqlServer)]
    public void A_column_added_without_a_migration_is_caught(DatabaseProvider provider)
    {
        using var db = DatabaseEngines.DesignTimeContext(provider, o => o.ReplaceService<IModelCustomizer, ColumnWithoutMigration>());

        Assert.That(db.Database.HasPendingModelChanges(), Is.True);
    }
}

/// <summary>The model as someone might leave it: one more column and no migration for it.</summary>
internal sealed class ColumnWithoutMigration(ModelCustomizerDependencies dependencies) : ModelCustomizer(dependencies)
{
    public override void Customize(ModelBuilder modelBuilder, DbContext context)
    {
        base.Customize(modelBuilder, context);
        modelBuilder.Entity<Body>().Property<string>("Motto").HasMaxLength(200);
    }
}
