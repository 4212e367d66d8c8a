namespace UnHabitat.Meetings.Web.Tests.Support;

/// <summary>
/// A clock that only moves when the test moves it. The application reads the time from it and waits on its
/// timers (<c>Task.Delay(…, clock)</c>); Hangfire reads the wall clock, so its scheduled jobs follow this one
/// through <see cref="Moved"/> (see <c>DueJobs</c>). Moving it to a deadline makes the deadline fire then,
/// and not a moment before. Elapsed-time stamps stay real: they time work, not the calendar.
/// </summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<ManualTimer> _timers = [];
    private DateTimeOffset _now = start;

    /// <summary>After each move, with the new time: for schedulers that cannot take this clock.</summary>
    public event Action<DateTimeOffset>? Moved;

    /// <summary>A clock that starts at the real time, to the second (stored times keep no fractions to trip on).</summary>
    public static ManualClock StartingNow() => new(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    /// <summary>Moves the clock forward to <paramref name="when"/> and runs every timer that falls due on the way, in order.</summary>
    public void MoveTo(DateTimeOffset when)
    {
        lock (_gate)
        {
            if (when < _now)
            {
                throw new InvalidOperationException($"The clock only moves forward: it reads {_now:O}, not {when:O}.");
            }

            _now = when;
        }

        RunDueTimers();
        Moved?.Invoke(when);
    }

    public void Advance(TimeSpan by) => MoveTo(GetUtcNow() + by);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    private void RunDueTimers()
    {
        while (true)
        {
            ManualTimer? next;
            lock (_gate)
            {
                next = _timers.Where(t => t.DueAt <= _now).MinBy(t => t.DueAt);
                if (next is null)
                {
                    return;
                }

                // A periodic timer comes round again; a one-shot one is done.
                if (next.Period > TimeSpan.Zero)
                {
                    next.DueAt += next.Period;
                }
                else
                {
                    _timers.Remove(next);
                }
            }

            next.Callback(next.State);
        }
    }

    private sealed class ManualTimer(ManualClock clock, TimerCallback callback, object? state) : ITimer
    {
        public TimerCallback Callback { get; } = callback;

        public object? State { get; } = state;

        public DateTimeOffset DueAt { get; set; }

        public TimeSpan Period { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            bool dueNow;
            lock (clock._gate)
            {
                clock._timers.Remove(this);
                if (dueTime == Timeout.InfiniteTimeSpan)
                {
                    return true;
                }

                DueAt = clock._now + dueTime;
                Period = period == Timeout.InfiniteTimeSpan ? TimeSpan.Zero : period;
                clock._timers.Add(this);
                dueNow = dueTime <= TimeSpan.Zero;
            }

            // Due at once: run it off the caller's thread, as a real timer would, not inside the caller's locks.
            if (dueNow)
            {
                ThreadPool.QueueUserWorkItem(_ => clock.RunDueTimers());
            }

            return true;
        }

        public void Dispose()
        {
            lock (clock._gate)
            {
                clock._timers.Remove(this);
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
