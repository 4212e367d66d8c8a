using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Errors;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Documents;

namespace UnHabitat.Meetings.Application.Documents;

/// <summary>A stored file to send: where it is, what it is called, and its content hash (the ETag).</summary>
public sealed record FileToSend(string Path, string FileName, string ContentType, string Sha256, string Symbol, string Language);

/// <summary>
/// Opens the current file of a language version for download, if the caller may read the document. A read:
/// the download goes to the download log, not into a transaction of its own.
/// </summary>
[PublicRequest]
public sealed record DownloadDocumentFile(Guid DocumentId, string Language) : IQuery<FileToSend>;

internal sealed class DownloadDocumentFileHandler(IMeetingsDbContext db, IFileStore files, ICurrentUser user, IDownloadLog downloads, TimeProvider clock)
    : IRequestHandler<DownloadDocumentFile, FileToSend>
{
    public async Task<FileToSend> Handle(DownloadDocumentFile request, CancellationToken cancellationToken)
    {
        var (document, meeting, body) = await db.LoadDocumentAsync(request.DocumentId, cancellationToken, tracked: false).ConfigureAwait(false);
        document.EnsureReadable(user, body, meeting);
        var file = (OfficialLanguages.IsOfficial(request.Language) ? document.CurrentFile(request.Language) : null)
            ?? throw new NotFoundException($"The {request.Language} version of", document.Symbol);
        var sent = files.ToSend(document, file);
        downloads.Record(new DownloadRecord(Guid.NewGuid(), user.UserId, user.MemberState, document.Id, file.Language, inBriefcase: false, clock.GetUtcNow()));
        return sent;
    }
}

internal static class FilesToSend
{
    public static FileToSend ToSend(this IFileStore files, Document document, DocumentFile file) =>
        new(files.PathOf(file.Sha256) ?? throw new NotFoundException("Stored file", file.Sha256), file.FileName, file.ContentType, file.Sha256, document.Symbol, file.Language);
}
