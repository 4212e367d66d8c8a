using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using UnHabitat.Meetings.Application.Agendas;
using UnHabitat.Meetings.Application.Bodies;
using UnHabitat.Meetings.Application.Documents;
using UnHabitat.Meetings.Application.Errors;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Paging;
using UnHabitat.Meetings.Application.Summaries;
using UnHabitat.Meetings.Domain.Meetings;

namespace UnHabitat.Meetings.Web.Ui;

public sealed record PublicPage(
    Page<MeetingDto> Upcoming, Page<PublishedSummaryDto> Summaries, PublicFilterForm Filter, IReadOnlyList<BodyDto> Bodies,
    DocumentSearchForm Search, PublishedDocumentsPage? Documents, bool SignedIn);

/// <summary>
/// Which meetings and summaries the public page lists: of one body, between two days (the Secretariat's, in
/// Nairobi), and which page of each list (<c>after</c> for the meetings, <c>summaries</c> for the summaries).
/// </summary>
public sealed class PublicFilterForm
{
    public Guid? BodyId { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public string? After { get; set; }

    public string? Summaries { get; set; }
}

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
    private const string SecretariatTimeZone = "Africa/Nairobi";

    private static readonly Dictionary<string, string> SearchFields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["query"] = nameof(DocumentSearchForm.Q),
    };

    /// <summary>A page address that was not given out names the list's own cursor.</summary>
    private static readonly Dictionary<string, string> PagingFields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["after"] = nameof(PublicFilterForm.After),
    };

    private static readonly Dictionary<string, string> SummaryPagingFields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["after"] = nameof(PublicFilterForm.Summaries),
    };

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] DocumentSearchForm search, [FromQuery] PublicFilterForm filter)
    {
        var signedIn = User.Identity?.IsAuthenticated == true;
        // The names of the bodies are for signed-in callers, as on the search page; the dates filter for everyone.
        IReadOnlyList<BodyDto> bodies = signedIn ? await Mediator.Send(new ListBodies()) : [];
        var filterFields = new[] { nameof(PublicFilterForm.BodyId), nameof(PublicFilterForm.From), nameof(PublicFilterForm.To) };
        Page<MeetingDto> upcoming = new([], null, null);
        Page<PublishedSummaryDto> summaries = new([], null, null);
        if (filterFields.Any(f => ModelState[f]?.Errors.Count > 0))
        {
            // A day that could not be read is said next to its field rather than ignored.
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        else
        {
            var from = StartOf(filter.From);
            var to = StartOf(filter.To?.AddDays(1))?.AddTicks(-1);
            var now = clock.GetUtcNow();
            // Each list reads only its page: meetings from today (or the day asked, if later) on; summaries of any date.
            upcoming = await TrySendAsync(new ListMeetings(filter.BodyId, from is { } f && f > now ? f : now, to, Page: new PageRequest(After: filter.After), WithoutCancelled: true), null, typeof(PublicFilterForm), PagingFields)
                ?? upcoming;
            summaries = await TrySendAsync(new ListPublishedSummaries(filter.BodyId, from, to, new PageRequest(After: filter.Summaries)), null, typeof(PublicFilterForm), SummaryPagingFields)
                ?? summaries;
        }

        // The published documents of every meeting, past ones too; a refused search is said next to its box.
        var documents = ModelState.IsValid ? await TrySendAsync(new SearchPublishedDocuments(search.Q, search.Page), null, typeof(DocumentSearchForm), SearchFields) : null;
        return View(new PublicPage(upcoming, summaries, filter, bodies, search, documents, signedIn));
    }

    [HttpGet("meetings/{id:guid}")]
    public async Task<IActionResult> Meeting(Guid id)
    {
        var meeting = await Mediator.Send(new GetMeeting(id));
        var agenda = await OrNothing(new GetAgenda(id));
        // Insiders see the working draft through GetSummary; on this page everyone reads the published text.
        var publication = await Mediator.Send(new ListPublishedSummaries(MeetingId: id));
        int? published = publication.Count > 0 ? publication[0].Revision : null;
        var summary = published is null ? null : await OrNothing(new GetSummary(id, published));
        // Listing the documents notes this visit (off the request path), so that the next one shows what is new since.
        var documents = await Mediator.Send(new ListMeetingDocuments(id));
        var signedIn = User.Identity?.IsAuthenticated == true;
        var panel = new DocumentsPanel(meeting, documents, DocumentsMode.Read, signedIn, new Dictionary<Guid, Application.Deadlines.DeadlineDto>(), AgendaLabels.Of(agenda), new RegisterDocumentForm());
        return View(new PublicMeetingPage(meeting, agenda, summary, panel));
    }

    /// <summary>Midnight at the start of the day on the Secretariat's clock (UTC if the zone is unknown).</summary>
    private static DateTimeOffset? StartOf(DateOnly? day)
    {
        if (day is not { } d)
        {
            return null;
        }

        var midnight = d.ToDateTime(TimeOnly.MinValue);
        var offset = TimeZoneInfo.TryFindSystemTimeZoneById(SecretariatTimeZone, out var zone) ? zone.GetUtcOffset(midnight) : TimeSpan.Zero;
        return new DateTimeOffset(midnight, offset);
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
