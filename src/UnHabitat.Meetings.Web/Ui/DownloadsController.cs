using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using UnHabitat.Meetings.Application.Documents;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Web.Delivery;

namespace UnHabitat.Meetings.Web.Ui;

/// <summary>
/// The API's downloads for people in a browser, who carry the sign-in cookie and not a bearer token: the
/// same use cases through the same <see cref="FileDelivery"/> code, so that each caller gets exactly what the
/// API would give them. Signed-out callers are sent to sign in, except on the public routes.
/// </summary>
public sealed class DownloadsController(IPdfRenderer renderer) : UiController
{
    [HttpGet("documents/{documentId:guid}/files/{lang}")]
    public async Task<IActionResult> LanguageVersion(Guid documentId, string lang) =>
        await FileDelivery.LanguageVersionAsync(this, await Mediator.Send(new DownloadDocumentFile(documentId, lang), HttpContext.RequestAborted));

    /// <summary>For anyone: the use case gives a signed-out caller published General documents only.</summary>
    [HttpGet("public/documents/{documentId:guid}/files/{lang}")]
    [AllowAnonymous]
    public async Task<IActionResult> PublicLanguageVersion(Guid documentId, string lang) => await LanguageVersion(documentId, lang);

    /// <summary>The published documents the caller may read, in the languages ticked (lang=en&amp;lang=fr or lang=en,fr).</summary>
    [HttpGet("meetings/{meetingId:guid}/briefcase.zip")]
    public async Task Briefcase(Guid meetingId, [FromQuery] string[]? lang)
    {
        var files = await Mediator.Send(new PackBriefcase(meetingId, FileDelivery.Languages(lang)), HttpContext.RequestAborted);
        await FileDelivery.WriteBriefcaseAsync(HttpContext, meetingId, files);
    }

    [HttpGet("meetings/{meetingId:guid}/summary.pdf")]
    public async Task<IActionResult> SummaryPdf(Guid meetingId, int? revision) =>
        await FileDelivery.SummaryPdfAsync(this, Mediator, renderer, meetingId, revision, HttpContext.RequestAborted);

    [HttpGet("meetings/{meetingId:guid}/summary.docx")]
    public async Task<IActionResult> SummaryDocx(Guid meetingId, int? revision) =>
        await FileDelivery.SummaryDocxAsync(this, Mediator, meetingId, revision, HttpContext.RequestAborted);

    /// <summary>The provisional agenda, or the agenda once adopted, as the meeting page offers it.</summary>
    [HttpGet("meetings/{meetingId:guid}/agenda.pdf")]
    public async Task<IActionResult> AgendaPdf(Guid meetingId) =>
        await FileDelivery.AgendaPdfAsync(this, Mediator, renderer, meetingId, HttpContext.RequestAborted);

    [HttpGet("meetings/{meetingId:guid}/agenda.docx")]
    public async Task<IActionResult> AgendaDocx(Guid meetingId) =>
        await FileDelivery.AgendaDocxAsync(this, Mediator, meetingId, HttpContext.RequestAborted);

    /// <summary>For anyone: the use case gives a signed-out caller a published summary of General distribution only.</summary>
    [HttpGet("public/meetings/{meetingId:guid}/summary.pdf")]
    [AllowAnonymous]
    public async Task<IActionResult> PublicSummaryPdf(Guid meetingId, int? revision) => await SummaryPdf(meetingId, revision);
}
