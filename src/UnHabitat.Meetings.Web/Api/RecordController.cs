using Microsoft.AspNetCore.Mvc;
using UnHabitat.Meetings.Application.Records;
using UnHabitat.Meetings.Domain.Bodies;
using UnHabitat.Meetings.Domain.Records;

namespace UnHabitat.Meetings.Web.Api;

public sealed record OpeningRequest(DateTimeOffset? CalledToOrderAt);

public sealed record OthersPresentRequest(IReadOnlyList<string>? Observers, IReadOnlyList<string>? Secretariat, int? Version = null);

public sealed record ClosingRequest(DateTimeOffset? AdjournedAt);

public sealed record ParagraphRequest(Guid AgendaItemId, int? Round, ParagraphKind Kind, string? Text, IReadOnlyList<string>? Items);

public sealed record InterventionRequest(Guid AgendaItemId, int? Round, string? Topic, SpeakerDto? Speaker, AttributionPolicy? Attribution, string? LeadIn, string? Text, bool? IsQuestion, int? Version);

public sealed record ResponseRequest(Guid AgendaItemId, int? Round, string? Topic, string? Text, IReadOnlyList<Guid>? RespondsTo);

public sealed record ActionPointRequest(string? Text, string? Owner, DateOnly? Due);

/// <summary>What happens in the room, recorded by the Secretariat as it happens.</summary>
[Route("api/meetings/{meetingId:guid}")]
public sealed class RecordController : ApiController
{
    [HttpGet("attendance")]
    public async Task<ActionResult<AttendanceDto>> Attendance(Guid meetingId)
    {
        var attendance = await Mediator.Send(new GetAttendance(meetingId));
        return WithVersion(attendance, attendance.Version);
    }

    /// <summary>
    /// Replaces the attendance by Member State (alpha-2 or alpha-3 code, or name); the quorum is computed for
    /// bodies with members. Send the version read as If-Match (0 while nothing is recorded): 400 without it, 409 when stale.
    /// </summary>
    [HttpPut("attendance")]
    public async Task<ActionResult<AttendanceDto>> RecordAttendance(Guid meetingId, IReadOnlyList<AttendanceLineDto> lines)
    {
        var attendance = await Mediator.Send(new RecordAttendance(meetingId, lines, ExpectedVersion()));
        return WithVersion(attendance, attendance.Version);
    }

    /// <summary>The observers and the Secretariat's officers present, beside the Member States' attendance; with the attendance's version read.</summary>
    [HttpPut("attendance/others")]
    public async Task<ActionResult<AttendanceDto>> OthersPresent(Guid meetingId, OthersPresentRequest request)
    {
        var attendance = await Mediator.Send(new RecordOthersPresent(meetingId, request.Observers, request.Secretariat, ExpectedVersion(request.Version)));
        return WithVersion(attendance, attendance.Version);
    }

    [HttpPost("record/opening")]
    public async Task<AttendanceDto> Opening(Guid meetingId, OpeningRequest request) =>
        await Mediator.Send(new RecordMeetingTime(meetingId, Adjourned: false, request.CalledToOrderAt));

    [HttpPost("record/closing")]
    public async Task<AttendanceDto> Closing(Guid meetingId, ClosingRequest request) =>
        await Mediator.Send(new RecordMeetingTime(meetingId, Adjourned: true, request.AdjournedAt));

    /// <summary>The record as entered, with the real speakers (Secretariat and chairs).</summary>
    [HttpGet("record")]
    public async Task<MeetingRecordDto> Record(Guid meetingId) => await Mediator.Send(new GetMeetingRecord(meetingId));

    [HttpPost("paragraphs")]
    [ProducesResponseType<ParagraphDto>(201)]
    public async Task<ActionResult<ParagraphDto>> AddParagraph(Guid meetingId, ParagraphRequest request) =>
        Created($"/api/meetings/{meetingId}/record", await Mediator.Send(new AddRecordParagraph(meetingId, request.AgendaItemId, request.Round, request.Kind, request.Text, request.Items)));

    [HttpGet("interventions")]
    public async Task<IReadOnlyList<InterventionDto>> Interventions(Guid meetingId) =>
        (await Mediator.Send(new GetMeetingRecord(meetingId))).Interventions;

    /// <summary>Records an intervention: the real speaker, the predicate as typed, whether it asks a question.</summary>
    [HttpPost("interventions")]
    [ProducesResponseType<InterventionDto>(201)]
    public async Task<ActionResult<InterventionDto>> AddIntervention(Guid meetingId, InterventionRequest request)
    {
        var intervention = await Mediator.Send(new RecordIntervention(meetingId, request.AgendaItemId, request.Round, request.Topic, request.Speaker,
            request.Attribution, request.LeadIn, request.Text, request.IsQuestion ?? false));
        return Created($"/api/meetings/{meetingId}/interventions/{intervention.Id}", intervention);
    }

    [HttpPut("interventions/{interventionId:guid}")]
    public async Task<ActionResult<InterventionDto>> ChangeIntervention(Guid meetingId, Guid interventionId, InterventionRequest request)
    {
        var intervention = await Mediator.Send(new ChangeIntervention(meetingId, interventionId, false, request.AgendaItemId, request.Round, request.Topic,
            request.Speaker, request.Attribution, request.LeadIn, request.Text, request.IsQuestion ?? false, ExpectedVersion(request.Version)));
        return WithVersion(intervention!, intervention!.Version);
    }

    [HttpDelete("interventions/{interventionId:guid}")]
    public async Task<IActionResult> RemoveIntervention(Guid meetingId, Guid interventionId, int? version)
    {
        await Mediator.Send(new ChangeIntervention(meetingId, interventionId, true, Guid.Empty, null, null, null, null, null, null, false, ExpectedVersion(version)));
        return NoContent();
    }

    [HttpPost("responses")]
    [ProducesResponseType<ResponseDto>(201)]
    public async Task<ActionResult<ResponseDto>> AddResponse(Guid meetingId, ResponseRequest request) =>
        Created($"/api/meetings/{meetingId}/record", await Mediator.Send(new RecordResponse(meetingId, request.AgendaItemId, request.Round, request.Topic, request.Text, request.RespondsTo)));

    /// <summary>Interventions marked as questions that no response answers yet.</summary>
    [HttpGet("open-questions")]
    public async Task<IReadOnlyList<InterventionDto>> OpenQuestions(Guid meetingId) =>
        (await Mediator.Send(new GetMeetingRecord(meetingId, OnlyOpenQuestions: true))).Interventions;

    [HttpPost("action-points")]
    [ProducesResponseType<ActionPointDto>(201)]
    public async Task<ActionResult<ActionPointDto>> AddActionPoint(Guid meetingId, ActionPointRequest request) =>
        Created($"/api/meetings/{meetingId}/action-points", await Mediator.Send(new AddActionPoint(meetingId, request.Text, request.Owner, request.Due)));

    /// <summary>This meeting's action points and the open ones of the body's earlier meetings.</summary>
    [HttpGet("action-points")]
    public async Task<IReadOnlyList<ActionPointDto>> ActionPoints(Guid meetingId) => await Mediator.Send(new ListActionPoints(meetingId));
}
