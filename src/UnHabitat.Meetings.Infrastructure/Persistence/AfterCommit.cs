using UnHabitat.Meetings.Application.Abstractions;

namespace UnHabitat.Meetings.Infrastructure.Persistence;

/// <summary>The work a command queued for after its commit; the unit of work runs it.</summary>
internal sealed class AfterCommit : IAfterCommit
{
    private readonly List<Func<CancellationToken, Task>> _work = [];

    public void Enqueue(Func<CancellationToken, Task> work) => _work.Add(work);

    public IReadOnlyList<Func<CancellationToken, Task>> Drain()
    {
        var all = _work.ToList();
        _work.Clear();
        return all;
    }
}
