using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using UnHabitat.Meetings.Application.Agendas;
using UnHabitat.Meetings.Application.Bodies;
using UnHabitat.Meetings.Application.Decisions;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Paging;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Common;

namespace UnHabitat.Meetings.Web.Ui;

public sealed class AdoptDecisionForm
{
    public Guid AgendaItemId { get; set; }

    /// <summary>Empty: the next number of the body's series (the Board's year, the Assembly's session).</summary>
    public string? Number { get; set; }

    public string? Title { get; set; }

    public string? Text { get; set; }

    public string? DocumentSymbol { get; set; }
}

public sealed record MeetingDecisionsPage(MeetingDto Meeting, AgendaDto Agenda, IReadOnlyList<DecisionDto> Adopted, AdoptDecisionForm Form)
{
    public IEnumerable<PlacedItem> Items => AgendaTree.InOrder(Agenda.Items);

    public string ItemLabel(Guid id) => Items.FirstOrDefault(i => i.Item.Id == id) is { } p ? $"{p.Item.Number} {p.Item.Title}" : "(removed item)";
}

public sealed record BodyDecisionsPage(BodyDto Body, int? Year, Page<DecisionDto> Decisions);

/// <summary>
/// The decisions adopted at a meeting, each under its agenda item: the Secretariat records them here, and they
/// close their item in the journal and the numbered summary.
/// </summary>
[Route("meetings/{id:guid}/decisions")]
[Authorize(Roles = Roles.Secretariat + "," + Roles.Administrator)]
public sealed class DecisionPagesController : UiController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid id) => await Show(id, null);

    [HttpPost("")]
    public async Task<IActionResult> Adopt(Guid id, [Bind(Prefix = "Form")] AdoptDecisionForm form)
    {
        var saved = await TrySendAsync(new AdoptDecision(id, form.AgendaItemId, form.Number.TrimToNull(), form.Title, form.Text.TrimToNull(), form.DocumentSymbol.TrimToNull()), "Form", typeof(AdoptDecisionForm));
        if (saved is null)
        {
            return await Show(id, form);
        }

        Saved($"Decision {saved.Number} on {saved.Title} is recorded; it closes its item in the summary and the journal.");
        return RedirectToAction(nameof(Index), new { id });
    }

    private async Task<IActionResult> Show(Guid id, AdoptDecisionForm? form)
    {
        var meeting = await Mediator.Send(new GetMeeting(id));
        var agenda = await Mediator.Send(new GetAgenda(id));
        // The meeting's own decisions, filtered in the database rather than out of the body's decisions of every year.
        var adopted = await Mediator.Send(new ListDecisions(meeting.BodyId, null, MeetingId: id));
        form ??= new AdoptDecisionForm { AgendaItemId = AgendaTree.InOrder(agenda.Items).LastOrDefault()?.Item.Id ?? Guid.Empty };
        return View("Index", new MeetingDecisionsPage(meeting, agenda, adopted, form));
    }
}

/// <summary>A body's decisions, per year when asked: for everyone signed in, as the API lists them, 50 a page.</summary>
[Route("bodies/{id:guid}/decisions")]
public sealed class BodyDecisionsController : UiController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid id, int? year, string? after)
    {
        var body = await Mediator.Send(new GetBody(id));
        var decisions = await Mediator.Send(new ListDecisions(id, year, new PageRequest(After: after)));
        return View("~/Views/DecisionPages/Body.cshtml", new BodyDecisionsPage(body, year, decisions));
    }
}
