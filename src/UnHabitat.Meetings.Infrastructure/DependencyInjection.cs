using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Hangfire;
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
            // The engine and its generated migrations (DatabaseEngines). The pending-model-changes warning stays
            // on: a model changed without a migration stops Migrate() instead of drifting (ADR 017).
            options.Use(database.Provider, database.ConnectionString);
        }, optionsLifetime: ServiceLifetime.Singleton); // built once, not on every request (a download's profile showed it)
        services.AddScoped<IMeetingsDbContext>(sp => sp.GetRequiredService<MeetingsDbContext>());
        services.AddScoped<IUnitOfWork, UnitOfWork>();
        services.AddScoped<IUserAccounts, UserAccounts>();
        services.AddScoped<ITwoFactorAccounts, TwoFactorAccounts>();
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
        services.AddScoped<Search.SearchIndexer>();
        services.AddScoped<ISearchIndex>(sp => sp.GetRequiredService<DatabaseOptions>().Provider switch
        {
            DatabaseProvider.Sqlite => new Search.SqliteSearchIndex(sp.GetRequiredService<MeetingsDbContext>()),
            DatabaseProvider.Postgres => new Search.PostgresSearchIndex(sp.GetRequiredService<MeetingsDbContext>()),
            _ => new Search.LikeSearchIndex(sp.GetRequiredService<MeetingsDbContext>()),
        });
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
    /// Hangfire for the document deadlines, the reminders and the e-mail outbox (ADR 018): its tables in the
    /// application's database on PostgreSQL and SQL Server, where several instances share one schedule; in
    /// memory on SQLite (one instance), rebuilt at start-up from the documents by DeadlineReconciliation.
    /// </summary>
    public static IServiceCollection AddScheduling(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        // The EF tools build the host to find the model: no job server (and no job tables) for them.
        if (EF.IsDesignTime)
        {
            return services;
        }

        // This application's own storage and activator, registered before AddHangfire so that its static
        // defaults are not used: tests run several applications in one process.
        services.AddSingleton(sp => Deadlines.JobStorageFactory.Create(sp.GetRequiredService<DatabaseOptions>()));
        services.AddSingleton<Deadlines.JobServerName>();
        services.AddSingleton<JobActivator>(sp => new Hangfire.AspNetCore.AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((sp, config) =>
        {
            Deadlines.HangfireLogs.WriteTo(sp.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>());
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings()
                .UseLogProvider(Deadlines.HangfireLogs.Instance);
        });
        services.AddHangfireServer((sp, options) =>
        {
            // Read when the server starts, as the rest of the configuration (tests set it after registration).
            var settings = sp.GetRequiredService<IConfiguration>();
            // How often waiting jobs are looked at: the most a deadline can fire late (Hangfire:SchedulePollingSeconds).
            options.SchedulePollingInterval = TimeSpan.FromSeconds(settings.GetValue("Hangfire:SchedulePollingSeconds", 1.0));
            options.WorkerCount = settings.GetValue("Hangfire:WorkerCount", Math.Min(Environment.ProcessorCount * 5, 20));
            options.ServerName = sp.GetRequiredService<Deadlines.JobServerName>().Value;
            options.ShutdownTimeout = TimeSpan.FromSeconds(settings.GetValue("Hangfire:ShutdownSeconds", 15.0));
        });
        services.AddHealthChecks().AddCheck<Deadlines.JobServerHealthCheck>("jobs", tags: ["ready"]);
        services.AddScoped<Deadlines.DeadlineJob>();
        services.AddScoped<IDeadlineScheduler, Deadlines.HangfireDeadlineScheduler>();
        services.AddHostedService<Deadlines.DeadlineReconciliation>();
        services.AddSingleton<Hangfire.Server.IBackgroundProcess, Email.OutboxSender>();
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
