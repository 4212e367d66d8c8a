using Hangfire;
using Hangfire.Server;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Deadlines;
using UnHabitat.Meetings.Infrastructure.Persistence;

namespace UnHabitat.Meetings.Infrastructure.Deadlines;

/// <summary>
/// Fires a deadline (slot 0) or a reminder. Hangfire may run it twice (a server killed mid-run), late (after
/// a restart) or up to a second early (it stores times to the second), and a job left from before a
/// reschedule may still fire; so it checks the database first: it acts only if the row still names it, and
/// not before its time. The use cases themselves change nothing the second time.
/// </summary>
internal sealed partial class DeadlineJob(
    MeetingsDbContext db, IMediator mediator, IDeadlineScheduler scheduler, DeadlineOptions options, TimeProvider clock, ILogger<DeadlineJob> logger)
{
    /// <summary>Early by less than this, the job waits for its time; earlier than that, it is put back in the schedule.</summary>
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(5);

    [AutomaticRetry(Attempts = 5)]
    public async Task RunAsync(Guid documentId, int slot, PerformContext? context, CancellationToken cancellationToken)
    {
        var row = await db.Documents.AsNoTracking().Where(d => d.Id == documentId)
            .Select(d => new { d.DueAt, JobIds = EF.Property<string?>(d, DeadlineJobIds.Column) }).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var slots = DeadlineJobIds.Slots(options);
        if (row?.DueAt is not { } due || slot >= slots || DeadlineJobIds.Parse(row.JobIds, slots)[slot] != context?.BackgroundJob.Id)
        {
            LogStale(logger, context?.BackgroundJob.Id, documentId);
            return;
        }

        var at = DeadlineJobIds.TimeOf(slot, due, options);
        if (at - clock.GetUtcNow() > MaxWait)
        {
            await scheduler.SyncDocumentsAsync([documentId], cancellationToken).ConfigureAwait(false);
            return;
        }

        // Until the time has really come: a timer rounds to whole milliseconds and may wake a fraction early,
        // and a deadline job woken before its time would mark nothing and never run again.
        while (at - clock.GetUtcNow() is var wait && wait > TimeSpan.Zero)
        {
            await Task.Delay(wait + TimeSpan.FromMilliseconds(1), clock, cancellationToken).ConfigureAwait(false);
        }

        if (slot == 0)
        {
            await mediator.Send(new ReachDeadline(documentId), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await mediator.Send(new RemindOfDeadline(documentId, options.ReminderOffsets[slot - 1]), cancellationToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deadline job {Job} of document {DocumentId} is no longer the document's: it does nothing")]
    private static partial void LogStale(ILogger logger, string? job, Guid documentId);
}
