using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using UnHabitat.Meetings.Application.Agendas;
using UnHabitat.Meetings.Application.Deadlines;
using UnHabitat.Meetings.Application.Documents;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Web.Delivery;
using UnHabitat.Meetings.Domain.Common;

namespace UnHabitat.Meetings.Web.Ui;

/// <summary>
/// The Documents tab of the Secretariat's workspace: register a document, upload its language versions,
/// publish it, and watch each required one against its deadline. Every step is the API's use case.
/// </summary>
[Route("meetings/{id:guid}/documents")]
[Authorize(Roles = Roles.Secretariat + "," + Roles.Administrator)]
public sealed class DocumentPagesController(IConfiguration configuration) : UiController
{
    private static readonly Dictionary<string, string> UploadFields = new(StringComparer.OrdinalIgnoreCase) { ["lang"] = nameof(UploadForm.Language) };

    [HttpGet("")]
    public async Task<IActionResult> Index(Guid id) => await ShowPage(id, null, null, null);

    [HttpPost("")]
    public async Task<IActionResult> Register(Guid id, [Bind(Prefix = "Register")] RegisterDocumentForm form)
    {
        var document = await TrySendAsync(new RegisterDocument(id, form.Symbol.TrimToNull(), form.Title, form.Category,
            form.AgendaItemId, form.Distribution, form.OriginalLanguage, form.Required, form.RequiredLanguages), "Register", typeof(RegisterDocumentForm));
        if (document is null)
        {
            return await ShowPage(id, form, null, null);
        }

        Saved($"{document.Symbol} is registered{(document.DueAt is null ? "" : $"; {document.DueRule}")}. Upload its {Show.Language(document.OriginalLanguage)} original below.");
        return RedirectToAction(nameof(Index), null, new { id }, $"doc-{document.Id}");
    }

    [HttpPost("{documentId:guid}/files")]
    [UploadBodyLimit]
    public async Task<IActionResult> Upload(Guid id, Guid documentId, [Bind(Prefix = "Upload")] UploadForm form)
    {
        DocumentDto? document = null;
        if (form.File is null || form.File.Length == 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            ModelState.AddModelError("Upload.File", "Choose the PDF or Word (.docx) file of this language version.");
        }
        else if (UploadLimit.Refusal(form.File.Length, configuration) is { } tooLarge)
        {
            Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            ModelState.AddModelError("Upload.File", tooLarge);
        }
        else
        {
            await using var content = form.File.OpenReadStream();
            document = await TrySendAsync(new UploadDocumentFile(documentId, form.Language ?? "", content, form.File.FileName, form.Final), "Upload", typeof(UploadForm), UploadFields);
        }

        if (document is null)
        {
            return await ShowPage(id, null, documentId, null);
        }

        var version = document.Languages.FirstOrDefault(l => l.Language == form.Language);
        Saved($"The {Show.Language(form.Language!)} version of {document.Symbol} is uploaded (version {version?.Version}, {(form.Final ? "final" : "advance unedited")}).");
        return RedirectToAction(nameof(Index), null, new { id }, $"doc-{documentId}");
    }

    [HttpPost("{documentId:guid}/publish")]
    public async Task<IActionResult> Publish(Guid id, Guid documentId, [Bind(Prefix = "Publish")] PublishForm form)
    {
        var document = await TrySendAsync(new PublishDocument(documentId, form.LateJustification.TrimToNull(), form.Version),
            "Publish", typeof(PublishForm));
        if (document is null)
        {
            return await ShowPage(id, null, documentId, form);
        }

        Saved($"{document.Symbol} is published{(document.Late ? ", late, with its justification" : "")}. The delegations following the body are told.");
        return RedirectToAction(nameof(Index), null, new { id }, $"doc-{documentId}");
    }

    private async Task<IActionResult> ShowPage(Guid id, RegisterDocumentForm? register, Guid? edited, PublishForm? publish)
    {
        var meeting = await Mediator.Send(new GetMeeting(id));
        var agenda = await Mediator.Send(new GetAgenda(id));
        var documents = await Mediator.Send(new ListMeetingDocuments(id));
        var deadlines = await Mediator.Send(new ListDeadlines(id));
        var panel = new DocumentsPanel(meeting, documents, DocumentsMode.Manage, SignedIn: true, deadlines.ToDictionary(d => d.DocumentId), AgendaLabels.Of(agenda),
            register ?? new RegisterDocumentForm(), edited, publish);
        return View("Index", new DocumentsPage(meeting, panel));
    }
}
