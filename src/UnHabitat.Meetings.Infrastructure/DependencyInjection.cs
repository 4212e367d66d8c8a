using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
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
                _ => options.UseSqlite(database.ConnectionString, o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)),
            };

            // No model snapshot is kept (ADR 005): the migration-versus-model test guards the schema instead.
            options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        });
        services.AddScoped<IMeetingsDbContext>(sp => sp.GetRequiredService<MeetingsDbContext>());
        services.AddScoped<IUnitOfWork, UnitOfWork>();
        services.AddScoped<IUserAccounts, UserAccounts>();
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<DemoDataLoader>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddIdentityCore<MeetingsUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<MeetingsDbContext>()
            .AddClaimsPrincipalFactory<MeetingsClaimsFactory>()
            .AddSignInManager()
            .AddDefaultTokenProviders();

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
}
