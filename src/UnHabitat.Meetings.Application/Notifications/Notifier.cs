using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Notifications;

namespace UnHabitat.Meetings.Application.Notifications;

/// <summary>
/// Tells people: a message in their in-app inbox, and the same by e-mail through the outbox (where the link
/// is made absolute with the application's public address).
/// </summary>
public sealed class Notifier(IMeetingsDbContext db, IUserAccounts users, TimeProvider clock, IPublicAddress address)
{
    public async Task TellAsync(IReadOnlyCollection<Guid> userIds, string kind, string subject, string text, string? link, CancellationToken ct)
    {
        if (userIds.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow();
        // A deactivated person is told nothing more, by e-mail or otherwise.
        foreach (var user in (await users.FindAsync(userIds, ct).ConfigureAwait(false)).Where(u => u.Active))
        {
            db.Notifications.Add(new Notification(Guid.NewGuid(), user.Id, kind, text, link, now));
            db.EmailOutbox.Add(new EmailMessage(Guid.NewGuid(), user.Email, subject, text + (link is null ? "" : $"\n\n{address.Absolute(link)}"), now));
        }
    }

    public async Task<IReadOnlyList<Guid>> SecretariatAsync(CancellationToken ct) =>
        [.. (await users.ListAsync(ct).ConfigureAwait(false)).Where(u => u.Roles.Contains(Roles.Secretariat)).Select(u => u.Id)];

    public async Task<IReadOnlyList<(Guid UserId, string? MemberState)>> MemberStatesOfAsync(IReadOnlyCollection<Guid> userIds, CancellationToken ct) =>
        [.. (await users.FindAsync(userIds, ct).ConfigureAwait(false)).Select(u => (u.Id, u.MemberState))];

    /// <summary>The delegations following the body, with the languages they chose (empty: all).</summary>
    public async Task<IReadOnlyList<Subscription>> FollowersAsync(Guid bodyId, CancellationToken ct) =>
        await db.Subscriptions.AsNoTracking().Where(s => s.BodyId == bodyId).ToListAsync(ct).ConfigureAwait(false);
}
