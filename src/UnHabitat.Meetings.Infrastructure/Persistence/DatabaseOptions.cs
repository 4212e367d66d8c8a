using Microsoft.Extensions.Configuration;

namespace UnHabitat.Meetings.Infrastructure.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
    SqlServer,
}

/// <summary>
/// Which engine and where: <c>Database:Provider</c> (Sqlite by default, Postgres or SqlServer), <c>ConnectionStrings:Meetings</c>,
/// and for SQLite without a connection string a file in <c>Data:Folder</c>.
/// </summary>
public sealed record DatabaseOptions(DatabaseProvider Provider, string ConnectionString, string DataFolder)
{
    public static DatabaseOptions From(IConfiguration configuration, string contentRoot)
    {
        var provider = Enum.TryParse<DatabaseProvider>(configuration["Database:Provider"] ?? "Sqlite", ignoreCase: true, out var p) && Enum.IsDefined(p)
            ? p
            : throw new DatabaseSettingException($"Database:Provider must be Sqlite, Postgres or SqlServer, not '{configuration["Database:Provider"]}'.");
        var folder = Path.GetFullPath(configuration["Data:Folder"] ?? "data", contentRoot);
        var connectionString = configuration.GetConnectionString("Meetings");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = provider == DatabaseProvider.Sqlite
                ? $"Data Source={Path.Combine(folder, "meetings.db")}"
                : throw new DatabaseSettingException($"Database:Provider is {provider} but ConnectionStrings:Meetings is not set.");
        }

        return new DatabaseOptions(provider, connectionString, folder);
    }
}
