using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Journals;
using UnHabitat.Meetings.Web.Delivery;

namespace UnHabitat.Meetings.Web.Ui;

public sealed record SessionPage(SessionJournalsDto Session);

public sealed record PublishedJournalPage(SessionJournalsDto Session, JournalDto Journal);

/// <summary>
/// A session for delegations and the public: each day with the journal published for it, as the body's
/// distribution allows the caller; drafts never show here, whoever reads.
/// </summary>
[Route("public/sessions/{id:guid}")]
[AllowAnonymous]
public sealed class SessionPagesController(IPdfRenderer renderer) : UiController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid id) => View(new SessionPage(await Mediator.Send(new ListPublishedJournals(id))));

    /// <summary>One day's published journal; without a revision, the latest the caller may read.</summary>
    [HttpGet("journal")]
    public async Task<IActionResult> Journal(Guid id, DateOnly? date, int? revision)
    {
        var session = await Mediator.Send(new ListPublishedJournals(id));
        var published = await Mediator.Send(new GetJournal(id, date, PublishedRevision(session, date, revision)));
        return View(new PublishedJournalPage(session, published));
    }

    [HttpGet("journal.pdf")]
    public async Task<IActionResult> Pdf(Guid id, DateOnly? date, int? revision) =>
        await FileDelivery.JournalPdfAsync(this, Mediator, renderer, id, date, PublishedRevision(await Mediator.Send(new ListPublishedJournals(id)), date, revision), HttpContext.RequestAborted);

    [HttpGet("journal.docx")]
    public async Task<IActionResult> Docx(Guid id, DateOnly? date, int? revision) =>
        await FileDelivery.JournalDocxAsync(this, Mediator, id, date, PublishedRevision(await Mediator.Send(new ListPublishedJournals(id)), date, revision), HttpContext.RequestAborted);

    /// <summary>
    /// Asking by revision number makes GetJournal answer with a published text for insiders too (who would
    /// otherwise get the draft); a day with nothing published asks for revision 0, which does not exist (404).
    /// </summary>
    private static int PublishedRevision(SessionJournalsDto session, DateOnly? date, int? revision) =>
        revision ?? session.Days.FirstOrDefault(d => d.Date == date)?.Revision ?? 0;
}
