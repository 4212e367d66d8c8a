using Microsoft.AspNetCore.Mvc;
using UnHabitat.Meetings.Application.Notifications;
using UnHabitat.Meetings.Application.Paging;

namespace UnHabitat.Meetings.Web.Api;

[Route("api/notifications")]
public sealed class NotificationsController : ApiController
{
    /// <summary>The caller's inbox, newest first (only the unread ones with <c>unread=true</c>); paged.</summary>
    [HttpGet]
    public async Task<IReadOnlyList<NotificationDto>> List(bool? unread, int? limit, string? after) =>
        this.Paged(await Mediator.Send(new ListNotifications(unread, new PageRequest(limit, after))));
}
