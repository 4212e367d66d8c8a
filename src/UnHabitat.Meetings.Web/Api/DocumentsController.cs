using System.IO.Compression;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using UnHabitat.Meetings.Application.Documents;
using UnHabitat.Meetings.Domain.Documents;

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
    public async Task<IReadOnlyList<DocumentDto>> ForMeeting(Guid meetingId) => await Mediator.Send(new ListMeetingDocuments(meetingId));

    [HttpGet("api/documents/{documentId:guid}")]
    [AllowAnonymous]
    public async Task<DocumentDto> Get(Guid documentId) => await Mediator.Send(new GetDocument(documentId, null));

    [HttpGet("api/documents/by-symbol")]
    [AllowAnonymous]
    public async Task<DocumentDto> BySymbol(string? symbol) => await Mediator.Send(new GetDocument(null, symbol));

    /// <summary>Uploads a language version (multipart field "file"; PDF or DOCX, checked by content).</summary>
    [HttpPut("api/documents/{documentId:guid}/files/{lang}")]
    [DisableRequestSizeLimit]
    [RequestFormLimits(MultipartBodyLengthLimit = long.MaxValue)]
    [ProducesResponseType<DocumentDto>(201)]
    public async Task<ActionResult<DocumentDto>> Upload(Guid documentId, string lang, IFormFile? file, bool final = true)
    {
        if (file is null)
        {
            throw Application.Errors.InvalidInput.For("file", "Attach the file as the multipart field \"file\".");
        }

        var limit = configuration.GetValue<long>("Documents:MaxUploadBytes", 50L * 1024 * 1024);
        if (file.Length > limit)
        {
            return Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "File too large",
                detail: $"A file may be at most {limit / (1024 * 1024.0):0.#} MB; this one is {file.Length / (1024 * 1024.0):0.#} MB.");
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
        return PhysicalFile(file.Path, file.ContentType, file.FileName, lastModified: null, new EntityTagHeaderValue($"\"{file.Sha256}\""), enableRangeProcessing: true);
    }

    /// <summary>Every published document of the meeting the caller may see, in the chosen languages, as one ZIP.</summary>
    [HttpGet("api/meetings/{meetingId:guid}/briefcase.zip")]
    [AllowAnonymous]
    [Produces("application/zip", "application/problem+json")]
    public async Task Briefcase(Guid meetingId, string? lang)
    {
        var languages = (lang ?? "en").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var files = await Mediator.Send(new PackBriefcase(meetingId, languages));
        Response.ContentType = "application/zip";
        Response.Headers.ContentDisposition = $"attachment; filename=\"briefcase-{meetingId:N}.zip\"";

        // Streamed as it is written: ZipArchive writes synchronously, so this response allows it.
        HttpContext.Features.Get<IHttpBodyControlFeature>()!.AllowSynchronousIO = true;
        using var zip = new ZipArchive(Response.Body, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var file in files)
        {
            var name = $"{file.Symbol.Replace('/', '_')}_{file.Language}{Path.GetExtension(file.FileName)}";
            var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
            await using var target = entry.Open();
            await using var source = System.IO.File.OpenRead(file.Path);
            await source.CopyToAsync(target, HttpContext.RequestAborted);
        }
    }
}
