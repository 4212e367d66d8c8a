using Microsoft.AspNetCore.Mvc;
using UnHabitat.Meetings.Application.Journals;
using UnHabitat.Meetings.Application.Sessions;

namespace UnHabitat.Meetings.Web.Ui;

/// <summary>
/// The sessions under way, recent or ahead, each linking to its page of daily journals: shown on the public and
/// the delegation pages, so that a delegation finds the day's journal where it finds its meetings.
/// </summary>
public sealed class SessionJournalsViewComponent(MediatR.IMediator mediator, TimeProvider clock) : ViewComponent
{
    /// <summary>How long after its end a session stays listed: its last journals are often published days later.</summary>
    private const int DaysAfterTheEnd = 90;

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        // Only the ten sessions shown are read, not ten years of them.
        var sessions = await mediator.Send(new ListSessions(null, From: today.AddDays(-DaysAfterTheEnd), Page: new Application.Paging.PageRequest(10)));
        var lines = new List<SessionJournalsDto>();
        foreach (var session in sessions)
        {
            lines.Add(await mediator.Send(new ListPublishedJournals(session.Id)));
        }

        return View(lines);
    }
}

/// <summary>The Secretariat's dashboard: the days of the sessions under way or ahead, with where each day's journal stands.</summary>
public sealed class JournalDaysViewComponent(MediatR.IMediator mediator, TimeProvider clock) : ViewComponent
{
    /// <summary>A session just ended still has journals to publish.</summary>
    private const int DaysAfterTheEnd = 7;

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var lines = new List<(SessionJournalsDto Session, IReadOnlyList<JournalDayDto> Days)>();
        if (!UserClaimsPrincipal.IsInRole(Application.Security.Roles.Secretariat))
        {
            // Where the journals stand is the Secretariat's business (ListJournals); an administrator sees no section.
            return Content("");
        }

        // The four sessions shown are filtered and cut in the database, not picked out of every session ever held.
        var sessions = await mediator.Send(new ListSessions(null, From: today.AddDays(-DaysAfterTheEnd), Page: new Application.Paging.PageRequest(4)));
        foreach (var session in sessions)
        {
            lines.Add((await mediator.Send(new ListPublishedJournals(session.Id)), await mediator.Send(new ListJournals(session.Id))));
        }

        return View(lines);
    }
}
