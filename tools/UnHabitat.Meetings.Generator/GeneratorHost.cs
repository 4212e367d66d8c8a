using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Infrastructure;
using UnHabitat.Meetings.Infrastructure.Persistence;

namespace UnHabitat.Meetings.Generator;

/// <summary>The application's own infrastructure (database, Identity, file store) on the settings given.</summary>
internal static class GeneratorHost
{
    public static ServiceProvider Build(IDictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddLogging(l => l.AddSimpleConsole().SetMinimumLevel(LogLevel.Error))
            .AddSingleton<ICurrentUser, GeneratorUser>()
            .AddInfrastructure(Directory.GetCurrentDirectory())
            .BuildServiceProvider();

    /// <summary>Migrations and roles, as at the application's start.</summary>
    public static async Task InitializeAsync(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
    }
}

/// <summary>The generator writes as the system.</summary>
internal sealed class GeneratorUser : ICurrentUser
{
    public Guid? UserId => null;

    public string? UserName => "(generator)";

    public string? DisplayName => "(generator)";

    public bool IsAuthenticated => false;

    public string? MemberState => null;

    public bool IsInRole(string role) => false;
}
