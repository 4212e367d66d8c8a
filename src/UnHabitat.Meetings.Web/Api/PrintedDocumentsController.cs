using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Summaries;
using UnHabitat.Meetings.Infrastructure.Rendering;
using UnHabitat.Meetings.Templates;
using UnHabitat.Meetings.Web.Delivery;

namespace UnHabitat.Meetings.Web.Api;

/// <summary>
/// The summary and the provisional agenda as documents: PDF to print, DOCX to edit, HTML to preview. Each is
/// visible exactly when the JSON it is made from is (the same queries through the mediator), carries an ETag
/// (the hash of its inputs) and answers If-None-Match with 304 without printing anything.
/// </summary>
[Route("api/meetings/{meetingId:guid}")]
public sealed class PrintedDocumentsController(IPdfRenderer renderer) : ApiController
{
    /// <summary>The summary as a PDF in the house style; a published revision is printed once and kept.</summary>
    [HttpGet("summary.pdf")]
    [AllowAnonymous]
    [Produces(FileDelivery.Pdf)]
    public async Task<IActionResult> SummaryPdf(Guid meetingId, int? revision, CancellationToken cancellationToken) =>
        await FileDelivery.SummaryPdfAsync(this, Mediator, renderer, meetingId, revision, cancellationToken);

    /// <summary>The summary as a Word document with the house styles, for the Secretariat to edit.</summary>
    [HttpGet("summary.docx")]
    [AllowAnonymous]
    [Produces(FileDelivery.Docx)]
    public async Task<IActionResult> SummaryDocx(Guid meetingId, int? revision, CancellationToken cancellationToken) =>
        await FileDelivery.SummaryDocxAsync(this, Mediator, meetingId, revision, cancellationToken);

    /// <summary>The preview: the very markup the PDF is printed from.</summary>
    [HttpGet("summary.html")]
    [AllowAnonymous]
    [Produces("text/html")]
    public async Task<IActionResult> SummaryHtmlPreview(Guid meetingId, int? revision, CancellationToken cancellationToken)
    {
        var summary = await Mediator.Send(new GetSummary(meetingId, revision), cancellationToken);
        var html = SummaryHtml.Render(summary.Summary);
        var key = FileDelivery.Hash("html-1", html);
        if (FileDelivery.NotModified(this, key))
        {
            return StatusCode(StatusCodes.Status304NotModified);
        }

        // The app's policy forbids inline styles; this page may use exactly its own stylesheet and nothing else.
        Response.Headers.ContentSecurityPolicy = $"default-src 'none'; style-src '{HouseStyle.StyleHash}'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";
        return Content(html, "text/html; charset=utf-8");
    }

    /// <summary>
    /// The provisional agenda as an official document: the session's symbol top right and in the header of
    /// every later page; a meeting outside any session gets the same document without a symbol.
    /// </summary>
    [HttpGet("agenda.pdf")]
    [AllowAnonymous]
    [Produces(FileDelivery.Pdf)]
    public async Task<IActionResult> AgendaPdf(Guid meetingId, CancellationToken cancellationToken) =>
        await FileDelivery.AgendaPdfAsync(this, Mediator, renderer, meetingId, cancellationToken);

    /// <summary>The provisional agenda as a Word document, visible exactly when its PDF is.</summary>
    [HttpGet("agenda.docx")]
    [AllowAnonymous]
    [Produces(FileDelivery.Docx)]
    public async Task<IActionResult> AgendaDocx(Guid meetingId, CancellationToken cancellationToken) =>
        await FileDelivery.AgendaDocxAsync(this, Mediator, meetingId, cancellationToken);
}
