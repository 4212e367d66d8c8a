using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using UnHabitat.Meetings.Application.Bodies;
using UnHabitat.Meetings.Application.Deadlines;
using UnHabitat.Meetings.Application.Security;

namespace UnHabitat.Meetings.Web.Ui;

/// <summary>The timeliness report of a body's year: how many required documents were posted on time, meeting by meeting.</summary>
[Route("reports/timeliness")]
[Authorize(Roles = Roles.Secretariat + "," + Roles.Chair + "," + Roles.Administrator)]
public sealed class TimelinessController(TimeProvider clock) : UiController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid? bodyId, int? year)
    {
        List<BodyDto> bodies = [.. await Mediator.Send(new ListBodies())];
        if (!User.IsInRole(Roles.Secretariat) && !User.IsInRole(Roles.Administrator))
        {
            // A chair reads the report of the bodies they chair only (ADR 014).
            var me = Guid.TryParse(User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value, out var mine) ? mine : Guid.Empty;
            bodies = [.. bodies.Where(b => b.ChairUserIds.Contains(me))];
        }

        var chosen = bodyId ?? (bodies.Count > 0 ? bodies[0].Id : null);
        var when = year is >= 2000 and <= 2100 ? year.Value : clock.GetUtcNow().Year;
        var report = chosen is { } id && bodies.Any(b => b.Id == id) ? await Mediator.Send(new TimelinessReport(id, when)) : null;
        return View(new TimelinessPage(bodies, chosen, when, report));
    }
}
