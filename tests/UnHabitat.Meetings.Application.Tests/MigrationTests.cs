using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Tests.Support;
using UnHabitat.Meetings.Domain.Search;
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
    public async Task Going_back_before_the_newest_first_search_and_forward_again_keeps_every_entry_findable()
    {
        await using var host = await ApplicationHost.StartAsync();
        var query = new SearchIndexQuery(["axolotl"], Enum.GetValues<SearchKind>(), null, null, null, null, EveryBody: true, [], 0, 10);

        await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<MeetingsDbContext>();
            db.SearchEntries.Add(new SearchEntry(SearchKind.Decision, Guid.NewGuid(), null, null, null, null, "The axolotl decision", null,
                "The axolotl decision", new DateTimeOffset(2024, 5, 6, 10, 0, 0, TimeSpan.Zero), published: true, null));
            await db.SaveChangesAsync();

            // SQLite's FTS5 table goes back to its rows keyed by Id, then forward to keys in date order, refilled both times.
            var migrations = db.Database.GetMigrations().ToList();
            var newestFirst = migrations.FindIndex(m => m.EndsWith("_SearchNewestFirst", StringComparison.Ordinal));
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync(migrations[newestFirst - 1]);
            if (TestDatabase.ProviderOfThisRun == DatabaseProvider.Sqlite)
            {
                var keyedById = await db.Database.SqlQueryRaw<long>("SELECT rowid AS \"Value\" FROM \"SearchText\" WHERE \"SearchText\" MATCH 'axolotl'").ToListAsync();
                Assert.That(keyedById, Is.EqualTo(await db.SearchEntries.Where(e => e.Title == "The axolotl decision").Select(e => e.Id).ToListAsync()));
            }

            await migrator.MigrateAsync();
        });

        await host.InScopeAsync(async sp =>
        {
            var found = await sp.GetRequiredService<ISearchIndex>().MatchAsync(query, CancellationToken.None);
            Assert.That(found, Has.Count.EqualTo(1));
        });
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
