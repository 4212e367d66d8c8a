using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Errors;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Documents;

namespace UnHabitat.Meetings.Application.Documents;

/// <summary>A stored file to send: where it is, what it is called, and its content hash (the ETag).</summary>
public sealed record FileToSend(string Path, string FileName, string ContentType, string Sha256, string Symbol, string Language);

/// <summary>Opens the current file of a language version for download; the download is recorded.</summary>
[PublicRequest]
public sealed record DownloadDocumentFile(Guid DocumentId, string Language) : ICommand<FileToSend>;

/// <summary>
/// Every published document of the meeting that the caller may see, in the chosen languages: the files
/// for the briefcase ZIP. Each is recorded as downloaded.
/// </summary>
[PublicRequest]
public sealed record PackBriefcase(Guid MeetingId, IReadOnlyList<string> Languages) : ICommand<IReadOnlyList<FileToSend>>;

internal sealed class DownloadHandlers(IMeetingsDbContext db, IFileStore files, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<DownloadDocumentFile, FileToSend>, IRequestHandler<PackBriefcase, IReadOnlyList<FileToSend>>
{
    public async Task<FileToSend> Handle(DownloadDocumentFile request, CancellationToken cancellationToken)
    {
        var (document, meeting, body) = await db.LoadDocumentAsync(request.DocumentId, cancellationToken).ConfigureAwait(false);
        document.EnsureReadable(user, body, meeting);
        var file = (OfficialLanguages.IsOfficial(request.Language) ? document.CurrentFile(request.Language) : null)
            ?? throw new NotFoundException($"The {request.Language} version of", document.Symbol);
        Record(document, file.Language, inBriefcase: false);
        return Send(document, file);
    }

    public async Task<IReadOnlyList<FileToSend>> Handle(PackBriefcase request, CancellationToken cancellationToken)
    {
        var unknown = request.Languages.FirstOrDefault(l => !OfficialLanguages.IsOfficial(l));
        if (unknown is not null)
        {
            throw InvalidInput.For("lang", $"'{unknown}' is not one of the six official languages (ar, zh, en, fr, ru, es).");
        }

        var (meeting, body) = await db.LoadMeetingAsync(request.MeetingId, cancellationToken).ConfigureAwait(false);
        var documents = await db.Documents.AsNoTracking().Where(d => d.MeetingId == meeting.Id && d.PublishedAt != null).OrderBy(d => d.Symbol).ToListAsync(cancellationToken).ConfigureAwait(false);
        var packed = new List<FileToSend>();
        foreach (var document in documents)
        {
            try
            {
                document.EnsureReadable(user, body, meeting);
            }
            catch (Exception e) when (e is NotFoundException or ForbiddenException)
            {
                continue;
            }

            foreach (var language in request.Languages.Distinct())
            {
                if (document.CurrentFile(language) is { } file)
                {
                    Record(document, language, inBriefcase: true);
                    packed.Add(Send(document, file));
                }
            }
        }

        return packed;
    }

    private FileToSend Send(Document document, DocumentFile file) =>
        new(files.PathOf(file.Sha256) ?? throw new NotFoundException("Stored file", file.Sha256), file.FileName, file.ContentType, file.Sha256, document.Symbol, file.Language);

    private void Record(Document document, string language, bool inBriefcase) =>
        db.Downloads.Add(new DownloadRecord(Guid.NewGuid(), user.UserId, user.MemberState, document.Id, language, inBriefcase, clock.GetUtcNow()));
}
