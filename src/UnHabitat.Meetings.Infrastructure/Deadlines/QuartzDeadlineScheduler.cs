using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Deadlines;
using UnHabitat.Meetings.Domain.Meetings;
using UnHabitat.Meetings.Infrastructure.Persistence;

namespace UnHabitat.Meetings.Infrastructure.Deadlines;

/// <summary>
/// Makes the scheduled jobs of documents match the database: one deadline job and one job per reminder,
/// keyed by the document's id (so rescheduling replaces and never duplicates), none for a document that is
/// posted, superseded, or whose meeting is cancelled or postponed.
/// </summary>
internal sealed class QuartzDeadlineScheduler(MeetingsDbContext db, ISchedulerFactory schedulers, DeadlineOptions options, TimeProvider clock) : IDeadlineScheduler
{
    public const string Group = "deadlines";

    public async Task SyncMeetingAsync(Guid meetingId, CancellationToken cancellationToken)
    {
        var ids = await db.Documents.AsNoTracking().Where(d => d.MeetingId == meetingId).Select(d => d.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        await SyncDocumentsAsync(ids, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// One delete and one schedule call for all the documents, each a single transaction of the job store:
    /// the start-up reconciliation of hundreds of documents costs two round trips' worth of locking, not
    /// three per document.
    /// </summary>
    public async Task SyncDocumentsAsync(IReadOnlyCollection<Guid> documentIds, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        var documents = await db.Documents.AsNoTracking().Where(d => documentIds.Contains(d.Id))
            .Join(db.Meetings, d => d.MeetingId, m => m.Id, (d, m) => new { Document = d, m.Status })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var unwanted = new List<JobKey>();
        var wanted = new Dictionary<IJobDetail, IReadOnlyCollection<ITrigger>>();
        foreach (var id in documentIds)
        {
            var found = documents.Find(d => d.Document.Id == id);
            var document = found?.Document;
            if (document is not { Required: true, DueAt: not null, PublishedAt: null, SupersededBy: null } || found!.Status != MeetingStatus.Scheduled)
            {
                unwanted.AddRange([DeadlineKey(id), .. options.ReminderOffsets.Select((_, i) => ReminderKey(id, i))]);
                continue;
            }

            var due = document.DueAt.Value;
            Add(wanted, DeadlineKey(id), due, id, null);
            for (var i = 0; i < options.ReminderOffsets.Count; i++)
            {
                var at = due - options.ReminderOffsets[i];
                if (at > now)
                {
                    Add(wanted, ReminderKey(id, i), at, id, options.ReminderOffsets[i]);
                }
                else
                {
                    // A reminder whose time has passed is not sent late.
                    unwanted.Add(ReminderKey(id, i));
                }
            }
        }

        if (unwanted.Count > 0)
        {
            await scheduler.DeleteJobs(unwanted, cancellationToken).ConfigureAwait(false);
        }

        if (wanted.Count > 0)
        {
            await scheduler.ScheduleJobs(wanted, ScheduleJobOptions.Replacing, cancellationToken).ConfigureAwait(false);
        }
    }

    public static JobKey DeadlineKey(Guid documentId) => new($"deadline-{documentId:N}", Group);

    public static JobKey ReminderKey(Guid documentId, int index) => new($"reminder-{documentId:N}-{index}", Group);

    private static void Add(Dictionary<IJobDetail, IReadOnlyCollection<ITrigger>> jobs, JobKey key, DateTimeOffset at, Guid documentId, TimeSpan? before)
    {
        var job = JobBuilder.Create<DeadlineJob>()
            .WithIdentity(key)
            .UsingJobData("documentId", documentId.ToString())
            .UsingJobData("before", before?.ToString("c", System.Globalization.CultureInfo.InvariantCulture) ?? "")
            .Build();
        jobs[job] = [TriggerBuilder.Create().WithIdentity(key.Name, key.Group).ForJob(job).StartAt(at).Build()];
    }
}

/// <summary>Fires a deadline or a reminder; the use case re-checks the database, so a second firing changes nothing.</summary>
internal sealed class DeadlineJob(IServiceScopeFactory scopes) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var documentId = Guid.Parse(context.MergedJobDataMap.GetString("documentId")!);
        var before = context.MergedJobDataMap.GetString("before");
        using var scope = scopes.CreateScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        if (string.IsNullOrEmpty(before))
        {
            await mediator.Send(new ReachDeadline(documentId), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await mediator.Send(new RemindOfDeadline(documentId, TimeSpan.Parse(before, System.Globalization.CultureInfo.InvariantCulture)), cancellationToken).ConfigureAwait(false);
        }
    }
}

/// <summary>Used where no scheduler runs (tool hosts): deadlines are then only kept in the database.</summary>
internal sealed class NoDeadlineScheduler : IDeadlineScheduler
{
    public Task SyncDocumentsAsync(IReadOnlyCollection<Guid> documentIds, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task SyncMeetingAsync(Guid meetingId, CancellationToken cancellationToken) => Task.CompletedTask;
}
