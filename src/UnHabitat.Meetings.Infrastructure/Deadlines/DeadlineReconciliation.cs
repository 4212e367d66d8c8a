using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Infrastructure.Persistence;

namespace UnHabitat.Meetings.Infrastructure.Deadlines;

/// <summary>
/// At start-up, rebuilds the deadline jobs of every document still waiting to be posted from the database,
/// so that nothing is lost between a commit and its scheduling (a crash in between, a restore of the
/// database). Past deadlines fire at once; the job is idempotent.
/// </summary>
internal sealed class DeadlineReconciliation(IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MeetingsDbContext>();
        var waiting = await db.Documents.AsNoTracking().Where(d => d.Required && d.PublishedAt == null && d.SupersededBy == null)
            .Select(d => d.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        await scope.ServiceProvider.GetRequiredService<IDeadlineScheduler>().SyncDocumentsAsync(waiting, cancellationToken).ConfigureAwait(false);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
