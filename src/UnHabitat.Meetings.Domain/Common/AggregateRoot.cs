namespace UnHabitat.Meetings.Domain.Common;

/// <summary>
/// The root of a consistency boundary. <see cref="Version"/> is the optimistic concurrency token: a new
/// aggregate is version 1, each unit of work that changes it adds one, and callers send back the
/// version they read. (The persistence layer checks it in the UPDATE and bumps it too, should a
/// change forget to say so.)
/// </summary>
public abstract class AggregateRoot
{
    private bool _changedInThisUnitOfWork;

    protected AggregateRoot(Guid id)
    {
        Id = id;
        Version = 1;
        _changedInThisUnitOfWork = true;
    }

    /// <summary>For the persistence layer, which sets the stored id and version after construction.</summary>
    protected AggregateRoot()
    {
    }

    public Guid Id { get; private set; }

    public int Version { get; private set; }

    /// <summary>Called by every method that changes the aggregate: the version moves on once per unit of work.</summary>
    protected void Changed()
    {
        if (!_changedInThisUnitOfWork)
        {
            Version++;
            _changedInThisUnitOfWork = true;
        }
    }

    /// <summary>Refuses a change based on a stale read, before anything is modified.</summary>
    public void EnsureVersion(int expectedVersion)
    {
        if (expectedVersion != Version)
        {
            throw new ConcurrencyConflictException(GetType().Name, Id, expectedVersion, Version);
        }
    }
}
