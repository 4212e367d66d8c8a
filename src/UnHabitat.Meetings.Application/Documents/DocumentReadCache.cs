using System.Collections.Concurrent;
using UnHabitat.Meetings.Domain.Bodies;
using UnHabitat.Meetings.Domain.Documents;

namespace UnHabitat.Meetings.Application.Documents;

/// <summary>
/// What a download needs to decide who may read a document (the document with its files, its body, the day
/// of its meeting), kept in memory between changes (ADR 021): when every delegation downloads the same
/// document at once, the decision is made from memory, not from nine queries. The save interceptor empties it
/// once a document, meeting or body has been saved and committed; an entry also lives a few seconds at most,
/// for what another instance of the application changed. An id that exists nowhere is kept as well, so that
/// it is answered in the same time as a draft.
/// </summary>
public sealed class DocumentReadCache(TimeProvider clock)
{
    /// <summary>How long another instance's change may go unseen here.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);

    // Ids asked for by anyone, existing or not: a bound, so that made-up ids cannot fill the memory.
    private const int Capacity = 10_000;

    private readonly ConcurrentDictionary<Guid, Entry> _entries = new();
    private long _generation;

    /// <summary>Forgets everything; called after a save that changed a document, a meeting or a body.</summary>
    public void Clear()
    {
        Interlocked.Increment(ref _generation);
        _entries.Clear();
    }

    /// <summary>The facts of the document, or null when it exists nowhere; <paramref name="load"/> reads them on a miss.</summary>
    internal async Task<DocumentReadFacts?> GetAsync(Guid id, Func<CancellationToken, Task<DocumentReadFacts?>> load, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_entries.TryGetValue(id, out var entry) && entry.Until > now)
        {
            return entry.Facts;
        }

        var generation = Interlocked.Read(ref _generation);
        var facts = await load(cancellationToken).ConfigureAwait(false);
        if (_entries.Count >= Capacity)
        {
            _entries.Clear();
        }

        // What was read while a save was being committed may be older than that save: not kept.
        if (Interlocked.Read(ref _generation) == generation)
        {
            _entries[id] = new Entry(facts, now + Lifetime);
            if (Interlocked.Read(ref _generation) != generation)
            {
                _entries.TryRemove(id, out _);
            }
        }

        return facts;
    }

    private sealed record Entry(DocumentReadFacts? Facts, DateTimeOffset Until);
}

/// <summary>A document as downloads read it, shared between requests: nothing may change these instances.</summary>
internal sealed record DocumentReadFacts(Document Document, Body Body, DateOnly MeetingDay);
