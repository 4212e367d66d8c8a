using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Paging;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Documents;

namespace UnHabitat.Meetings.Application.Documents;

/// <summary>
/// The documents of a meeting that the caller may see, with per-language availability, due and posted
/// times, and what is new or revised since the caller last looked. A read: the visit goes to the visit log,
/// written off the request's path, and nothing is audited (ADR 014).
/// </summary>
[PublicRequest]
public sealed record ListMeetingDocuments(Guid MeetingId, PageRequest? Page = null) : IQuery<Page<DocumentDto>>, IPagedQuery;

internal sealed class ListMeetingDocumentsHandler(IMeetingsDbContext db, ICurrentUser user, IVisitLog visits, TimeProvider clock)
    : IRequestHandler<ListMeetingDocuments, Page<DocumentDto>>
{
    public async Task<Page<DocumentDto>> Handle(ListMeetingDocuments request, CancellationToken cancellationToken)
    {
        var (meeting, body) = await db.LoadMeetingAsync(request.MeetingId, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        DateTimeOffset? lastVisit = null;
        if (user.UserId is { } userId)
        {
            lastVisit = visits.Pending(userId, meeting.Id)
                ?? await db.MeetingVisits.AsNoTracking().Where(v => v.UserId == userId && v.MeetingId == meeting.Id)
                    .Select(v => (DateTimeOffset?)v.LastVisitAt).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            visits.Record(userId, meeting.Id, now);
        }

        // Who may read which document is the aggregate's rule, applied by the database: only the page's documents are read.
        var page = await db.Documents.AsNoTracking().Where(d => d.MeetingId == meeting.Id).ReadableBy(user, body, meeting.Schedule.Day)
            .OrderBy(d => d.Symbol).ThenBy(d => d.Id)
            .ToPageAsync(request.Page, cancellationToken).ConfigureAwait(false);
        return page.Map(d => DocumentDto.From(d, meeting, body, now, lastVisit));
    }
}
