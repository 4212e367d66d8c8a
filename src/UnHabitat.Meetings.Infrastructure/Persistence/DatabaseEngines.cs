using Microsoft.EntityFrameworkCore;

namespace UnHabitat.Meetings.Infrastructure.Persistence;

/// <summary>
/// What differs between the engines for EF Core, in one place: the provider and the assembly that holds its
/// generated migrations and model snapshot (ADR 017). The running app and the design-time factories of
/// <c>dotnet ef</c> both come through here, so the tools see the model the app runs.
/// </summary>
public static class DatabaseEngines
{
    /// <summary>The migrations project of each engine (src/UnHabitat.Meetings.Migrations.*).</summary>
    public static string MigrationsAssembly(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Postgres => "UnHabitat.Meetings.Migrations.PostgreSql",
        DatabaseProvider.SqlServer => "UnHabitat.Meetings.Migrations.SqlServer",
        _ => "UnHabitat.Meetings.Migrations.Sqlite",
    };

    public static DbContextOptionsBuilder Use(this DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        var migrations = MigrationsAssembly(provider);
        return provider switch
        {
            DatabaseProvider.Postgres => options.UseNpgsql(connectionString, o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery).MigrationsAssembly(migrations)),
            DatabaseProvider.SqlServer => options.UseSqlServer(connectionString, o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery).MigrationsAssembly(migrations)),
            _ => options.UseSqlite(connectionString, o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery).MigrationsAssembly(migrations)),
        };
    }

    /// <summary>
    /// The context <c>dotnet ef</c> works with: the engine's model and migrations, never connected to (adding a
    /// migration, a script or the pending-changes check needs no server). <paramref name="configure"/> is for tests.
    /// </summary>
    public static MeetingsDbContext DesignTimeContext(DatabaseProvider provider, Action<DbContextOptionsBuilder>? configure = null)
    {
        var placeholder = provider switch
        {
            DatabaseProvider.Postgres => "Host=localhost;Database=meetings",
            DatabaseProvider.SqlServer => "Server=localhost;Database=meetings;TrustServerCertificate=true",
            _ => "Data Source=meetings.db",
        };
        var options = new DbContextOptionsBuilder<MeetingsDbContext>();
        options.Use(provider, placeholder);
        configure?.Invoke(options);
        return new MeetingsDbContext(options.Options);
    }
}
