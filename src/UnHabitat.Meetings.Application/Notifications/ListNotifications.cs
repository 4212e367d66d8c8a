using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Paging;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;

namespace UnHabitat.Meetings.Application.Notifications;

public sealed record NotificationDto(Guid Id, string Kind, string Text, string? Link, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

/// <summary>The caller's own inbox, newest first, one page at a time; only the unread ones when asked.</summary>
[RequiresSignedInUser]
public sealed record ListNotifications(bool? Unread = null, PageRequest? Page = null) : IQuery<Page<NotificationDto>>, IPagedQuery;

internal sealed class ListNotificationsHandler(IMeetingsDbContext db, ICurrentUser user) : IRequestHandler<ListNotifications, Page<NotificationDto>>
{
    public async Task<Page<NotificationDto>> Handle(ListNotifications request, CancellationToken cancellationToken)
    {
        var query = db.Notifications.AsNoTracking().Where(n => n.UserId == user.UserId);
        if (request.Unread is { } unread)
        {
            query = unread ? query.Where(n => n.ReadAt == null) : query.Where(n => n.ReadAt != null);
        }

        return await query
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Select(n => new NotificationDto(n.Id, n.Kind, n.Text, n.Link, n.CreatedAt, n.ReadAt))
            // The whole inbox is never read at once: the first page when none is asked for.
            .ToPageAsync(request.Page ?? PageRequest.First, cancellationToken).ConfigureAwait(false);
    }
}
