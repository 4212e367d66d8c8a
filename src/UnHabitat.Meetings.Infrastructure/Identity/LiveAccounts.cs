using UnHabitat.Meetings.Application.Caching;

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

    private readonly RecentReads<(string? Stamp, bool Active)?> _reads = new(clock, Lifetime);

    public void Clear() => _reads.Clear();

    /// <summary>The user's stamp and whether they are active, or null when no such user exists; <paramref name="read"/> asks the database on a miss.</summary>
    public Task<(string? Stamp, bool Active)?> GetAsync(Guid userId, Func<Task<(string? Stamp, bool Active)?>> read) => _reads.GetAsync(userId, read);
}
