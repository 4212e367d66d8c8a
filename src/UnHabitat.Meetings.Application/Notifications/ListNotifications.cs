using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;

namespace UnHabitat.Meetings.Application.Notifications;

public sealed record NotificationDto(Guid Id, string Kind, string Text, string? Link, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

/// <summary>The caller's own inbox, newest first.</summary>
[RequiresSignedInUser]
public sealed record ListNotifications : IQuery<IReadOnlyList<NotificationDto>>;

internal sealed class ListNotificationsHandler(IMeetingsDbContext db, ICurrentUser user) : IRequestHandler<ListNotifications, IReadOnlyList<NotificationDto>>
{
    public async Task<IReadOnlyList<NotificationDto>> Handle(ListNotifications request, CancellationToken cancellationToken)
    {
        var rows = await db.Notifications.AsNoTracking()
            .Where(n => n.UserId == user.UserId)
            .OrderByDescending(n => n.CreatedAt)
            .Take(200)
            .Select(n => new NotificationDto(n.Id, n.Kind, n.Text, n.Link, n.CreatedAt, n.ReadAt))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows;
    }
}
