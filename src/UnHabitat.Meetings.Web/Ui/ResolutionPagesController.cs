using Microsoft.AspNetCore.Mvc;
using UnHabitat.Meetings.Application.Bodies;
using UnHabitat.Meetings.Application.Resolutions;

namespace UnHabitat.Meetings.Web.Ui;

public sealed record ResolutionPage(ResolutionHistoryDto History, BodyDto Body)
{
    public ResolutionDto Resolution => History.Resolution;

    /// <summary>The latest report first: what a reader opening the page wants to know is where it stands now.</summary>
    public IEnumerable<UpdateDto> NewestFirst => History.Updates.OrderByDescending(u => u.AsOf).ThenByDescending(u => u.RecordedAt);
}

/// <summary>
/// A resolution or decision of a body for a reader with the sign-in cookie (search hits link here): the same use
/// case and the same readers as <c>GET /api/resolutions/{id}/history</c>, which the cookie cannot open.
/// </summary>
[Route("resolutions/{id:guid}")]
public sealed class ResolutionPagesController : UiController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid id)
    {
        var history = await Mediator.Send(new GetResolutionHistory(id), HttpContext.RequestAborted);
        var body = await Mediator.Send(new GetBody(history.Resolution.BodyId), HttpContext.RequestAborted);
        return View(new ResolutionPage(history, body));
    }
}
