using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Deadlines;
using UnHabitat.Meetings.Domain.Meetings;
using UnHabitat.Meetings.Infrastructure.Persistence;

namespace UnHabitat.Meetings.Infrastructure.Deadlines;

/// <summary>
/// Makes the Hangfire jobs of documents match the database (ADR 018): one deadline job and one job per
/// reminder, their ids kept on the document's row, none for a document that is posted, superseded, or whose
/// meeting is cancelled or postponed. A job that still waits is moved to its new time, so rescheduling
/// never adds a second one; a job that can no longer be moved is deleted and replaced.
/// </summary>
internal sealed class HangfireDeadlineScheduler(MeetingsDbContext db, IBackgroundJobClient jobs, JobStorage storage, DeadlineOptions options, TimeProvider clock)
    : IDeadlineScheduler
{
    /// <summary>Where a new job waits until its id is on the row: it must not run before it can recognise itself there.</summary>
    private static readonly TimeSpan Parked = TimeSpan.FromDays(3650);

    public async Task SyncMeetingAsync(Guid meetingId, CancellationToken cancellationToken)
    {
        var ids = await db.Documents.AsNoTracking().Where(d => d.MeetingId == meetingId).Select(d => d.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        await SyncDocumentsAsync(ids, cancellationToken).ConfigureAwait(false);
    }

    public async Task SyncDocumentsAsync(IReadOnlyCollection<Guid> documentIds, CancellationToken cancellationToken)
    {
        var documents = await db.Documents.AsNoTracking().Where(d => documentIds.Contains(d.Id))
            .Join(db.Meetings, d => d.MeetingId, m => m.Id, (d, m) => new { Document = d, m.Status, JobIds = EF.Property<string?>(d, DeadlineJobIds.Column) })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var slots = DeadlineJobIds.Slots(options);
        var rows = new List<(Guid Document, string? JobIds)>();
        var released = new List<(string Job, DateTimeOffset At)>();
        using var connection = storage.GetConnection();
        foreach (var id in documentIds)
        {
            var found = documents.Find(d => d.Document.Id == id);
            var document = found?.Document;
            var current = DeadlineJobIds.Parse(found?.JobIds, slots);
            var wanted = new DateTimeOffset?[slots];
            if (document is { Required: true, DueAt: not null, PublishedAt: null, SupersededBy: null } && found!.Status == MeetingStatus.Scheduled)
            {
                for (var slot = 0; slot < slots; slot++)
                {
                    var at = DeadlineJobIds.TimeOf(slot, document.DueAt.Value, options);
                    // A reminder whose time has passed is not sent late; a deadline that passed fires now.
                    wanted[slot] = slot > 0 && at <= now ? null : at;
                }
            }

            var next = new string?[slots];
            for (var slot = 0; slot < slots; slot++)
            {
                var existing = current[slot];
                if (wanted[slot] is not { } at)
                {
                    if (existing is not null)
                    {
                        jobs.Delete(existing);
                    }

                    continue;
                }

                if (existing is not null && Move(connection, existing, at, now))
                {
                    next[slot] = existing;
                    continue;
                }

                if (existing is not null)
                {
                    // Already running, done or gone (in-memory storage after a restart): it cannot be moved.
                    jobs.Delete(existing);
                }

                next[slot] = jobs.Create(Job.FromExpression<DeadlineJob>(j => j.RunAsync(id, slot, null, CancellationToken.None)), new ScheduledState(Parked));
                released.Add((next[slot]!, at));
            }

            var stored = DeadlineJobIds.Format(next);
            if (found is not null && stored != found.JobIds)
            {
                rows.Add((id, stored));
            }
        }

        // All the rows in one transaction: the start-up rebuild of hundreds of documents is one write, not
        // hundreds queuing on SQLite's lock beside the jobs they release.
        if (rows.Count > 0)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            foreach (var (document, stored) in rows)
            {
                await db.Documents.Where(d => d.Id == document)
                    .ExecuteUpdateAsync(set => set.SetProperty(d => EF.Property<string?>(d, DeadlineJobIds.Column), stored), cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        // Only now that the rows name them may the new jobs run.
        foreach (var (job, at) in released)
        {
            Move(connection, job, at, now);
        }
    }

    /// <summary>Moves a job that still waits to <paramref name="at"/> (or straight to the queue when that has passed); false if it no longer waits.</summary>
    private bool Move(IStorageConnection connection, string job, DateTimeOffset at, DateTimeOffset now)
    {
        var state = connection.GetStateData(job);
        if (state?.Name != ScheduledState.StateName)
        {
            return false;
        }

        if (at > now && state.Data.TryGetValue("EnqueueAt", out var stored) && Math.Abs((JobHelper.DeserializeDateTime(stored) - at.UtcDateTime).TotalSeconds) < 1)
        {
            // Already waiting for that time (the start-up reconciliation of a persistent store): no write.
            return true;
        }

        IState target = at <= now ? new EnqueuedState() : new ScheduledState(at.UtcDateTime);
        return jobs.ChangeState(job, target, ScheduledState.StateName);
    }
}

/// <summary>Used where no scheduler runs (tool hosts): deadlines are then only kept in the database.</summary>
internal sealed class NoDeadlineScheduler : IDeadlineScheduler
{
    public Task SyncDocumentsAsync(IReadOnlyCollection<Guid> documentIds, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task SyncMeetingAsync(Guid meetingId, CancellationToken cancellationToken) => Task.CompletedTask;
}
