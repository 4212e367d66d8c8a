using Microsoft.AspNetCore.Mvc;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Resolutions;
using UnHabitat.Meetings.Domain.Resolutions;
using UnHabitat.Meetings.Infrastructure.Reports;
using UnHabitat.Meetings.Templates.Resolutions;
using UnHabitat.Meetings.Web.Delivery;

namespace UnHabitat.Meetings.Web.Api;

/// <summary>
/// The progress report on the implementation of a body's resolutions for one reporting period (JSON, PDF, Word),
/// and the briefing the Secretariat presents to the working group.
/// </summary>
[Route("api/reports/implementation")]
public sealed class ImplementationReportController : ApiController
{
    /// <summary>The report as numbered sections and paragraphs; <c>symbol</c> and <c>issuedOn</c> are the report's own.</summary>
    [HttpGet]
    public async Task<ImplementationReport> Get(Guid? bodyId, string? period, string? symbol, DateOnly? issuedOn, Guid? agendaItemId) =>
        await Mediator.Send(new GetImplementationReport(bodyId ?? Guid.Empty, period, symbol, issuedOn, agendaItemId));

    /// <summary>The report printed in the house style (503 with Retry-After when the renderer is not available).</summary>
    [HttpGet("~/api/reports/implementation.pdf")]
    [Produces(FileDelivery.Pdf, "application/problem+json")]
    public async Task<IActionResult> Pdf(Guid? bodyId, string? period, string? symbol, DateOnly? issuedOn, Guid? agendaItemId)
    {
        var report = await Mediator.Send(new GetImplementationReport(bodyId ?? Guid.Empty, period, symbol, issuedOn, agendaItemId));
        var pdf = await Renderer().RenderAsync(new PdfRequest(ImplementationReportHtml.Render(report), report.Title, "en", report.Symbol), HttpContext.RequestAborted);
        return File(pdf, FileDelivery.Pdf, "implementation-report.pdf");
    }

    /// <summary>The report as a Word document in the house style.</summary>
    [HttpGet("~/api/reports/implementation.docx")]
    [Produces(FileDelivery.Docx, "application/problem+json")]
    public async Task<IActionResult> Word(Guid? bodyId, string? period, string? symbol, DateOnly? issuedOn, Guid? agendaItemId)
    {
        var report = await Mediator.Send(new GetImplementationReport(bodyId ?? Guid.Empty, period, symbol, issuedOn, agendaItemId));
        return File(ImplementationReportDocx.Write(report), FileDelivery.Docx, "implementation-report.docx");
    }

    /// <summary>The briefing: one page per resolution reported on, with status, bullets with OP references, milestones.</summary>
    [HttpGet("briefing")]
    public async Task<BriefingDto> Briefing(Guid? bodyId, string? period) =>
        await Mediator.Send(new GetImplementationBriefing(bodyId ?? Guid.Empty, period));

    /// <summary>The briefing as pages to show on screen (HTML).</summary>
    [HttpGet("briefing.html")]
    [Produces("text/html", "application/problem+json")]
    public async Task<IActionResult> BriefingPage(Guid? bodyId, string? period) =>
        Content(BriefingHtml(await Mediator.Send(new GetImplementationBriefing(bodyId ?? Guid.Empty, period))), "text/html; charset=utf-8");

    /// <summary>The briefing printed, one page per resolution.</summary>
    [HttpGet("briefing.pdf")]
    [Produces(FileDelivery.Pdf, "application/problem+json")]
    public async Task<IActionResult> BriefingPdf(Guid? bodyId, string? period)
    {
        var briefing = await Mediator.Send(new GetImplementationBriefing(bodyId ?? Guid.Empty, period));
        var pdf = await Renderer().RenderAsync(new PdfRequest(BriefingHtml(briefing), Title(briefing), "en"), HttpContext.RequestAborted);
        return File(pdf, FileDelivery.Pdf, "implementation-briefing.pdf");
    }

    private static string Title(BriefingDto briefing) => $"Briefing on the implementation of the resolutions adopted by the {briefing.BodyName}";

    private static string BriefingHtml(BriefingDto briefing) => ImplementationBriefingHtml.Render(Title(briefing), briefing.Period,
    [
        .. briefing.Pages.Select(p => new BriefingPage(
            p.Heading,
            StatusLine(p),
            [.. p.Bullets.Select(b => new BriefingBullet(b.Display))],
            [.. p.Milestones.Select(m => $"{m.Label}: {m.DueText}{(m.Achieved ? " (done)" : "")}")],
            p.Challenges,
            p.LessonsLearned)),
    ]);

    private static string StatusLine(BriefingPageDto page)
    {
        var status = NumberWordsCapitalised(page.Status.Words());
        return page.IsTimeBound && page.EndsOn is { } endsOn
            ? $"{status} (time-bound, until {endsOn.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)})"
            : status;
    }

    private static string NumberWordsCapitalised(string text) => Domain.Common.NumberWords.Capitalised(text);

    /// <summary>The renderer comes with the PDF engine; without it the answer is 503, as for a renderer that is down.</summary>
    private IPdfRenderer Renderer() =>
        HttpContext.RequestServices.GetService<IPdfRenderer>() ?? throw new RendererUnavailableException("No PDF renderer is configured in this installation.");
}
