using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Infrastructure.Persistence;

namespace UnHabitat.Meetings.Infrastructure.Deadlines;

/// <summary>
/// After start-up, rebuilds the deadline jobs of every document still waiting to be posted from the database,
/// so that nothing is lost between a commit and its scheduling (a crash in between, a restore of the
/// database) and, on SQLite, whose in-memory job storage starts empty, to build the whole schedule (ADR 018).
/// Past deadlines fire at once; the job is idempotent. It runs beside the application rather than before it,
/// so the pages need not wait for it.
/// </summary>
internal sealed partial class DeadlineReconciliation(IServiceScopeFactory scopes, ILogger<DeadlineReconciliation> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off the start-up path: hosted services start one after the other, and this one would hold the rest.
        await Task.Yield();
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<MeetingsDbContext>();
            var waiting = await db.Documents.AsNoTracking().Where(d => d.Required && d.PublishedAt == null && d.SupersededBy == null)
                .Select(d => d.Id).ToListAsync(stoppingToken).ConfigureAwait(false);
            await scope.ServiceProvider.GetRequiredService<IDeadlineScheduler>().SyncDocumentsAsync(waiting, stoppingToken).ConfigureAwait(false);
            LogReconciled(logger, waiting.Count);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deadline jobs of {Count} waiting documents reconciled with the database")]
    private static partial void LogReconciled(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "The deadline jobs could not be reconciled with the database; the stored jobs still fire")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
