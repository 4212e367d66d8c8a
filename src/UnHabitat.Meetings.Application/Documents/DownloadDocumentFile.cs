using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Errors;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Documents;
using UnHabitat.Meetings.Domain.Meetings;

namespace UnHabitat.Meetings.Application.Documents;

/// <summary>A stored file to send: where it is, what it is called, and its content hash (the ETag).</summary>
public sealed record FileToSend(string Path, string FileName, string ContentType, string Sha256, string Symbol, string Language);

/// <summary>
/// Opens the current file of a language version for download, if the caller may read the document. A read:
/// the download goes to the download log, not into a transaction of its own.
/// </summary>
[PublicRequest]
public sealed record DownloadDocumentFile(Guid DocumentId, string Language) : IQuery<FileToSend>;

internal sealed class DownloadDocumentFileHandler(IMeetingsDbContext db, IFileStore files, ICurrentUser user, IDownloadLog downloads, DocumentReadCache cache, TimeProvider clock)
    : IRequestHandler<DownloadDocumentFile, FileToSend>
{
    public async Task<FileToSend> Handle(DownloadDocumentFile request, CancellationToken cancellationToken)
    {
        // The same rule as every read of a document (EnsureReadable), decided from the cached facts (ADR 021).
        var facts = await cache.GetAsync(request.DocumentId, ct => LoadAsync(request.DocumentId, ct), cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("Document", request.DocumentId);
        var document = facts.Document;
        document.EnsureReadable(user, facts.Body, facts.MeetingDay);
        var file = (OfficialLanguages.IsOfficial(request.Language) ? document.CurrentFile(request.Language) : null)
            ?? throw new NotFoundException($"The {request.Language} version of", document.Symbol);
        var sent = files.ToSend(document, file);
        downloads.Record(new DownloadRecord(Guid.NewGuid(), user.UserId, user.MemberState, document.Id, file.Language, inBriefcase: false, clock.GetUtcNow()));
        return sent;
    }

    /// <summary>The document and its body untracked, and of its meeting only the day (not the agenda and its history).</summary>
    private async Task<DocumentReadFacts?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var document = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken).ConfigureAwait(false);
        if (document is null)
        {
            return null;
        }

        var times = await db.Meetings.AsNoTracking().Where(m => m.Id == document.MeetingId)
            .Select(m => new { m.StartsAt, m.EndsAt, m.TimeZoneId }).FirstAsync(cancellationToken).ConfigureAwait(false);
        var body = await db.Bodies.AsNoTracking().FirstAsync(b => b.Id == document.BodyId, cancellationToken).ConfigureAwait(false);
        var day = DateOnly.FromDateTime(new MeetingSchedule(times.StartsAt, times.EndsAt, times.TimeZoneId).LocalStart.Date);
        return new DocumentReadFacts(document, body, day);
    }
}

internal static class FilesToSend
{
    public static FileToSend ToSend(this IFileStore files, Document document, DocumentFile file) =>
        new(files.PathOf(file.Sha256) ?? throw new NotFoundException("Stored file", file.Sha256), file.FileName, file.ContentType, file.Sha256, document.Symbol, file.Language);
}
