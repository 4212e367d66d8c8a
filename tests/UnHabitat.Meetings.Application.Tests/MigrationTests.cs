using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using UnHabitat.Meetings.Application.Tests.Support;
using UnHabitat.Meetings.Infrastructure.Persistence;
using UnHabitat.Meetings.Testing;

namespace UnHabitat.Meetings.Application.Tests;

/// <summary>
/// The generated migrations of the engine of this run (SQLite by default, PostgreSQL in the second run of
/// ./build.sh test, SQL Server when MEETINGS_SQLSERVER is given) build and keep the database (ADR 017).
/// </summary>
[TestFixture]
[Category("Database")]
public sealed class MigrationTests
{
    [Test]
    public async Task Starting_twice_on_the_same_database_applies_nothing_twice()
    {
        await using var host = await ApplicationHost.StartAsync();

        await host.InScopeAsync(sp => sp.GetRequiredService<DatabaseInitializer>().InitializeAsync());

        await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<MeetingsDbContext>();
            var applied = (await db.Database.GetAppliedMigrationsAsync()).ToList();
            Assert.That(applied, Is.EqualTo(db.Database.GetMigrations().ToList()).And.Not.Empty);
            Assert.That(applied[0], Does.EndWith("_Baseline"), "the first generated migration is the schema the hand-written ones left");
        });
    }

    [Test]
    public async Task A_model_changed_without_a_migration_stops_the_start_up_instead_of_drifting()
    {
        await using var host = await ApplicationHost.StartAsync(initialize: false,
            configure: services => services.ConfigureDbContext<MeetingsDbContext>(o => o.ReplaceService<IModelCustomizer, ColumnWithoutMigration>()));

        var refused = Assert.CatchAsync(() => host.InScopeAsync(sp => sp.GetRequiredService<DatabaseInitializer>().InitializeAsync()));

        Assert.That(refused!.Message, Does.Contain("pending changes"));
    }

    [Test]
    public async Task The_idempotent_PostgreSQL_script_applies_twice_to_an_empty_database()
    {
        if (TestDatabase.ProviderOfThisRun != DatabaseProvider.Postgres)
        {
            Assert.Ignore("The idempotent script is checked on PostgreSQL (SQLite has none; SQL Server's is parsed by SqlServerScriptTests).");
        }

        await using var host = await ApplicationHost.StartAsync(initialize: false);
        var script = await host.InScopeAsync(sp => Task.FromResult(
            sp.GetRequiredService<MeetingsDbContext>().GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent)));

        await using (var connection = new NpgsqlConnection(host.Database.ConnectionString))
        {
            await connection.OpenAsync();
            for (var time = 0; time < 2; time++)
            {
                await using var command = new NpgsqlCommand(script, connection);
                await command.ExecuteNonQueryAsync();
            }
        }

        // The app finds nothing left to do and starts on the scripted database.
        await host.InScopeAsync(sp => sp.GetRequiredService<DatabaseInitializer>().InitializeAsync());
        await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<MeetingsDbContext>();
            Assert.That(await db.Database.GetPendingMigrationsAsync(), Is.Empty);
            Assert.That(await db.Roles.CountAsync(), Is.GreaterThan(0));
        });
    }
}
