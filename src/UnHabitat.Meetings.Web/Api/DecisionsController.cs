using Microsoft.AspNetCore.Mvc;
using UnHabitat.Meetings.Application.Decisions;
using UnHabitat.Meetings.Application.Paging;

namespace UnHabitat.Meetings.Web.Api;

public sealed record DecisionRequest(Guid AgendaItemId, string? Number, string? Title, string? Text, string? DocumentSymbol);

/// <summary>The decisions a body adopts: recorded at the meeting, listed per body and year.</summary>
public sealed class DecisionsController : ApiController
{
    /// <summary>Records a decision adopted under an agenda item; numbered in the body's series unless a number is given.</summary>
    [HttpPost("api/meetings/{meetingId:guid}/decisions")]
    [ProducesResponseType<DecisionDto>(201)]
    public async Task<ActionResult<DecisionDto>> Adopt(Guid meetingId, DecisionRequest request)
    {
        var decision = await Mediator.Send(new AdoptDecision(meetingId, request.AgendaItemId, request.Number, request.Title, request.Text, request.DocumentSymbol));
        return Created($"/api/bodies/{decision.BodyId}/decisions?year={decision.Year}", decision);
    }

    /// <summary>The body's decisions, of one year when asked, in the order of their numbers; paged.</summary>
    [HttpGet("api/bodies/{bodyId:guid}/decisions")]
    public async Task<IReadOnlyList<DecisionDto>> List(Guid bodyId, int? year, int? limit, string? after) =>
        this.Paged(await Mediator.Send(new ListDecisions(bodyId, year, new PageRequest(limit, after))));
}
