using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using UnHabitat.Meetings.Application.Agendas;

namespace UnHabitat.Meetings.Web.Api;

public sealed record AgendaItemRequest(string? Title, Guid? ParentId, int? Position, int? Version);

public sealed record AgendaStepRequest(string? Comment, string? Amendments, int? Version);

[Route("api/meetings/{meetingId:guid}/agenda")]
public sealed class AgendaController : ApiController
{
    /// <summary>The agenda with its numbered items; for delegations and the public only once approved.</summary>
    [HttpGet]
    [AllowAnonymous]
    public async Task<ActionResult<AgendaDto>> Get(Guid meetingId)
    {
        var agenda = await Mediator.Send(new GetAgenda(meetingId));
        return WithVersion(agenda, agenda.Version);
    }

    /// <summary>For the calling chair: the items added, removed, reworded or renumbered since their last approval or return.</summary>
    [HttpGet("changes")]
    public async Task<AgendaChangesDto> Changes(Guid meetingId) => await Mediator.Send(new GetAgendaChanges(meetingId));

    /// <summary>Adds an item at the end, or at <c>position</c> among its siblings, under <c>parentId</c>.</summary>
    [HttpPost("items")]
    [ProducesResponseType<AgendaDto>(201)]
    public async Task<ActionResult<AgendaDto>> Add(Guid meetingId, AgendaItemRequest request)
    {
        var agenda = await Mediator.Send(new AddAgendaItem(meetingId, request.Title, request.ParentId, request.Position, ExpectedVersion(request.Version)));
        Response.Headers.ETag = $"\"{agenda.Version}\"";
        return Created($"/api/meetings/{meetingId}/agenda", agenda);
    }

    /// <summary>Renames an item, or moves it under another parent or to another position.</summary>
    [HttpPut("items/{itemId:guid}")]
    public async Task<ActionResult<AgendaDto>> Change(Guid meetingId, Guid itemId, AgendaItemRequest request)
    {
        var agenda = await Mediator.Send(new ChangeAgendaItem(meetingId, itemId, request.Title, request.ParentId, request.Position, ExpectedVersion(request.Version)));
        return WithVersion(agenda, agenda.Version);
    }

    /// <summary>Removes an item and its sub-items; send the version as If-Match or <c>?version=</c>.</summary>
    [HttpDelete("items/{itemId:guid}")]
    public async Task<ActionResult<AgendaDto>> Remove(Guid meetingId, Guid itemId, int? version)
    {
        var agenda = await Mediator.Send(new RemoveAgendaItem(meetingId, itemId, ExpectedVersion(version)));
        return WithVersion(agenda, agenda.Version);
    }

    [HttpPost("submit")]
    public async Task<ActionResult<AgendaDto>> Submit(Guid meetingId, AgendaStepRequest? request) =>
        Versioned(await Mediator.Send(new SubmitAgenda(meetingId, ExpectedVersion(request?.Version))));

    /// <summary>Approval by a chair of the meeting's body, and no one else.</summary>
    [HttpPost("approve")]
    public async Task<ActionResult<AgendaDto>> Approve(Guid meetingId, AgendaStepRequest? request) =>
        Versioned(await Mediator.Send(new ApproveAgenda(meetingId, ExpectedVersion(request?.Version))));

    [HttpPost("return")]
    public async Task<ActionResult<AgendaDto>> Return(Guid meetingId, AgendaStepRequest request) =>
        Versioned(await Mediator.Send(new ReturnAgenda(meetingId, request.Comment, ExpectedVersion(request.Version))));

    /// <summary>The meeting adopted the agenda, with the amendments it made, if any.</summary>
    [HttpPost("adopt")]
    public async Task<ActionResult<AgendaDto>> Adopt(Guid meetingId, AgendaStepRequest? request) =>
        Versioned(await Mediator.Send(new AdoptAgenda(meetingId, request?.Amendments, ExpectedVersion(request?.Version))));

    private ActionResult<AgendaDto> Versioned(AgendaDto agenda) => WithVersion(agenda, agenda.Version);
}
