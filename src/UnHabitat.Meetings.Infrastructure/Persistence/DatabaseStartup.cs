using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace UnHabitat.Meetings.Infrastructure.Persistence;

/// <summary>
/// Runs the database initialisation as the first hosted service, so that everything started after it (the
/// scheduler, its reconciliation, the web server) finds a migrated database.
/// </summary>
internal sealed class DatabaseStartup(IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
