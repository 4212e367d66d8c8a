using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Journals;
using UnHabitat.Meetings.Infrastructure.Rendering;
using UnHabitat.Meetings.Templates;
using UnHabitat.Meetings.Web.Delivery;

namespace UnHabitat.Meetings.Web.Api;

/// <summary>
/// The daily journal of a session ("Summary of plenary discussions and outcomes"): JSON in the summary's shape,
/// and PDF, DOCX and HTML made by the summary's own templates. Each is visible exactly when the JSON is.
/// </summary>
[Route("api/sessions/{sessionId:guid}")]
public sealed class JournalController(IPdfRenderer renderer) : ApiController
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    [HttpGet("journal")]
    public async Task<JournalDto> Get(Guid sessionId, DateOnly? date) => await Mediator.Send(new GetJournal(sessionId, date));

    [HttpGet("journal.pdf")]
    [Produces(FileDelivery.Pdf)]
    public async Task<IActionResult> Pdf(Guid sessionId, DateOnly? date, CancellationToken cancellationToken)
    {
        var journal = await Mediator.Send(new GetJournal(sessionId, date), cancellationToken);
        var request = new PdfRequest(SummaryHtml.Render(journal.Journal.AsSummary()), Title(journal), "en");
        if (FileDelivery.NotModified(this, request.Key))
        {
            return StatusCode(StatusCodes.Status304NotModified);
        }

        var pdf = await renderer.RenderAsync(request, cancellationToken);
        return FileDelivery.Document(this, pdf, FileDelivery.Pdf, FileName(journal, "pdf"), inline: true);
    }

    [HttpGet("journal.docx")]
    [Produces(FileDelivery.Docx)]
    public async Task<IActionResult> Docx(Guid sessionId, DateOnly? date, CancellationToken cancellationToken)
    {
        var journal = await Mediator.Send(new GetJournal(sessionId, date), cancellationToken);
        var key = FileDelivery.Hash("journal-docx-1", HouseStyle.Version, JsonSerializer.Serialize(journal.Journal, Json));
        if (FileDelivery.NotModified(this, key))
        {
            return StatusCode(StatusCodes.Status304NotModified);
        }

        return FileDelivery.Document(this, SummaryDocx.Write(journal.Journal.AsSummary()), FileDelivery.Docx, FileName(journal, "docx"), inline: false);
    }

    /// <summary>The preview: the very markup the PDF is printed from.</summary>
    [HttpGet("journal.html")]
    [Produces("text/html")]
    public async Task<IActionResult> Html(Guid sessionId, DateOnly? date, CancellationToken cancellationToken)
    {
        var journal = await Mediator.Send(new GetJournal(sessionId, date), cancellationToken);
        var html = SummaryHtml.Render(journal.Journal.AsSummary());
        if (FileDelivery.NotModified(this, FileDelivery.Hash("journal-html-1", html)))
        {
            return StatusCode(StatusCodes.Status304NotModified);
        }

        // As for the summary preview: exactly its own stylesheet, nothing else.
        Response.Headers.ContentSecurityPolicy = $"default-src 'none'; style-src '{HouseStyle.StyleHash}'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";
        return Content(html, "text/html; charset=utf-8");
    }

    private static string Title(JournalDto journal) => $"{journal.Journal.Title} – {journal.Journal.DayLine}";

    private static string FileName(JournalDto journal, string extension) =>
        $"journal-{journal.SessionId:N}-{journal.Date:yyyy-MM-dd}.{extension}";
}
