using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;
using UnHabitat.Meetings.Infrastructure.Persistence;

namespace UnHabitat.Meetings.Testing;

/// <summary>
/// A fresh, empty database on the engine the run was started for: <c>MEETINGS_TEST_PROVIDER</c> is
/// Sqlite (a file in the temp folder, the default), Postgres (a new database on the server named by
/// <c>MEETINGS_TEST_POSTGRES</c>, which <c>./build.sh test</c> starts) or SqlServer (a new database on the
/// server named by <c>MEETINGS_SQLSERVER</c>, given by whoever runs the tests). Dropped again on dispose.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(DatabaseProvider provider, string connectionString, string name, string folder)
    {
        Provider = provider;
        ConnectionString = connectionString;
        Name = name;
        Folder = folder;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public string Name { get; }

    /// <summary>A data folder of its own (files, SQLite database).</summary>
    public string Folder { get; }

    public static DatabaseProvider ProviderOfThisRun => Environment.GetEnvironmentVariable("MEETINGS_TEST_PROVIDER")?.ToUpperInvariant() switch
    {
        "POSTGRES" => DatabaseProvider.Postgres,
        "SQLSERVER" => DatabaseProvider.SqlServer,
        _ => DatabaseProvider.Sqlite,
    };

    /// <summary>Settings that point the application at this database.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = Provider.ToString(),
        ["ConnectionStrings:Meetings"] = ConnectionString,
        ["Data:Folder"] = Folder,
    };

    public static async Task<TestDatabase> CreateAsync()
    {
        var name = "meetings_test_" + Guid.NewGuid().ToString("N")[..16];
        var folder = Path.Combine(Path.GetTempPath(), "unhabitat-meetings-tests", name);
        Directory.CreateDirectory(folder);
        if (ProviderOfThisRun == DatabaseProvider.Sqlite)
        {
            return new TestDatabase(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "meetings.db")}", name, folder);
        }

        if (ProviderOfThisRun == DatabaseProvider.SqlServer)
        {
            await OnSqlServerAsync($"CREATE DATABASE [{name}]").ConfigureAwait(false);
            var sqlServer = new SqlConnectionStringBuilder(SqlServer) { InitialCatalog = name };
            return new TestDatabase(DatabaseProvider.SqlServer, sqlServer.ConnectionString, name, folder);
        }

        var server = Environment.GetEnvironmentVariable("MEETINGS_TEST_POSTGRES")
            ?? throw new InvalidOperationException("MEETINGS_TEST_PROVIDER is Postgres but MEETINGS_TEST_POSTGRES (a server connection string) is not set.");
        var connection = new NpgsqlConnection(server);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync().ConfigureAwait(false);
            var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await using (create.ConfigureAwait(false))
            {
                await create.ExecuteNonQueryAsync().ConfigureAwait(false);
            }
        }

        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new TestDatabase(DatabaseProvider.Postgres, builder.ConnectionString, name, folder);
    }

    /// <summary>Takes the database away under a running application, as when its server goes down.</summary>
    public async Task MakeUnreachableAsync()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            // A plain file where the database's folder was: nothing (the app, its scheduler) can open or
            // create the database again, whoever tries first.
            // Moved away in one step (SQLite never creates a missing folder, so nothing can recreate the file
            // in between), then the path is blocked by a plain file.
            SqliteConnection.ClearAllPools();
            Directory.Move(Folder, Folder + ".gone");
            await File.WriteAllTextAsync(Folder, "gone").ConfigureAwait(false);
            return;
        }

        await DropAsync().ConfigureAwait(false);
    }

    private static string SqlServer => Environment.GetEnvironmentVariable("MEETINGS_SQLSERVER")
        ?? throw new InvalidOperationException("MEETINGS_TEST_PROVIDER is SqlServer but MEETINGS_SQLSERVER (a server connection string) is not set.");

    private static async Task OnSqlServerAsync(string sql)
    {
        var connection = new SqlConnection(SqlServer);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync().ConfigureAwait(false);
            var command = new SqlCommand(sql, connection);
            await using (command.ConfigureAwait(false))
            {
                await command.ExecuteNonQueryAsync().ConfigureAwait(false);
            }
        }
    }

    private async Task DropAsync()
    {
        if (Provider == DatabaseProvider.SqlServer)
        {
            SqlConnection.ClearAllPools();
            await OnSqlServerAsync($"IF DB_ID(N'{Name}') IS NOT NULL BEGIN ALTER DATABASE [{Name}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{Name}]; END").ConfigureAwait(false);
            return;
        }

        NpgsqlConnection.ClearAllPools();
        var server = Environment.GetEnvironmentVariable("MEETINGS_TEST_POSTGRES")!;
        var connection = new NpgsqlConnection(server);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync().ConfigureAwait(false);
            var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
            await using (drop.ConfigureAwait(false))
            {
                await drop.ExecuteNonQueryAsync().ConfigureAwait(false);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            SqliteConnection.ClearAllPools();
        }
        else
        {
            await DropAsync().ConfigureAwait(false);
        }

        try
        {
            if (File.Exists(Folder))
            {
                File.Delete(Folder);
                Directory.Delete(Folder + ".gone", recursive: true);
            }
            else
            {
                Directory.Delete(Folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A file still held open by a host that is shutting down; the temp folder is cleaned eventually.
        }
    }
}
