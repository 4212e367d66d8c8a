using System.Collections.Concurrent;

namespace UnHabitat.Meetings.Application.Caching;

/// <summary>
/// What was last read from the database for an id, kept in memory a short while (ADR 021), for the reads every
/// request repeats (a download's access decision, the live-account check). The save interceptor empties it once a
/// save that changes those rows commits; an entry lives <paramref name="lifetime"/> at most, for what another
/// instance of the application changed; at most 10 000 ids, so that made-up ids cannot fill the memory. An id that
/// exists nowhere is kept too (its value is then the "nothing" of <typeparamref name="TValue"/>).
/// </summary>
public sealed class RecentReads<TValue>(TimeProvider clock, TimeSpan lifetime)
{
    private const int Capacity = 10_000;

    private readonly ConcurrentDictionary<Guid, Entry> _entries = new();
    private long _generation;

    /// <summary>Forgets everything; called after a save that changed what is kept here.</summary>
    public void Clear()
    {
        Interlocked.Increment(ref _generation);
        _entries.Clear();
    }

    /// <summary>The value kept for <paramref name="id"/>, or the one <paramref name="read"/> reads on a miss.</summary>
    public async Task<TValue> GetAsync(Guid id, Func<Task<TValue>> read)
    {
        var now = clock.GetUtcNow();
        if (_entries.TryGetValue(id, out var entry) && entry.Until > now)
        {
            return entry.Value;
        }

        var generation = Interlocked.Read(ref _generation);
        var value = await read().ConfigureAwait(false);
        if (_entries.Count >= Capacity)
        {
            _entries.Clear();
        }

        // What was read while a save was being committed may be older than that save: not kept.
        if (Interlocked.Read(ref _generation) == generation)
        {
            _entries[id] = new Entry(value, now + lifetime);
            if (Interlocked.Read(ref _generation) != generation)
            {
                _entries.TryRemove(id, out _);
            }
        }

        return value;
    }

    private sealed record Entry(TValue Value, DateTimeOffset Until);
}
