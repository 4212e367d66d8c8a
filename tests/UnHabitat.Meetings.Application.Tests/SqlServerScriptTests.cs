using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using UnHabitat.Meetings.Infrastructure;
using UnHabitat.Meetings.Infrastructure.Persistence;

namespace UnHabitat.Meetings.Application.Tests;

/// <summary>
/// No SQL Server engine can run here, so this checks what can be checked without one: with
/// Database:Provider=SqlServer the application's own registration builds the model for SQL Server, and the
/// scripts it would run there (the schema of the model, the generated migrations of
/// UnHabitat.Meetings.Migrations.SqlServer, plain and idempotent) are T-SQL that
/// SQL Server 2022's parser reads without an error. Parsing is not executing: a server still has the last word.
/// </summary>
[TestFixture]
public sealed class SqlServerScriptTests
{
    // Never connected to: generating scripts needs no server.
    private const string Unused = "Server=127.0.0.1,1;Database=meetings;User Id=meetings;Password=unused;TrustServerCertificate=true";

    [Test]
    public void The_schema_of_the_model_for_SQL_Server_parses_as_T_SQL_without_an_error()
    {
        var script = InSqlServerContext(db => db.Database.GenerateCreateScript());

        Assert.That(script, Does.Contain("CREATE TABLE [Meetings]"));
        Assert.That(script, Does.Contain("[StartsAt] datetime2 NOT NULL"), "times are kept as UTC datetime2, as on the other engines");
        Assert.That(ParseErrors(script), Is.Empty);
    }

    [Test]
    public void The_generated_migrations_for_SQL_Server_parse_as_T_SQL_without_an_error_plain_and_idempotent()
    {
        var (baseline, plain, idempotent) = InSqlServerContext(db =>
        {
            var migrator = db.GetService<IMigrator>();
            return (HandWrittenHistory.Baseline(db), migrator.GenerateScript(), migrator.GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent));
        });

