using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using UnHabitat.Meetings.Application.Documents;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Application.Paging;
using UnHabitat.Meetings.Domain.Documents;
using UnHabitat.Meetings.Web.Delivery;

namespace UnHabitat.Meetings.Web.Api;

public sealed record DocumentRequest(string? Symbol, string? Title, DocumentCategory Category, Guid? AgendaItemId, Distribution Distribution, string? OriginalLanguage, bool? Required, IReadOnlyList<string>? RequiredLanguages);

public sealed record PublishRequest(string? LateJustification, int? Version);

public sealed class DocumentsController(IConfiguration configuration) : ApiController
{
    /// <summary>Registers a document; without a symbol it gets the next free one in the body's series.</summary>
    [HttpPost("api/meetings/{meetingId:guid}/documents")]
    [ProducesResponseType<DocumentDto>(201)]
    public async Task<ActionResult<DocumentDto>> Register(Guid meetingId, DocumentRequest request)
    {
        var document = await Mediator.Send(new RegisterDocument(meetingId, request.Symbol, request.Title, request.Category, request.AgendaItemId,
            request.Distribution, request.OriginalLanguage ?? "en", request.Required ?? true, request.RequiredLanguages));
        return Created($"/api/documents/{document.Id}", document);
    }

    /// <summary>The documents of the meeting the caller may see, with what is new since the last visit.</summary>
    [HttpGet("api/meetings/{meetingId:guid}/documents")]
    [AllowAnonymous]
    public async Task<IReadOnlyList<DocumentDto>> ForMeeting(Guid meetingId, int? limit, string? after) =>
        this.Paged(await Mediator.Send(new ListMeetingDocuments(meetingId, new PageRequest(limit, after))));

    [HttpGet("api/documents/{documentId:guid}")]
    [AllowAnonymous]
    public async Task<DocumentDto> Get(Guid documentId) => await Mediator.Send(new GetDocument(documentId, null));

    [HttpGet("api/documents/by-symbol")]
    [AllowAnonymous]
    public async Task<DocumentDto> BySymbol(string? symbol) => await Mediator.Send(new GetDocument(null, symbol));

    /// <summary>Uploads a language version (multipart field "file"; PDF or DOCX, checked by content).</summary>
    [HttpPut("api/documents/{documentId:guid}/files/{lang}")]
    [Authorize(Roles = Roles.Secretariat + "," + Roles.Administrator)]
    [UploadBodyLimit]
    [ProducesResponseType<DocumentDto>(201)]
    public async Task<ActionResult<DocumentDto>> Upload(Guid documentId, string lang, IFormFile? file, bool final = true)
    {
        if (file is null)
        {
            throw Application.Errors.InvalidInput.For("file", "Attach the file as the multipart field \"file\".");
        }

        if (UploadLimit.Refusal(file.Length, configuration) is { } tooLarge)
        {
            return Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "File too large", detail: tooLarge);
        }

        await using var content = file.OpenReadStream();
        var document = await Mediator.Send(new UploadDocumentFile(documentId, lang, content, file.FileName, final));
        return Created($"/api/documents/{documentId}/files/{lang}", document);
    }

    /// <summary>Publishes the document; a late one needs <c>lateJustification</c> for its footnote.</summary>
    [HttpPost("api/documents/{documentId:guid}/publish")]
    public async Task<DocumentDto> Publish(Guid documentId, PublishRequest? request) =>
        await Mediator.Send(new PublishDocument(documentId, request?.LateJustification, ExpectedVersion(request?.Version)));

    /// <summary>Downloads a language version; ETag is the content's SHA-256 and ranges are served.</summary>
    [HttpGet("api/documents/{documentId:guid}/files/{lang}")]
    [AllowAnonymous]
    [Produces("application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/problem+json")]
    public async Task<IActionResult> Download(Guid documentId, string lang)
    {
        var file = await Mediator.Send(new DownloadDocumentFile(documentId, lang));
        return await FileDelivery.LanguageVersionAsync(this, file);
    }

    /// <summary>Every published document of the meeting the caller may see, in the chosen languages, as one ZIP.</summary>
    [HttpGet("api/meetings/{meetingId:guid}/briefcase.zip")]
    [AllowAnonymous]
    [Produces("application/zip", "application/problem+json")]
    public async Task Briefcase(Guid meetingId, string? lang)
    {
        var files = await Mediator.Send(new PackBriefcase(meetingId, FileDelivery.Languages([lang])));
        await FileDelivery.WriteBriefcaseAsync(HttpContext, meetingId, files);
    }
}
