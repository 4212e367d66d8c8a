using UnHabitat.Meetings.Application.Caching;
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

    private readonly RecentReads<DocumentReadFacts?> _reads = new(clock, Lifetime);

    /// <summary>Forgets everything; called after a save that changed a document, a meeting or a body.</summary>
    public void Clear() => _reads.Clear();

    /// <summary>The facts of the document, or null when it exists nowhere; <paramref name="load"/> reads them on a miss.</summary>
    internal Task<DocumentReadFacts?> GetAsync(Guid id, Func<CancellationToken, Task<DocumentReadFacts?>> load, CancellationToken cancellationToken) =>
        _reads.GetAsync(id, () => load(cancellationToken));
}

/// <summary>A document as downloads read it, shared between requests: nothing may change these instances.</summary>
internal sealed record DocumentReadFacts(Document Document, Body Body, DateOnly MeetingDay);
