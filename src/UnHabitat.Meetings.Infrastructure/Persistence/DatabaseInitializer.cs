using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Infrastructure.DemoData;

namespace UnHabitat.Meetings.Infrastructure.Persistence;

/// <summary>
/// Start-up: applies the migrations, turns on WAL for SQLite, makes sure the roles exist, creates the first
/// administrator from configuration when there is no user at all, and loads the demo data when asked.
/// Every step is harmless to repeat.
/// </summary>
public sealed partial class DatabaseInitializer(
    MeetingsDbContext db,
    DatabaseOptions options,
    RoleManager<IdentityRole<Guid>> roles,
    IUserAccounts accounts,
    IUnitOfWork unitOfWork,
    DemoDataLoader demo,
    Search.SearchIndexer search,
    IConfiguration configuration,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            Directory.CreateDirectory(options.DataFolder);
        }

        await HandWrittenHistory.AdoptAsync(db, cancellationToken).ConfigureAwait(false);
        // A migration may rewrite a large table (the search entries of ten years took 90 s on PostgreSQL): the
        // default 30 s command timeout would stop the start half-way. Set back for the rest of the start.
        var timeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(configuration.GetValue("Database:MigrationTimeoutMinutes", 60.0)));
        try
        {
            await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            db.Database.SetCommandTimeout(timeout);
        }

        if (options.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers go on while a command writes; the setting is kept in the database file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
        }

        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role).ConfigureAwait(false))
            {
                await roles.CreateAsync(new IdentityRole<Guid>(role) { Id = Guid.NewGuid() }).ConfigureAwait(false);
            }
        }

        await BootstrapAdministratorAsync(cancellationToken).ConfigureAwait(false);
        if (configuration.GetValue<bool>("Demo:Load"))
        {
            await demo.LoadAsync(cancellationToken).ConfigureAwait(false);
        }

        // What was saved before the search existed, or without the unit of work, gets its entries now.
        await search.BackfillAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task BootstrapAdministratorAsync(CancellationToken ct)
    {
        var email = configuration["Bootstrap:AdminEmail"];
        var password = configuration["Bootstrap:AdminPassword"];
        if (await db.Users.AnyAsync(ct).ConfigureAwait(false))
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(password))
        {
            LogNoAdministrator(logger);
            return;
        }

        await unitOfWork.RunAsync("BootstrapAdministrator", () => accounts.CreateAsync(
            new NewUserAccount(email, password, "Administrator", [Roles.Administrator], null), ct), ct).ConfigureAwait(false);
        LogAdministratorCreated(logger, email);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No user exists and Bootstrap:AdminEmail / Bootstrap:AdminPassword are not set: nobody can sign in yet.")]
    private static partial void LogNoAdministrator(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the first administrator {Email} from configuration.")]
    private static partial void LogAdministratorCreated(ILogger logger, string email);
}
