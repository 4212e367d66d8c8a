using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using UnHabitat.Meetings.Application.Agendas;
using UnHabitat.Meetings.Application.Documents;
using UnHabitat.Meetings.Application.Errors;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Summaries;
using UnHabitat.Meetings.Domain.Meetings;

namespace UnHabitat.Meetings.Web.Ui;

public sealed record PublishedSummaryLine(MeetingDto Meeting, SummaryStateDto Summary);

public sealed record PublicPage(IReadOnlyList<MeetingDto> Upcoming, IReadOnlyList<PublishedSummaryLine> Summaries, DocumentSearchForm Search, PublishedDocumentsPage? Documents, bool SignedIn);

/// <summary>The search of the public page's documents: words of a symbol or title, and the page of results.</summary>
public sealed class DocumentSearchForm
{
    public string? Q { get; set; }

    public int Page { get; set; } = 1;
}

public sealed record PublicMeetingPage(MeetingDto Meeting, AgendaDto? Agenda, SummaryDto? Summary, DocumentsPanel Documents);

/// <summary>
/// What anyone may read without signing in (and delegations, signed in, with more): the calendar, approved
/// agendas, published documents and summaries. The use cases decide what each caller may see.
/// </summary>
[Route("public")]
[AllowAnonymous]
public sealed class PublicController(TimeProvider clock) : UiController
{
    private static readonly Dictionary<string, string> SearchFields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["query"] = nameof(DocumentSearchForm.Q),
    };

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] DocumentSearchForm search)
    {
        var meetings = await Mediator.Send(new ListMeetings(null, null, null));
        var byId = meetings.ToDictionary(m => m.Id);
        var summaries = await Mediator.Send(new ListSummaries());
        var now = clock.GetUtcNow();
        // The published documents of every meeting, past ones too; a refused search is said next to its box.
        var documents = ModelState.IsValid ? await TrySendAsync(new SearchPublishedDocuments(search.Q, search.Page), null, typeof(DocumentSearchForm), SearchFields) : null;
        return View(new PublicPage(
            [.. meetings.Where(m => m.EndsAt >= now && m.Status != MeetingStatus.Cancelled)],
            [.. summaries.Where(s => s.PublishedRevision is not null && byId.ContainsKey(s.MeetingId)).Select(s => new PublishedSummaryLine(byId[s.MeetingId], s))
                .OrderByDescending(l => l.Meeting.StartsAt)],
            search,
            documents,
            User.Identity?.IsAuthenticated == true));
    }

    [HttpGet("meetings/{id:guid}")]
    public async Task<IActionResult> Meeting(Guid id)
    {
        var meeting = await Mediator.Send(new GetMeeting(id));
        var agenda = await OrNothing(new GetAgenda(id));
        // Insiders see the working draft through GetSummary; on this page everyone reads the published text.
        var states = await Mediator.Send(new ListSummaries());
        var published = states.FirstOrDefault(s => s.MeetingId == id)?.PublishedRevision;
        var summary = published is null ? null : await OrNothing(new GetSummary(id, published));
        // Listing the documents notes this visit (off the request path), so that the next one shows what is new since.
        var documents = await Mediator.Send(new ListMeetingDocuments(id));
        var signedIn = User.Identity?.IsAuthenticated == true;
        var panel = new DocumentsPanel(meeting, documents, DocumentsMode.Read, signedIn, new Dictionary<Guid, Application.Deadlines.DeadlineDto>(), AgendaLabels.Of(agenda), new RegisterDocumentForm());
        return View(new PublicMeetingPage(meeting, agenda, summary, panel));
    }

    /// <summary>What does not exist for this caller (a draft agenda, an unpublished summary) is simply not shown.</summary>
    private async Task<T?> OrNothing<T>(MediatR.IRequest<T> request)
        where T : class
    {
        try
        {
            return await Mediator.Send(request);
        }
        catch (NotFoundException)
        {
            return null;
        }
    }
}
