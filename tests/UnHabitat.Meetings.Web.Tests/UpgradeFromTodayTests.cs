using System.Data.Common;
using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Infrastructure.Persistence;
using UnHabitat.Meetings.Testing;
using UnHabitat.Meetings.Web.Tests.Support;

namespace UnHabitat.Meetings.Web.Tests;

/// <summary>
/// A database in production today was made by the hand-written migrations (up to
/// 20261205100000_UserDeactivation). The app, now on generated migrations (ADR 017), takes it over with its
/// data: TodaysSchema/*.sql is that schema, as those migrations scripted it before they were removed.
/// </summary>
[TestFixture]
[Category("Database")]
public sealed class UpgradeFromTodayTests
{
    private static readonly Guid BodyId = Guid.Parse("6f1c2a3e-0b7d-4e8f-9a10-2b3c4d5e6f70");
    private static readonly Guid MeetingId = Guid.Parse("0a9b8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d");

    [Test]
    public async Task A_database_made_by_the_hand_written_migrations_keeps_its_meetings_and_takes_new_ones()
    {
        if (TestDatabase.ProviderOfThisRun == DatabaseProvider.SqlServer)
        {
            Assert.Ignore("No database was ever made on SQL Server by the hand-written migrations.");
        }

        await using var database = await TestDatabase.CreateAsync();
        await BuildTodaysDatabaseAsync(database);

        await using var app = new MeetingsApp(database);
        var secretariat = (await app.UserAsync(Roles.Secretariat)).Client;

        var response = await secretariat.GetAsync($"/api/meetings/{MeetingId}");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.ExplainAsync());
        var meeting = await response.ReadAsync<MeetingDto>();
        Assert.Multiple(() =>
        {
            Assert.That(meeting.Number, Is.EqualTo(41));
            Assert.That(meeting.Venue, Is.EqualTo("Conference Room 2, Gigiri"));
            Assert.That(meeting.StartsAt, Is.EqualTo(new DateTimeOffset(2026, 12, 10, 7, 0, 0, TimeSpan.Zero)));
        });

        var next = await MeetingApi.CreateMeetingAsync(secretariat, BodyId, MeetingApi.At(BodyId, "2026-12-11T10:00:00+03:00", "2026-12-11T13:00:00+03:00"));
        Assert.That(next.Number, Is.EqualTo(42), "numbered after the meeting that was already there");

        var history = await app.WithDbAsync(async db => (await db.Database.GetAppliedMigrationsAsync()).ToList());
        Assert.That(history, Does.Contain(HandWrittenHistory.LastMigration).And.SupersetOf(await app.WithDbAsync(db => Task.FromResult(db.Database.GetMigrations().ToList()))));
    }

    [Test]
    public async Task A_database_stopped_half_way_through_the_hand_written_migrations_is_refused_with_what_to_do()
    {
        if (TestDatabase.ProviderOfThisRun == DatabaseProvider.SqlServer)
        {
            Assert.Ignore("No database was ever made on SQL Server by the hand-written migrations.");
        }

        await using var database = await TestDatabase.CreateAsync();
        await BuildTodaysDatabaseAsync(database);
        await ExecuteAsync(database, $"DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = '{HandWrittenHistory.LastMigration}'");

        await using var app = new MeetingsApp(database);
        var refused = Assert.Catch(() => _ = app.Server);

        Assert.That(refused!.ToString(), Does.Contain($"upgrade it first with the release whose last migration is {HandWrittenHistory.LastMigration}"));
    }

    /// <summary>Today's schema and a body with one meeting, written as today's app stores them.</summary>
    private static async Task BuildTodaysDatabaseAsync(TestDatabase database)
    {
        var sqlite = database.Provider == DatabaseProvider.Sqlite;
        var script = await File.ReadAllTextAsync(Path.Combine(TestContext.CurrentContext.TestDirectory, "TodaysSchema", sqlite ? "sqlite.sql" : "postgres.sql"));
        await ExecuteAsync(database, script);

        // As each engine's provider writes them: SQLite keeps Guids as upper-case text and UTC times as text.
        string Id(Guid id) => sqlite ? id.ToString().ToUpperInvariant() : id.ToString();
        string Utc(string time) => sqlite ? time : time + "+00";
        await ExecuteAsync(database, $"""
            INSERT INTO "Bodies" ("Id", "Name", "ShortName", "Kind", "ParentBodyId", "SymbolPrefix", "SummaryStyle", "Attribution", "DocumentDeadlineDays", "Version", "DocumentDistribution", "SecretariatName")
            VALUES ('{Id(BodyId)}', 'Committee of Permanent Representatives', 'CPR', 'ExecutiveBoard', NULL, 'HSP/OECPR', 'Numbered', 'Named', 7, 1, 'General', NULL);
            INSERT INTO "Meetings" ("Id", "BodyId", "SessionId", "Number", "StartsAt", "EndsAt", "TimeZoneId", "Venue", "Modality", "ChairHonorific", "ChairName", "ChairFunction", "Status", "StatusReason", "AgendaStatus", "AgendaAmendments", "Version", "EnteredAfterTheFact")
            VALUES ('{Id(MeetingId)}', '{Id(BodyId)}', NULL, 41, '{Utc("2026-12-10 07:00:00")}', '{Utc("2026-12-10 10:00:00")}', 'Africa/Nairobi', 'Conference Room 2, Gigiri', 'InPerson', 'Ms.', 'Wanjiru', NULL, 'Scheduled', NULL, 'Draft', NULL, 1, FALSE);
            """);
    }

    private static async Task ExecuteAsync(TestDatabase database, string sql)
    {
        await using DbConnection connection = database.Provider == DatabaseProvider.Sqlite
            ? new SqliteConnection(database.ConnectionString)
            : new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
