using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Paging;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Records;

namespace UnHabitat.Meetings.Application.Records;

/// <summary>
/// The meeting's action points and, for follow-up ("Implementation of action points from the previous
/// meeting"), those still open from the body's earlier meetings and those closed at this one. The
/// Secretariat's and the body's chairs' (ADR 014); others read action points only as a published summary prints them.
/// </summary>
[RequiresRole(Roles.Secretariat, Roles.Chair)]
public sealed record ListActionPoints(Guid MeetingId, ActionPointStatus? Status = null, PageRequest? Page = null) : IQuery<Page<ActionPointDto>>, IPagedQuery;

internal sealed class ListActionPointsHandler(IMeetingsDbContext db, ICurrentUser user) : IRequestHandler<ListActionPoints, Page<ActionPointDto>>
{
    public async Task<Page<ActionPointDto>> Handle(ListActionPoints request, CancellationToken cancellationToken)
    {
        var (meeting, body) = await db.LoadMeetingAsync(request.MeetingId, cancellationToken).ConfigureAwait(false);
        user.EnsureSeesDraftsOf(body);
        var earlier = db.Meetings.Where(m => m.BodyId == meeting.BodyId && m.Number < meeting.Number).Select(m => new { m.Id, m.Number });
        // Filtered, ordered (by the meeting's number, then the text) and cut in SQL; an action point is one row.
        var rows = await db.ActionPoints.AsNoTracking()
            .Where(a => a.MeetingId == meeting.Id || a.ClosedInMeetingId == meeting.Id || (a.BodyId == meeting.BodyId && a.Status == ActionPointStatus.Open && earlier.Any(e => e.Id == a.MeetingId)))
            .Where(a => request.Status == null || a.Status == request.Status)
            .Join(db.Meetings, a => a.MeetingId, m => m.Id, (a, m) => new { Point = a, m.Number })
            .OrderBy(r => r.Number).ThenBy(r => r.Point.Text).ThenBy(r => r.Point.Id)
            .ToPageAsync(request.Page, cancellationToken).ConfigureAwait(false);
        return rows.Map(r => ActionPointDto.From(r.Point, r.Number, meeting.Id));
    }
}
