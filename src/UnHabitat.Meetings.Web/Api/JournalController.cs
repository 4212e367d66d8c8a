using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Journals;
using UnHabitat.Meetings.Application.Paging;
using UnHabitat.Meetings.Templates;
using UnHabitat.Meetings.Web.Delivery;

namespace UnHabitat.Meetings.Web.Api;

public sealed record JournalStepRequest(DateOnly? Date, int? Version);

/// <summary>
/// The daily journal of a session ("Summary of plenary discussions and outcomes"): JSON in the summary's shape,
/// and PDF, DOCX and HTML made by the summary's own templates. Each is visible exactly when the JSON is.
/// </summary>
[Route("api/sessions/{sessionId:guid}")]
public sealed class JournalController(IPdfRenderer renderer) : ApiController
{
    /// <summary>
    /// The day's journal. The Secretariat and chairs see the draft; delegations and the public the latest published
    /// revision as the body's distribution allows; <c>?revision=</c> reads an earlier one.
    /// </summary>
    [HttpGet("journal")]
    [AllowAnonymous]
    public async Task<JournalDto> Get(Guid sessionId, DateOnly? date, int? revision) => await Mediator.Send(new GetJournal(sessionId, date, revision));

    /// <summary>Every day of the session and where its journal stands (the Secretariat's dashboard).</summary>
    [HttpGet("journals")]
    public async Task<IReadOnlyList<JournalDayDto>> List(Guid sessionId, int? limit, string? after) =>
        this.Paged(await Mediator.Send(new ListJournals(sessionId, new PageRequest(limit, after))));

    /// <summary>Publishes the day's journal as it now reads; the published text never changes.</summary>
    [HttpPost("journal/publish")]
    public async Task<JournalDto> Publish(Guid sessionId, JournalStepRequest request) =>
        await Mediator.Send(new MoveJournal(sessionId, request.Date, JournalStep.Publish, ExpectedVersion(request.Version)));

    /// <summary>Starts a correcting revision ("Rev. 1") of a published journal; the published one stays readable.</summary>
    [HttpPost("journal/revise")]
    public async Task<JournalDto> Revise(Guid sessionId, JournalStepRequest request) =>
        await Mediator.Send(new MoveJournal(sessionId, request.Date, JournalStep.Revise, ExpectedVersion(request.Version)));

    /// <summary>The journal printed in the house style; a published revision is printed once and kept.</summary>
    [HttpGet("journal.pdf")]
    [AllowAnonymous]
    [Produces(FileDelivery.Pdf)]
    public async Task<IActionResult> Pdf(Guid sessionId, DateOnly? date, int? revision, CancellationToken cancellationToken) =>
        await FileDelivery.JournalPdfAsync(this, Mediator, renderer, sessionId, date, revision, cancellationToken);

    [HttpGet("journal.docx")]
    [AllowAnonymous]
    [Produces(FileDelivery.Docx)]
    public async Task<IActionResult> Docx(Guid sessionId, DateOnly? date, int? revision, CancellationToken cancellationToken) =>
        await FileDelivery.JournalDocxAsync(this, Mediator, sessionId, date, revision, cancellationToken);

    /// <summary>The preview: the very markup the PDF is printed from.</summary>
    [HttpGet("journal.html")]
    [AllowAnonymous]
    [Produces("text/html")]
    public async Task<IActionResult> Html(Guid sessionId, DateOnly? date, int? revision, CancellationToken cancellationToken)
    {
        var journal = await Mediator.Send(new GetJournal(sessionId, date, revision), cancellationToken);
        var html = SummaryHtml.Render(journal.Journal.AsSummary());
        if (FileDelivery.NotModified(this, FileDelivery.Hash("journal-html-1", html)))
        {
            return StatusCode(StatusCodes.Status304NotModified);
        }

        // As for the summary preview: exactly its own stylesheet, nothing else.
        Response.Headers.ContentSecurityPolicy = $"default-src 'none'; style-src '{HouseStyle.StyleHash}'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";
        return Content(html, "text/html; charset=utf-8");
    }
}
