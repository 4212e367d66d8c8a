namespace UnHabitat.Meetings.Domain.Common;

/// <summary>
/// The root of a consistency boundary. <see cref="Version"/> is the optimistic concurrency token:
/// the persistence layer bumps it on every change, and callers must send back the version they read.
/// </summary>
public abstract class AggregateRoot
{
    protected AggregateRoot(Guid id) => Id = id;

    public Guid Id { get; private set; }

    public int Version { get; private set; }

    /// <summary>Refuses a change based on a stale read, before anything is modified.</summary>
    public void EnsureVersion(int expectedVersion)
    {
        if (expectedVersion != Version)
        {
            throw new ConcurrencyConflictException(GetType().Name, Id, expectedVersion, Version);
        }
    }
}
