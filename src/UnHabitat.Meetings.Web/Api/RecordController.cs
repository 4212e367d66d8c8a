using Microsoft.AspNetCore.Mvc;
using UnHabitat.Meetings.Application.Paging;
using UnHabitat.Meetings.Application.Records;
using UnHabitat.Meetings.Domain.Bodies;
using UnHabitat.Meetings.Domain.Records;

namespace UnHabitat.Meetings.Web.Api;

public sealed record OpeningRequest(DateTimeOffset? CalledToOrderAt);

public sealed record OthersPresentRequest(IReadOnlyList<string>? Observers, IReadOnlyList<string>? Secretariat, int? Version = null);

public sealed record ClosingRequest(DateTimeOffset? AdjournedAt);

public sealed record ParagraphRequest(Guid AgendaItemId, int? Round, ParagraphKind Kind, string? Text, IReadOnlyList<string>? Items, int? Version);

public sealed record InterventionRequest(Guid AgendaItemId, int? Round, string? Topic, SpeakerDto? Speaker, AttributionPolicy? Attribution, string? LeadIn, string? Text, bool? IsQuestion, int? Version);

public sealed record ResponseRequest(Guid AgendaItemId, int? Round, string? Topic, string? Text, IReadOnlyList<Guid>? RespondsTo, int? Version);

public sealed record ActionPointRequest(string? Text, string? Owner, DateOnly? Due, int? Version);

/// <param name="ReportUnderItemId">An agenda item of this meeting under which the note is also reported ("Implementation of action points").</param>
public sealed record CloseActionPointRequest(string? Note, Guid? ReportUnderItemId, int? Version);

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

    /// <summary>The meeting's interventions in the order of the record; paged.</summary>
    [HttpGet("interventions")]
    public async Task<IReadOnlyList<InterventionDto>> Interventions(Guid meetingId, int? limit, string? after) =>
        this.Paged(await Mediator.Send(new ListInterventions(meetingId, Page: new PageRequest(limit, after))));

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
        var intervention = await Mediator.Send(new ChangeIntervention(meetingId, interventionId, request.AgendaItemId, request.Round, request.Topic,
            request.Speaker, request.Attribution, request.LeadIn, request.Text, request.IsQuestion ?? false, ExpectedVersion(request.Version)));
        return WithVersion(intervention, intervention.Version);
    }

    /// <summary>Deletes an intervention (<c>?version=</c> or If-Match); responses that answered it no longer point at it.</summary>
    [HttpDelete("interventions/{interventionId:guid}")]
    public async Task<IActionResult> RemoveIntervention(Guid meetingId, Guid interventionId, int? version)
    {
        await Mediator.Send(new DeleteIntervention(meetingId, interventionId, ExpectedVersion(version)));
        return NoContent();
    }

    /// <summary>Corrects a paragraph or moves it to another agenda item or round.</summary>
    [HttpPut("paragraphs/{paragraphId:guid}")]
    public async Task<ActionResult<ParagraphDto>> ChangeParagraph(Guid meetingId, Guid paragraphId, ParagraphRequest request)
    {
        var paragraph = await Mediator.Send(new ChangeRecordParagraph(meetingId, paragraphId, request.AgendaItemId, request.Round, request.Kind, request.Text, request.Items,
            ExpectedVersion(request.Version)));
        return WithVersion(paragraph, paragraph.Version);
    }

    [HttpDelete("paragraphs/{paragraphId:guid}")]
    public async Task<IActionResult> RemoveParagraph(Guid meetingId, Guid paragraphId, int? version)
    {
        await Mediator.Send(new DeleteRecordParagraph(meetingId, paragraphId, ExpectedVersion(version)));
        return NoContent();
    }

    [HttpPost("responses")]
    [ProducesResponseType<ResponseDto>(201)]
    public async Task<ActionResult<ResponseDto>> AddResponse(Guid meetingId, ResponseRequest request) =>
        Created($"/api/meetings/{meetingId}/record", await Mediator.Send(new RecordResponse(meetingId, request.AgendaItemId, request.Round, request.Topic, request.Text, request.RespondsTo)));

    /// <summary>Corrects a response or moves it to another agenda item, round or topic.</summary>
    [HttpPut("responses/{responseId:guid}")]
    public async Task<ActionResult<ResponseDto>> ChangeResponse(Guid meetingId, Guid responseId, ResponseRequest request)
    {
        var response = await Mediator.Send(new ChangeResponse(meetingId, responseId, request.AgendaItemId, request.Round, request.Topic, request.Text, request.RespondsTo,
            ExpectedVersion(request.Version)));
        return WithVersion(response, response.Version);
    }

    [HttpDelete("responses/{responseId:guid}")]
    public async Task<IActionResult> RemoveResponse(Guid meetingId, Guid responseId, int? version)
    {
        await Mediator.Send(new DeleteResponse(meetingId, responseId, ExpectedVersion(version)));
        return NoContent();
    }

    /// <summary>Interventions marked as questions that no response answers yet.</summary>
    [HttpGet("open-questions")]
    public async Task<IReadOnlyList<InterventionDto>> OpenQuestions(Guid meetingId, int? limit, string? after) =>
        this.Paged(await Mediator.Send(new ListInterventions(meetingId, OnlyOpenQuestions: true, new PageRequest(limit, after))));

    [HttpPost("action-points")]
    [ProducesResponseType<ActionPointDto>(201)]
    public async Task<ActionResult<ActionPointDto>> AddActionPoint(Guid meetingId, ActionPointRequest request) =>
        Created($"/api/meetings/{meetingId}/action-points", await Mediator.Send(new AddActionPoint(meetingId, request.Text, request.Owner, request.Due)));

    /// <summary>This meeting's action points and the open ones of the body's earlier meetings.</summary>
    [HttpGet("action-points")]
    public async Task<IReadOnlyList<ActionPointDto>> ActionPoints(Guid meetingId, ActionPointStatus? status, int? limit, string? after) =>
        this.Paged(await Mediator.Send(new ListActionPoints(meetingId, status, new PageRequest(limit, after))));

    [HttpPut("action-points/{actionPointId:guid}")]
    public async Task<ActionResult<ActionPointDto>> ChangeActionPoint(Guid meetingId, Guid actionPointId, ActionPointRequest request)
    {
        var point = await Mediator.Send(new ChangeActionPoint(meetingId, actionPointId, request.Text, request.Owner, request.Due, ExpectedVersion(request.Version)));
        return WithVersion(point, point.Version);
    }

    [HttpDelete("action-points/{actionPointId:guid}")]
    public async Task<IActionResult> RemoveActionPoint(Guid meetingId, Guid actionPointId, int? version)
    {
        await Mediator.Send(new DeleteActionPoint(meetingId, actionPointId, ExpectedVersion(version)));
        return NoContent();
    }

    /// <summary>
    /// Closes an action point with a note of what was done: this meeting's, or an open one of the body's earlier
    /// meetings followed up at this one.
    /// </summary>
    [HttpPost("action-points/{actionPointId:guid}/close")]
    public async Task<ActionResult<ActionPointDto>> CloseActionPoint(Guid meetingId, Guid actionPointId, CloseActionPointRequest request)
    {
        var point = await Mediator.Send(new CloseActionPoint(meetingId, actionPointId, request.Note, request.ReportUnderItemId, ExpectedVersion(request.Version)));
        return WithVersion(point, point.Version);
    }
}
