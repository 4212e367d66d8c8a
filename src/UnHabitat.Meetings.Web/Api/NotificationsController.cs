using Microsoft.AspNetCore.Mvc;
using UnHabitat.Meetings.Application.Notifications;

namespace UnHabitat.Meetings.Web.Api;

[Route("api/notifications")]
public sealed class NotificationsController : ApiController
{
    /// <summary>The caller's inbox, newest first.</summary>
    [HttpGet]
    public async Task<IReadOnlyList<NotificationDto>> List() => await Mediator.Send(new ListNotifications());
}
