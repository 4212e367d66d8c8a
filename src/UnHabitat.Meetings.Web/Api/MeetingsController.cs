using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Paging;
using UnHabitat.Meetings.Domain.Meetings;

namespace UnHabitat.Meetings.Web.Api;

public sealed record MeetingRequest(
    Guid BodyId,
    Guid? SessionId,
    int? Number,
    DateTimeOffset? StartsAt,
    DateTimeOffset? EndsAt,
    string? TimeZone,
    string? Venue,
    Modality Modality,
    ChairDto? Chair,
    bool? StartFromPreviousAgenda,
    bool? ProceduralItems);

public sealed record MeetingChanges(DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, string? TimeZone, string? Venue, Modality? Modality, ChairDto? Chair, int? Version);

public sealed record ReasonRequest(string? Reason, int? Version);

[Route("api/meetings")]
public sealed class MeetingsController : ApiController
{
    /// <summary>
    /// The calendar of meetings (public), optionally of one body, between two dates and in one status; paged
    /// (<c>limit</c>, the next page in the Link header).
    /// </summary>
    [HttpGet]
    [AllowAnonymous]
    public async Task<IReadOnlyList<MeetingDto>> List(Guid? bodyId, DateTimeOffset? from, DateTimeOffset? to, MeetingStatus? status, int? limit, string? after) =>
        this.Paged(await Mediator.Send(new ListMeetings(bodyId, from, to, status, new PageRequest(limit, after))));

    [HttpGet("{id:guid}")]
    [AllowAnonymous]
    public async Task<ActionResult<MeetingDto>> Get(Guid id)
    {
        var meeting = await Mediator.Send(new GetMeeting(id));
        return WithVersion(meeting, meeting.Version);
    }

    /// <summary>Schedules the body's next numbered meeting (or the number given).</summary>
    [HttpPost]
    [ProducesResponseType<MeetingDto>(201)]
    public async Task<ActionResult<MeetingDto>> Create(MeetingRequest request)
    {
        var meeting = await Mediator.Send(new CreateMeeting(request.BodyId, request.SessionId, request.Number, request.StartsAt, request.EndsAt,
            request.TimeZone, request.Venue, request.Modality, request.Chair, request.StartFromPreviousAgenda ?? false, request.ProceduralItems ?? true));
        Response.Headers.ETag = $"\"{meeting.Version}\"";
        return Created($"/api/meetings/{meeting.Id}", meeting);
    }

    /// <summary>Reschedules (every dependent date moves), relocates or re-chairs; the number stays.</summary>
    [HttpPatch("{id:guid}")]
    public async Task<ActionResult<MeetingDto>> Update(Guid id, MeetingChanges changes)
    {
        var meeting = await Mediator.Send(new UpdateMeeting(id, changes.StartsAt, changes.EndsAt, changes.TimeZone, changes.Venue, changes.Modality, changes.Chair, ExpectedVersion(changes.Version)));
        return WithVersion(meeting, meeting.Version);
    }

    [HttpPost("{id:guid}/postpone")]
    public async Task<ActionResult<MeetingDto>> Postpone(Guid id, ReasonRequest request)
    {
        var meeting = await Mediator.Send(new PostponeMeeting(id, request.Reason, ExpectedVersion(request.Version)));
        return WithVersion(meeting, meeting.Version);
    }

    /// <summary>Cancels the meeting; it keeps its number and history.</summary>
    [HttpPost("{id:guid}/cancel")]
    public async Task<ActionResult<MeetingDto>> Cancel(Guid id, ReasonRequest request)
    {
        var meeting = await Mediator.Send(new CancelMeeting(id, request.Reason, ExpectedVersion(request.Version)));
        return WithVersion(meeting, meeting.Version);
    }
}
