using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Documents;

namespace UnHabitat.Meetings.Application.Documents;

/// <summary>
/// The documents of a meeting that the caller may see, with per-language availability, due and posted
/// times, and what is new or revised since the caller last looked (the visit is then recorded).
/// </summary>
[PublicRequest]
public sealed record ListMeetingDocuments(Guid MeetingId) : ICommand<IReadOnlyList<DocumentDto>>;

internal sealed class ListMeetingDocumentsHandler(IMeetingsDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<ListMeetingDocuments, IReadOnlyList<DocumentDto>>
{
    public async Task<IReadOnlyList<DocumentDto>> Handle(ListMeetingDocuments request, CancellationToken cancellationToken)
    {
        var (meeting, body) = await db.LoadMeetingAsync(request.MeetingId, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var documents = await db.Documents.AsNoTracking().Where(d => d.MeetingId == meeting.Id).OrderBy(d => d.Symbol).ToListAsync(cancellationToken).ConfigureAwait(false);
        var visit = user.UserId is { } userId
            ? await db.MeetingVisits.FirstOrDefaultAsync(v => v.UserId == userId && v.MeetingId == meeting.Id, cancellationToken).ConfigureAwait(false)
            : null;
        var lastVisit = visit?.LastVisitAt;
        if (user.UserId is { } id)
        {
            if (visit is null)
            {
                db.MeetingVisits.Add(new MeetingVisit(id, meeting.Id, now));
            }
            else
            {
                visit.Seen(now);
            }
        }

        var readable = documents.Where(d => Readable(d, body, meeting)).ToList();
        return [.. readable.Select(d => DocumentDto.From(d, meeting, body, now, lastVisit))];
    }

    private bool Readable(Document document, Domain.Bodies.Body body, Domain.Meetings.Meeting meeting)
    {
        try
        {
            document.EnsureReadable(user, body, meeting);
            return true;
        }
        catch (Exception e) when (e is Errors.NotFoundException or Errors.ForbiddenException)
        {
            return false;
        }
    }
}
