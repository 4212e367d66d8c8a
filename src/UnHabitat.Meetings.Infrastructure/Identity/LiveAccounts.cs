using System.Collections.Concurrent;

namespace UnHabitat.Meetings.Infrastructure.Identity;

/// <summary>
/// What the live-account check (ADR 016) last read of each signed-in user: the security stamp and whether the
/// account is deactivated. Every signed-in request asks, so a hundred delegations downloading at once asked
/// the database a hundred times for the same rows (ADR 021). Emptied by the save interceptor as soon as a save
/// that changes a user commits (deactivation, roles, a new password: each changes the stamp), so on this
/// instance the check is as immediate as before; an entry lives two seconds at most, for another instance's
/// changes.
/// </summary>
public sealed class LiveAccounts(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(2);

    private const int Capacity = 10_000;

    private readonly ConcurrentDictionary<Guid, Entry> _users = new();
    private long _generation;

    public void Clear()
    {
        Interlocked.Increment(ref _generation);
        _users.Clear();
    }

    /// <summary>The user's stamp and whether they are active, or null when no such user exists; <paramref name="read"/> asks the database on a miss.</summary>
    public async Task<(string? Stamp, bool Active)?> GetAsync(Guid userId, Func<Task<(string? Stamp, bool Active)?>> read)
    {
        var now = clock.GetUtcNow();
        if (_users.TryGetValue(userId, out var entry) && entry.Until > now)
        {
            return entry.Account;
        }

        var generation = Interlocked.Read(ref _generation);
        var account = await read().ConfigureAwait(false);
        if (_users.Count >= Capacity)
        {
            _users.Clear();
        }

        // Read while a change to users was being committed: not kept, the next request reads again.
        if (Interlocked.Read(ref _generation) == generation)
        {
            _users[userId] = new Entry(account, now + Lifetime);
            if (Interlocked.Read(ref _generation) != generation)
            {
                _users.TryRemove(userId, out _);
            }
        }

        return account;
    }

    private sealed record Entry((string? Stamp, bool Active)? Account, DateTimeOffset Until);
}
