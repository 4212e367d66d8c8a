namespace UnHabitat.Meetings.Application.Abstractions;

/// <summary>
/// Runs one command in one database transaction and commits it with its audit entry.
/// </summary>
public interface IUnitOfWork
{
    Task<T> RunAsync<T>(string requestName, Func<Task<T>> command, CancellationToken cancellationToken);

    /// <summary>
    /// The same, run again on the fresh state when another change to the same aggregate commits
    /// first: for commands whose sender read no version, so that nothing they saw is overwritten.
    /// </summary>
    Task<T> RunAgainOnConflictAsync<T>(string requestName, Func<Task<T>> command, CancellationToken cancellationToken);
}
