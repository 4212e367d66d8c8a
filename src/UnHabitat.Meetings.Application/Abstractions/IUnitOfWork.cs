namespace UnHabitat.Meetings.Application.Abstractions;

/// <summary>
/// Runs one command in one database transaction and commits it with its audit entry.
/// </summary>
public interface IUnitOfWork
{
    Task<T> RunAsync<T>(string requestName, Func<Task<T>> command, CancellationToken cancellationToken);
}