        Assert.That(plain, Does.Contain("CREATE TABLE [Meetings]").And.Contain($"N'{baseline}'"), "the script runs the generated migrations from the baseline");
        Assert.That(idempotent, Does.Contain($"WHERE [MigrationId] = N'{baseline}'"),
            "each step of the idempotent script runs only where it has not run yet");
        Assert.That(ParseErrors(plain), Is.Empty);
        Assert.That(ParseErrors(idempotent), Is.Empty);
    }

    [Test]
    public void A_broken_migration_script_is_caught_by_the_check()
    {
        var idempotent = InSqlServerContext(db => db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent));
        var broken = idempotent.Replace("CREATE TABLE [Meetings] (", "CREATE TABEL [Meetings] (", StringComparison.Ordinal);

        Assert.That(broken, Is.Not.EqualTo(idempotent), "the script should create the Meetings table");
        Assert.That(ParseErrors(broken), Is.Not.Empty);
    }

    [Test]
    public void Every_index_key_fits_in_the_900_bytes_SQL_Server_allows()
    {
        // A script with an nvarchar(max) or too long key parses, but SQL Server refuses the CREATE INDEX.
        var oversized = InSqlServerContext(db => db.GetService<IDesignTimeModel>().Model.GetEntityTypes()
            .SelectMany(e => e.GetIndexes().Select(i => (Name: i.GetDatabaseName(), Bytes: i.Properties.Sum(p => KeyBytes(p.GetColumnType())))))
            .Where(i => i.Bytes > 900)
            .Select(i => $"{i.Name}: {i.Bytes} bytes")
            .ToList());

        Assert.That(oversized, Is.Empty);
    }

    [Test]
    public void A_delete_cascades_to_each_table_by_one_path_at_most_as_SQL_Server_requires()
    {
        // SQL Server refuses a foreign key that "may cause cycles or multiple cascade paths"; the script parses.
        var cascades = InSqlServerContext(db => db.GetService<IDesignTimeModel>().Model.GetRelationalModel().Tables
            .SelectMany(t => t.ForeignKeyConstraints)
            .Where(fk => fk.OnDeleteAction is ReferentialAction.Cascade or ReferentialAction.SetNull or ReferentialAction.SetDefault)
            .Select(fk => (From: fk.PrincipalTable.Name, To: fk.Table.Name))
            .ToList());

        Assert.That(cascades, Is.Not.Empty);
        Assert.That(MultipleCascadePaths(cascades), Is.Empty);
    }

    [Test]
    public void Two_cascade_paths_to_one_table_are_caught_by_the_check()
    {
        var diamond = new[] { ("Meetings", "Records"), ("Meetings", "Summaries"), ("Records", "Notes"), ("Summaries", "Notes") };

        Assert.That(MultipleCascadePaths(diamond), Is.EqualTo(new[] { "Meetings → Notes by 2 paths" }));
    }

    [Test]
    public void A_broken_script_is_caught_by_the_check()
    {
        var script = InSqlServerContext(db => db.Database.GenerateCreateScript());
        var broken = script.Replace("CREATE TABLE [Meetings] (", "CREATE TABEL [Meetings] (", StringComparison.Ordinal)
            .Replace("NOT NULL,", "NOT NULL", StringComparison.Ordinal);

        Assert.That(ParseErrors(broken), Is.Not.Empty);
    }

    private static T InSqlServerContext<T>(Func<MeetingsDbContext, T> work)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "SqlServer",
            ["ConnectionStrings:Meetings"] = Unused,
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        services.AddInfrastructure(Path.GetTempPath());
        using var provider = services.BuildServiceProvider();
        using var scope = provider.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MeetingsDbContext>();
        Assert.That(db.Database.ProviderName, Is.EqualTo("Microsoft.EntityFrameworkCore.SqlServer"));
        return work(db);
    }

    /// <summary>Bytes of one key column of the SQL Server type; nvarchar(max) counts as more than any limit.</summary>
    private static int KeyBytes(string columnType) => columnType switch
    {
        "nvarchar(max)" or "varbinary(max)" => int.MaxValue / 16,
        _ when columnType.StartsWith("nvarchar(", StringComparison.Ordinal) => 2 * int.Parse(columnType[9..^1], System.Globalization.CultureInfo.InvariantCulture),
        "uniqueidentifier" => 16,
        "bigint" or "datetime2" or "float" => 8,
        "int" => 4,
        "date" => 3,
        "bit" => 1,
        _ => throw new AssertionException($"The key size of {columnType} is not known to this test."),
    };

    /// <summary>Tables a delete in another table reaches by more than one cascade path, or comes back to.</summary>
    private static List<string> MultipleCascadePaths(IReadOnlyCollection<(string From, string To)> cascades)
    {
        var found = new List<string>();
        foreach (var source in cascades.Select(c => c.From).Distinct())
        {
            var arrivals = new Dictionary<string, int>();
            var stack = new Stack<(string Table, int Depth)>([(source, 0)]);
            while (stack.Count > 0)
            {
                var (table, depth) = stack.Pop();
                foreach (var next in cascades.Where(c => c.From == table).Select(c => c.To))
                {
                    arrivals[next] = arrivals.GetValueOrDefault(next) + 1;
                    if (next != source && depth < cascades.Count)
                    {
                        stack.Push((next, depth + 1));
                    }
                }
            }

            found.AddRange(arrivals.Where(a => a.Value > 1 || a.Key == source)
                .Select(a => a.Key == source ? $"{source} cascades back to itself" : $"{source} → {a.Key} by {a.Value} paths"));
        }

        return found;
    }

    private static List<string> ParseErrors(string script)
    {
        // The idempotent script wraps some statements in EXEC(N'...'), whose text the parser takes as a
        // string: those statements are parsed on their own too.
        var wrapped = System.Text.RegularExpressions.Regex.Matches(script, @"EXEC\(N'((?:[^']|'')*)'\)")
            .Select(m => m.Groups[1].Value.Replace("''", "'", StringComparison.Ordinal));
        return [.. new[] { script }.Concat(wrapped).SelectMany(Parse)];
    }

    private static IEnumerable<string> Parse(string script)
    {
        using var reader = new StringReader(script);
        new TSql160Parser(initialQuotedIdentifiers: true).Parse(reader, out var errors);
        return [.. errors.Select(e => $"line {e.Line}: {e.Message} in {script[..Math.Min(script.Length, 120)]}")];
    }
}
