using FluentValidation;
using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Errors;
using UnHabitat.Meetings.Application.Notifications;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Documents;

namespace UnHabitat.Meetings.Application.Documents;

/// <summary>
/// Uploads a language version (PDF or DOCX, recognised by content). Each upload is a new version; the
/// file is stored once by its SHA-256. A revision of a published document is announced to its followers.
/// </summary>
[RequiresRole(Roles.Secretariat)]
public sealed record UploadDocumentFile(Guid DocumentId, string Language, Stream Content, string? FileName, bool Final) : ICommand<DocumentDto>;

internal sealed class UploadDocumentFileValidator : AbstractValidator<UploadDocumentFile>
{
    public UploadDocumentFileValidator() =>
        RuleFor(x => x.Language).Must(OfficialLanguages.IsOfficial)
            .WithMessage("'{PropertyValue}' is not one of the six official languages (ar, zh, en, fr, ru, es).").OverridePropertyName("lang");
}

internal sealed class UploadDocumentFileHandler(IMeetingsDbContext db, IFileStore files, ICurrentUser user, TimeProvider clock, Notifier notifier, IAfterCommit afterCommit, IDeadlineScheduler deadlines)
    : IRequestHandler<UploadDocumentFile, DocumentDto>
{
    public async Task<DocumentDto> Handle(UploadDocumentFile request, CancellationToken cancellationToken)
    {
        var (document, meeting, body) = await db.LoadDocumentAsync(request.DocumentId, cancellationToken).ConfigureAwait(false);
        if (request.Content.CanSeek)
        {
            // The unit of work runs an upload again when another change of the document commits first: read from the start.
            request.Content.Position = 0;
        }

        var (kind, refusal) = FileKinds.Inspect(request.Content);
        if (kind is null)
        {
            var name = string.IsNullOrWhiteSpace(request.FileName) ? "this file" : Path.GetFileName(request.FileName.Replace('\\', '/'));
            name = name.Length > 120 ? name[..120] + "…" : name;
            throw InvalidInput.For("file", refusal is null
                ? $"Only PDF and Word (.docx) files are accepted, and {name} is neither, whatever its name says."
                : $"{name} is refused: {refusal}.");
        }

        var stored = await files.SaveAsync(request.Content, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        document.Upload(request.Language, stored.Sha256, FileKinds.SafeName(request.FileName, kind), kind, stored.Size, request.Final, now, user.UserName ?? "unknown");
        if (document.IsPublished)
        {
            await DocumentNotices.AnnounceAsync(notifier, document, body, meeting, $"{document.Symbol} ({request.Language}) was revised", request.Language, cancellationToken).ConfigureAwait(false);
        }

        afterCommit.Enqueue(ct => deadlines.SyncDocumentsAsync([document.Id], ct));
        return DocumentDto.From(document, meeting, body, now);
    }
}
