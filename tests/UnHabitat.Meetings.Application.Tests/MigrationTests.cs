using Microsoft.Extensions.DependencyInjection;
using UnHabitat.Meetings.Application.Tests.Support;
using UnHabitat.Meetings.Infrastructure.Persistence;
using UnHabitat.Meetings.Testing;

namespace UnHabitat.Meetings.Application.Tests;

/// <summary>
/// The hand-written migrations build exactly the schema the model describes, on the engine of this run
/// (SQLite by default, PostgreSQL in the second run of ./build.sh test).
/// </summary>
[TestFixture]
[Category("Database")]
public sealed class MigrationTests
{
    [Test]
    public async Task The_migrated_schema_equals_the_schema_of_the_model()
    {
        await using var migrated = await ApplicationHost.StartAsync(initialize: false);
        await using var modelled = await ApplicationHost.StartAsync(initialize: false);

        var actual = await migrated.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<MeetingsDbContext>();
            await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.MigrateAsync(db.Database);
            return await ReadAsync(db);
        });
        var expected = await modelled.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<MeetingsDbContext>();
            await db.Database.EnsureCreatedAsync();
            return await ReadAsync(db);
        });

        Assert.That(expected.Tables, Has.Count.GreaterThanOrEqualTo(12), "the model should hold Identity, audit, keys and bodies");
        var differences = DatabaseSchema.Diff(expected, actual);
        Assert.That(differences, Is.Empty, DatabaseSchema.Describe(differences));
    }

    [Test]
    public async Task Starting_twice_on_the_same_database_applies_nothing_twice()
    {
        await using var host = await ApplicationHost.StartAsync();

        await host.InScopeAsync(sp => sp.GetRequiredService<DatabaseInitializer>().InitializeAsync());

        var applied = await host.InScopeAsync(async sp =>
            (await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetAppliedMigrationsAsync(sp.GetRequiredService<MeetingsDbContext>().Database)).ToList());
        Assert.That(applied, Is.EqualTo(new[] { "20261121000000_Initial", "20261122000000_MeetingsAndAgendas", "20261123000000_MeetingRecordAndSummary", "20261124000000_AttendanceOrder", "20261125000000_DocumentsAndDeadlines", "20261126000000_Resolutions", "20261127000000_AgendaSnapshots", "20261205050000_RecordCorrectionsAndSummaryHistory", "20261205070000_Decisions", "20261205100000_UserDeactivation", "20261206000002_DeadlineJobIds" }));
    }

    private static async Task<SchemaSnapshot> ReadAsync(MeetingsDbContext db)
    {
        var connection = Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetDbConnection(db.Database);
        await connection.OpenAsync();
        try
        {
            return await DatabaseSchema.ReadAsync(connection);
        }
        finally
        {
            await connection.CloseAsync();
        }
    }
}
