using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace UnHabitat.Meetings.Infrastructure.Persistence;

/// <summary>A database setting that keeps the application from starting; the message is one line naming the setting.</summary>
public sealed class DatabaseSettingException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Run before the host is built: reads the database settings and opens one connection, so that a wrong
/// Database:Provider, a missing or wrong ConnectionStrings:Meetings, an unreachable server or an unwritable
/// SQLite folder stop the start with one sentence naming the setting, not with a stack trace from deep
/// inside the migrations. The connection is opened with the driver itself, outside EF Core's logging.
/// </summary>
public static class DatabaseSettingsCheck
{
    public static async Task<DatabaseOptions> RunAsync(IConfiguration configuration, string contentRoot, CancellationToken ct = default)
    {
        var options = DatabaseOptions.From(configuration, contentRoot);
        try
        {
            await using var connection = Open(options);
            await connection.OpenAsync(ct).ConfigureAwait(false);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            // The server answered and the database does not exist yet: the migrations create it.
        }
        catch (SqlException e) when (e.Number == 4060)
        {
            // SQL Server's "cannot open database": likewise, the migrations create it.
        }
        catch (Exception e) when (e is DbException or ArgumentException or IOException or UnauthorizedAccessException or TimeoutException or System.Net.Sockets.SocketException)
        {
            throw new DatabaseSettingException(Describe(options, !string.IsNullOrWhiteSpace(configuration.GetConnectionString("Meetings")), e), e);
        }

        return options;
    }

    private static DbConnection Open(DatabaseOptions options)
    {
        // Provider differences of the check stay here, beside the ones of AddInfrastructure.
        switch (options.Provider)
        {
            case DatabaseProvider.Postgres:
                return new NpgsqlConnection(options.ConnectionString);
            case DatabaseProvider.SqlServer:
                return new SqlConnection(options.ConnectionString);
            default:
                // The folder of the file is created here, as the initializer would, to find out whether it may be.
                var file = new SqliteConnectionStringBuilder(options.ConnectionString).DataSource;
                if (!string.IsNullOrEmpty(file) && file != ":memory:" && !file.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
                }

                return new SqliteConnection(options.ConnectionString);
        }
    }

    private static string Describe(DatabaseOptions options, bool connectionStringGiven, Exception e)
    {
        var reason = string.Join(": ", Reasons(e).Distinct()).ReplaceLineEndings(" ");
        if (options.Provider == DatabaseProvider.Postgres)
        {
            var where = TryDescribePostgres(options.ConnectionString);
            return $"Cannot reach the PostgreSQL database{where} ({reason}). Check ConnectionStrings:Meetings (or Database:Provider).";
        }

        if (options.Provider == DatabaseProvider.SqlServer)
        {
            var where = TryDescribeSqlServer(options.ConnectionString);
            return $"Cannot reach the SQL Server database{where} ({reason}). Check ConnectionStrings:Meetings (or Database:Provider).";
        }

        var fix = connectionStringGiven
            ? "Check ConnectionStrings:Meetings"
            : "Set Data:Folder to a folder the application may write to, or set ConnectionStrings:Meetings";
        return $"Cannot open the SQLite database ({reason}). {fix}.";
    }

    private static string TryDescribePostgres(string connectionString)
    {
        try
        {
            // Host and database only: the connection string may hold a password.
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            return $" '{builder.Database}' on {builder.Host}:{builder.Port}";
        }
        catch (ArgumentException)
        {
            return string.Empty;
        }
    }

    private static string TryDescribeSqlServer(string connectionString)
    {
        try
        {
            var builder = new SqlConnectionStringBuilder(connectionString);
            return $" '{builder.InitialCatalog}' on {builder.DataSource}";
        }
        catch (ArgumentException)
        {
            return string.Empty;
        }
    }

    private static IEnumerable<string> Reasons(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            yield return e.Message.TrimEnd('.');
        }
    }
}
