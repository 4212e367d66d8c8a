using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using UnHabitat.Meetings.Application.Agendas;
using UnHabitat.Meetings.Application.Bodies;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Paging;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Application.Summaries;
using UnHabitat.Meetings.Domain.Meetings;
using UnHabitat.Meetings.Domain.Summaries;

namespace UnHabitat.Meetings.Web.Ui;

/// <summary>Each list one page at a time, with its own cursor (<c>after</c> for the agendas, <c>summaries</c> for the summaries).</summary>
public sealed record InboxPage(Page<MeetingDto> Agendas, Page<MeetingDto> Summaries);

public sealed class DecisionForm
{
    public string? Comment { get; set; }

    public int Version { get; set; }
}

/// <summary>
/// What changed since the chair last decided: the items added, removed, reworded or renumbered since the
/// chair's own last approval or return, and the steps the agenda went through meanwhile.
/// </summary>
public sealed record AgendaReviewPage(MeetingDto Meeting, AgendaDto Agenda, AgendaChangesDto Changes, IReadOnlyList<AgendaTransitionDto> SinceLastSeen, DecisionForm Form);

/// <summary>The chair's approval inbox: agendas to approve or return, summaries to clear.</summary>
[Route("inbox")]
[Authorize(Roles = Roles.Chair + "," + Roles.Administrator)]
public sealed class InboxController : UiController
{
    /// <summary>A page address that was not given out names the list's own cursor.</summary>
    private static readonly Dictionary<string, string> AgendaPagingFields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["after"] = "after",
    };

    private static readonly Dictionary<string, string> SummaryPagingFields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["after"] = "summaries",
    };

    /// <param name="after">Which page of the agendas awaiting approval.</param>
    /// <param name="summaries">Which page of the summaries awaiting clearance.</param>
    [HttpGet("")]
    public async Task<IActionResult> Index(string? after, string? summaries)
    {
        var mine = (await ChairedBodiesAsync()).ToList();
        var none = new Page<MeetingDto>([], null, null);
        // Only what waits for this chair, filtered, ordered and cut in the database: not every meeting of the archive.
        var agendas = await TrySendAsync(
            new ListMeetings(null, null, null, Page: new PageRequest(After: after), WithoutCancelled: true, BodyIds: mine, AgendaStatus: AgendaStatus.Submitted),
            null, typeof(InboxPage), AgendaPagingFields) ?? none;
        // The summaries submitted are few (a chair clears them within days): their meetings are then read by id.
        var submitted = (await Mediator.Send(new ListSummaries(SummaryStatus.Submitted))).Select(s => s.MeetingId).ToList();
        var toClear = await TrySendAsync(
            new ListMeetings(null, null, null, Page: new PageRequest(After: summaries), WithoutCancelled: true, Ids: submitted, BodyIds: mine),
            null, typeof(InboxPage), SummaryPagingFields) ?? none;
        return View(new InboxPage(agendas, toClear));
    }

    [HttpGet("agendas/{id:guid}")]
    public async Task<IActionResult> Agenda(Guid id) => await Review(id, null);

    [HttpPost("agendas/{id:guid}/approve")]
    public async Task<IActionResult> Approve(Guid id, [Bind(Prefix = "Form")] DecisionForm form)
    {
        if (await TrySendAsync(new ApproveAgenda(id, form.Version), "Form", typeof(DecisionForm)) is null)
        {
            return await Review(id, form);
        }

        Saved("You approved the agenda; the Secretariat is told.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("agendas/{id:guid}/return")]
    public async Task<IActionResult> Return(Guid id, [Bind(Prefix = "Form")] DecisionForm form)
    {
        if (await TrySendAsync(new ReturnAgenda(id, form.Comment, form.Version), "Form", typeof(DecisionForm)) is null)
        {
            return await Review(id, form);
        }

        Saved("You returned the agenda with your comment; the Secretariat is told.");
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> Review(Guid id, DecisionForm? form)
    {
        var meeting = await Mediator.Send(new GetMeeting(id));
        var agenda = await Mediator.Send(new GetAgenda(id));
        var changes = await Mediator.Send(new GetAgendaChanges(id));
        var history = agenda.History ?? [];
        var since = changes.SeenAt is null ? history : [.. history.Where(h => h.At > changes.SeenAt)];
        form ??= new DecisionForm();
        form.Version = agenda.Version;
        ModelState.Remove("Form.Version");
        return View("Agenda", new AgendaReviewPage(meeting, agenda, changes, since, form));
    }

    private async Task<HashSet<Guid>> ChairedBodiesAsync()
    {
        var me = Guid.TryParse(User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value, out var id) ? id : Guid.Empty;
        var bodies = await Mediator.Send(new ListBodies());
        // An administrator sees every body's queue.
        return [.. bodies.Where(b => User.IsInRole(Roles.Administrator) || b.ChairUserIds.Contains(me)).Select(b => b.Id)];
    }
}
