using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Infrastructure.DemoData;
using UnHabitat.Meetings.Infrastructure.Identity;
using UnHabitat.Meetings.Infrastructure.Persistence;

namespace UnHabitat.Meetings.Infrastructure;

public static class DependencyInjection
{
    /// <remarks>Configuration is read when the services are first resolved, not here, so that hosts (and
    /// tests) can still change it after this registration.</remarks>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, string contentRoot)
    {
        services.AddSingleton(sp => DatabaseOptions.From(sp.GetRequiredService<IConfiguration>(), contentRoot));
        services.AddDbContext<MeetingsDbContext>((sp, options) =>
        {
            var database = sp.GetRequiredService<DatabaseOptions>();
            // Provider-specific code stays here, so that another engine is one more case.
            _ = database.Provider switch
            {
                DatabaseProvider.Postgres => options.UseNpgsql(database.ConnectionString, o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)),
                DatabaseProvider.SqlServer => options.UseSqlServer(database.ConnectionString, o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)),
                _ => options.UseSqlite(database.ConnectionString, o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)),
            };

            // No model snapshot is kept (ADR 005): the migration-versus-model test guards the schema instead.
            options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        }, optionsLifetime: ServiceLifetime.Singleton); // built once, not on every request (a download's profile showed it)
        services.AddScoped<IMeetingsDbContext>(sp => sp.GetRequiredService<MeetingsDbContext>());
        services.AddScoped<IUnitOfWork, UnitOfWork>();
        services.AddScoped<IUserAccounts, UserAccounts>();
        services.AddScoped<AfterCommit>();
        services.AddScoped<IAfterCommit>(sp => sp.GetRequiredService<AfterCommit>());
        services.AddScoped<Application.Notifications.Notifier>();
        services.AddSingleton<IPublicAddress, Web.PublicAddress>();
        services.AddSingleton<IFileStore, Files.ContentAddressedFileStore>();
        services.AddSingleton<Downloads.BatchedDownloadLog>();
        services.AddSingleton<IDownloadLog>(sp => sp.GetRequiredService<Downloads.BatchedDownloadLog>());
        services.AddSingleton<Downloads.BatchedVisitLog>();
        services.AddSingleton<IVisitLog>(sp => sp.GetRequiredService<Downloads.BatchedVisitLog>());
        // Downloads decide access from memory (ADR 021); a save of a document, meeting or body empties that memory.
        services.AddSingleton<LiveAccounts>();
        services.TryAddSingleton<Application.Documents.DocumentReadCache>(); // AddApplication's, when it was called
        services.AddSingleton<DocumentReadCacheInvalidation>();
        services.ConfigureDbContext<MeetingsDbContext>((sp, options) => options.AddInterceptors(sp.GetRequiredService<DocumentReadCacheInvalidation>()));
        services.TryAddScoped<IDeadlineScheduler, Deadlines.NoDeadlineScheduler>();
        services.AddSingleton(sp => DeadlineOptionsFrom(sp.GetRequiredService<IConfiguration>()));
        services.AddScoped<DatabaseInitializer>();
        services.AddHostedService<DatabaseStartup>();
        services.AddHostedService(sp => sp.GetRequiredService<Downloads.BatchedDownloadLog>());
        services.AddHostedService(sp => sp.GetRequiredService<Downloads.BatchedVisitLog>());
        services.AddScoped<DemoDataLoader>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddIdentityCore<MeetingsUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                // Length over composition, both checked by PasswordRules in its own words (so not here too).
                options.Password.RequiredLength = 1;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<MeetingsDbContext>()
            .AddClaimsPrincipalFactory<MeetingsClaimsFactory>()
            .AddSignInManager()
            .AddPasswordValidator<PasswordRules>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<InvitationTokenProvider>(InvitationTokenProvider.ProviderName);

        // Links in e-mails work once (tokens are bound to the security stamp) and for a limited time.
        services.AddOptions<DataProtectionTokenProviderOptions>().Configure<IConfiguration>((options, configuration) =>
            options.TokenLifespan = TimeSpan.FromMinutes(configuration.GetValue("Identity:ResetLinkMinutes", 60.0)));
        services.AddOptions<InvitationTokenProviderOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            options.Name = InvitationTokenProvider.ProviderName;
            options.TokenLifespan = TimeSpan.FromDays(configuration.GetValue("Identity:InvitationDays", 7.0));
        });

        services.AddOptions<IdentityOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            options.Lockout.MaxFailedAccessAttempts = configuration.GetValue("Identity:MaxFailedAttempts", 5);
            options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(configuration.GetValue("Identity:LockoutMinutes", 15));
        });

        services.AddDataProtection().SetApplicationName("UnHabitat.Meetings");
        services.AddOptions<KeyManagementOptions>()
            .Configure<IServiceScopeFactory>((options, scopes) => options.XmlRepository = new DatabaseXmlRepository(scopes));

        services.AddHealthChecks().AddDbContextCheck<MeetingsDbContext>("database", tags: ["ready"]);
        return services;
    }

    /// <summary>
    /// The persistent scheduler of the document deadlines (ADR 003): Quartz with its tables in the
    /// application's database, created when missing; clustered on PostgreSQL so that several instances fire
    /// each deadline once. Also the start-up reconciliation and the e-mail outbox sender.
    /// </summary>
    public static IServiceCollection AddScheduling(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var database = DatabaseOptions.From(configuration, contentRoot);
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            Directory.CreateDirectory(database.DataFolder);
        }

        services.AddQuartz(q =>
        {
            // How long the scheduler sleeps when nothing is due: the most a deadline can fire late when it was
            // scheduled by another instance of the cluster (Scheduler:IdleWaitSeconds, default 5).
            q.ConfigureScheduler(o => o.IdleWaitTime = TimeSpan.FromSeconds(configuration.GetValue("Scheduler:IdleWaitSeconds", 5.0)));
            q.UsePersistentStore(store =>
            {
            if (database.Provider == DatabaseProvider.Postgres)
            {
                store.UsePostgres(Npgsql.NpgsqlFactory.Instance, database.ConnectionString);
                store.UseClustering();
            }
            else if (database.Provider == DatabaseProvider.SqlServer)
            {
                store.UseSqlServer(database.ConnectionString);
                store.UseClustering();
            }
            else
            {
                store.UseSqlite(Microsoft.Data.Sqlite.SqliteFactory.Instance, database.ConnectionString);
            }

            store.ProvisionSchema();
            });
        });
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        services.AddHealthChecks().AddQuartz(options => options.Tags.Add("ready"));
        services.AddTransient<Deadlines.DeadlineJob>();
        services.AddScoped<IDeadlineScheduler, Deadlines.QuartzDeadlineScheduler>();
        services.AddHostedService<Deadlines.DeadlineReconciliation>();
        services.AddHostedService<Email.OutboxSender>();
        return services;
    }

    private static Application.Deadlines.DeadlineOptions DeadlineOptionsFrom(IConfiguration configuration)
    {
        var offsets = configuration["Deadlines:ReminderOffsets"];
        var dueSoon = configuration["Deadlines:DueSoon"];
        var defaults = Application.Deadlines.DeadlineOptions.Default;
        return new(
            offsets is null ? defaults.ReminderOffsets : [.. offsets.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(t => TimeSpan.Parse(t, System.Globalization.CultureInfo.InvariantCulture)).OrderDescending()],
            dueSoon is null ? defaults.DueSoon : TimeSpan.Parse(dueSoon, System.Globalization.CultureInfo.InvariantCulture));
    }
}
