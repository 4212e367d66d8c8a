namespace UnHabitat.Meetings.Application.Abstractions;

/// <summary>
/// Work that must happen only once the command's transaction has committed (scheduling its deadline jobs):
/// queued by the handler, run by the unit of work after the commit. If the process dies in between, the
/// start-up reconciliation redoes it from the database.
/// </summary>
public interface IAfterCommit
{
    void Enqueue(Func<CancellationToken, Task> work);
}
