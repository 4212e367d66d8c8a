using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using UnHabitat.Meetings.Application.Sessions;
using UnHabitat.Meetings.Application.Paging;

namespace UnHabitat.Meetings.Web.Api;

public sealed record SessionRequest(Guid BodyId, int? Number, DateOnly? StartsOn, DateOnly? EndsOn, string? Venue, string? ProvisionalAgendaSymbol);

[Route("api/sessions")]
public sealed class SessionsController : ApiController
{
    /// <summary>The sessions, of one body and between two dates when asked, in order of their start; paged.</summary>
    [HttpGet]
    [AllowAnonymous]
    public async Task<IReadOnlyList<SessionDto>> List(Guid? bodyId, DateOnly? from, DateOnly? to, int? limit, string? after) =>
        this.Paged(await Mediator.Send(new ListSessions(bodyId, from, to, new PageRequest(limit, after))));

    /// <summary>Opens a session of the Assembly or the Executive Board ("Second session of 2020").</summary>
    [HttpPost]
    [ProducesResponseType<SessionDto>(201)]
    public async Task<ActionResult<SessionDto>> Create(SessionRequest request)
    {
        var session = await Mediator.Send(new CreateSession(request.BodyId, request.Number, request.StartsOn, request.EndsOn, request.Venue, request.ProvisionalAgendaSymbol));
        return Created($"/api/sessions?bodyId={session.BodyId}", session);
    }
}
