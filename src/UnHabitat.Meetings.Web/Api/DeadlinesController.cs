using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using UnHabitat.Meetings.Application.Calendar;
using UnHabitat.Meetings.Application.Deadlines;
using UnHabitat.Meetings.Application.Notifications;
using UnHabitat.Meetings.Application.Paging;
using UnHabitat.Meetings.Domain.Documents;
using UnHabitat.Meetings.Web.Delivery;

namespace UnHabitat.Meetings.Web.Api;

public sealed class DeadlinesController : ApiController
{
    /// <summary>The meeting's required documents against the seven-day rule, with their reminders.</summary>
    [HttpGet("api/meetings/{meetingId:guid}/deadlines")]
    public async Task<IReadOnlyList<DeadlineDto>> Deadlines(Guid meetingId, DeadlineStatus? status, int? limit, string? after) =>
        this.Paged(await Mediator.Send(new ListDeadlines(meetingId, status, new PageRequest(limit, after))));

    /// <summary>Share of required documents posted on time, per meeting of the body in the year.</summary>
    [HttpGet("api/reports/timeliness")]
    public async Task<TimelinessDto> Timeliness(Guid bodyId, int year) => await Mediator.Send(new TimelinessReport(bodyId, year));

    /// <summary>The bodies (and languages) whose documents the caller follows.</summary>
    [HttpPut("api/me/subscriptions")]
    public async Task<IReadOnlyList<FollowedBody>> Follow(IReadOnlyList<FollowedBody> bodies) => await Mediator.Send(new FollowBodies(bodies));

    /// <summary>The bodies (and languages) the caller follows now.</summary>
    [HttpGet("api/me/subscriptions")]
    public async Task<IReadOnlyList<FollowedBody>> Following(int? limit, string? after) =>
        this.Paged(await Mediator.Send(new ListFollowedBodies(new PageRequest(limit, after))));

    /// <summary>The public calendar (RFC 5545) of a body's meetings, or of all bodies.</summary>
    [HttpGet("api/calendar.ics")]
    [AllowAnonymous]
    [Produces("text/calendar")]
    public async Task<ContentResult> Calendar(Guid? bodyId) => Ics(await Mediator.Send(new BodyCalendar(bodyId)));

    /// <summary>Issues a personal feed address for calendar apps (shown once; revocable).</summary>
    [HttpPost("api/me/calendar-feeds")]
    public async Task<object> CreateFeed()
    {
        var token = await Mediator.Send(new CreateCalendarFeed());
        return new { url = CalendarLinks.Feed(Request, token) };
    }

    [HttpDelete("api/me/calendar-feeds")]
    public async Task<object> RevokeFeeds() => new { revoked = await Mediator.Send(new RevokeCalendarFeeds()) };

    /// <summary>A personal feed; the token in the address is the credential.</summary>
    [HttpGet("api/calendar/feeds/{token}.ics")]
    [AllowAnonymous]
    [Produces("text/calendar")]
    public async Task<ContentResult> Feed(string token) => Ics(await Mediator.Send(new PersonalCalendar(token)));

    private ContentResult Ics(string calendar) => Content(calendar, "text/calendar; charset=utf-8");
}
