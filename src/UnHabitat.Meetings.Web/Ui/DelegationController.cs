using Microsoft.AspNetCore.Mvc;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Notifications;
using UnHabitat.Meetings.Domain.Meetings;

namespace UnHabitat.Meetings.Web.Ui;

public sealed record DelegationPage(IReadOnlyList<MeetingDto> Upcoming, IReadOnlyList<NotificationDto> Notifications);

/// <summary>A delegation's start page: the meetings ahead and its notifications.</summary>
[Route("delegation")]
public sealed class DelegationController(TimeProvider clock) : UiController
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var upcoming = await Mediator.Send(new ListMeetings(null, clock.GetUtcNow(), null));
        var notifications = await Mediator.Send(new ListNotifications());
        return View(new DelegationPage([.. upcoming.Where(m => m.Status != MeetingStatus.Cancelled)], notifications));
    }

    /// <summary>Notifications carry API links; on the pages they open the meeting's page.</summary>
    internal static string PageFor(string? apiLink)
    {
        var parts = apiLink?.Split('/', StringSplitOptions.RemoveEmptyEntries) ?? [];
        return parts.Length >= 3 && parts[0] == "api" && parts[1] == "meetings" && Guid.TryParse(parts[2], out var id) ? $"/public/meetings/{id}" : "/";
    }
}
