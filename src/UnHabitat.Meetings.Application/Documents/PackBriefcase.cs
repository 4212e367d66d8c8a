using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Errors;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Documents;

namespace UnHabitat.Meetings.Application.Documents;

/// <summary>
/// Every published document of the meeting that the caller may see, in the chosen languages: the files
/// for the briefcase ZIP. Each goes to the download log.
/// </summary>
[PublicRequest]
public sealed record PackBriefcase(Guid MeetingId, IReadOnlyList<string> Languages) : IQuery<IReadOnlyList<FileToSend>>;

internal sealed class PackBriefcaseHandler(IMeetingsDbContext db, IFileStore files, ICurrentUser user, IDownloadLog downloads, TimeProvider clock)
    : IRequestHandler<PackBriefcase, IReadOnlyList<FileToSend>>
{
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
                    packed.Add(files.ToSend(document, file));
                    downloads.Record(new DownloadRecord(Guid.NewGuid(), user.UserId, user.MemberState, document.Id, language, inBriefcase: true, clock.GetUtcNow()));
                }
            }
        }

        return packed;
    }
}
