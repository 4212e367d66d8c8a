using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.SqlServer;
using UnHabitat.Meetings.Infrastructure.Persistence;

namespace UnHabitat.Meetings.Infrastructure.Deadlines;

/// <summary>Hangfire's storage per engine (ADR 018); the provider-specific part of the job server, in one place.</summary>
internal static class JobStorageFactory
{
    /// <summary>Hangfire's tables live in a schema of their own, beside the application's.</summary>
    public const string Schema = "hangfire";

    public static JobStorage Create(DatabaseOptions database) => database.Provider switch
    {
        // Long polling: a job enqueued by any instance is picked up at once (LISTEN/NOTIFY), not at the next poll.
        DatabaseProvider.Postgres => PostgreSql(database.ConnectionString),
        DatabaseProvider.SqlServer => new SqlServerStorage(
            () => new Microsoft.Data.SqlClient.SqlConnection(database.ConnectionString),
            new SqlServerStorageOptions { SchemaName = Schema, PrepareSchemaIfNecessary = true, QueuePollInterval = TimeSpan.Zero }),
        // One instance per SQLite file: the schedule is rebuilt from the documents at start-up (DeadlineReconciliation).
        _ => new InMemoryStorage(new InMemoryStorageOptions { IdType = InMemoryStorageIdType.Guid }),
    };

    private static PostgreSqlStorage PostgreSql(string connectionString)
    {
        var options = new PostgreSqlStorageOptions { SchemaName = Schema, PrepareSchemaIfNecessary = true, EnableLongPolling = true };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options), options);
    }
}
