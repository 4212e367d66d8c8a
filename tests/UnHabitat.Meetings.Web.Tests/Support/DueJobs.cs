using Hangfire;
using Hangfire.States;
using Microsoft.Extensions.DependencyInjection;
using UnHabitat.Meetings.Infrastructure.Deadlines;

namespace UnHabitat.Meetings.Web.Tests.Support;

/// <summary>
/// Hangfire decides when a scheduled job is due by the wall clock and takes no other, so on a
/// <see cref="ManualClock"/> the test plays that one part of it: each move of the clock enqueues the jobs it
/// has made due, as Hangfire's own delayed-job scheduler does with the real time. Everything else (storage,
/// states, workers, the jobs' own checks) is Hangfire's and the application's.
/// </summary>
public sealed class DueJobs : IDisposable
{
    private readonly ManualClock _clock;
    private readonly JobStorage _storage;
    private readonly IBackgroundJobClient _client;

    private DueJobs(MeetingsApp app, ManualClock clock)
    {
        _clock = clock;
        _storage = app.Services.GetRequiredService<JobStorage>();
        _client = app.Services.GetRequiredService<IBackgroundJobClient>();
        _clock.Moved += Release;
    }

    /// <summary>From now until disposed, the application's scheduled jobs fall due by <paramref name="clock"/>.</summary>
    public static DueJobs Follow(MeetingsApp app, ManualClock clock) => new(app, clock);

    /// <summary>The scheduled (waiting) jobs of a document: slot (0 the deadline, 1… the reminders), job id and time.</summary>
    public static IReadOnlyList<(int Slot, string Id, DateTimeOffset At)> Waiting(MeetingsApp app, Guid document) =>
        [.. app.Services.GetRequiredService<JobStorage>().GetMonitoringApi().ScheduledJobs(0, int.MaxValue)
            .Where(j => j.Value.InScheduledState && j.Value.Job?.Type == typeof(DeadlineJob) && (Guid)j.Value.Job.Args[0] == document)
            .Select(j => ((int)j.Value.Job!.Args[1], j.Key, new DateTimeOffset(DateTime.SpecifyKind(j.Value.EnqueueAt, DateTimeKind.Utc))))];

    public void Dispose() => _clock.Moved -= Release;

    private void Release(DateTimeOffset now)
    {
        foreach (var (id, job) in _storage.GetMonitoringApi().ScheduledJobs(0, int.MaxValue))
        {
            if (job.InScheduledState && job.EnqueueAt <= now.UtcDateTime)
            {
                _client.ChangeState(id, new EnqueuedState(), ScheduledState.StateName);
            }
        }
    }
}
