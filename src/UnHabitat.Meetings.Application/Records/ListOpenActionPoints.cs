using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Records;

namespace UnHabitat.Meetings.Application.Records;

/// <summary>
/// The open action points agreed at these meetings (not those carried over from earlier ones), in one query: the
/// dashboard's follow-up shows a page of meetings with their own open points, and a meeting's list (ListActionPoints)
/// would also read every point still open from the body's earlier years, to be left out.
/// </summary>
[RequiresRole(Roles.Secretariat)]
public sealed record ListOpenActionPoints(IReadOnlyCollection<Guid> MeetingIds) : IQuery<IReadOnlyList<ActionPointDto>>;

internal sealed class ListOpenActionPointsHandler(IMeetingsDbContext db) : IRequestHandler<ListOpenActionPoints, IReadOnlyList<ActionPointDto>>
{
    public async Task<IReadOnlyList<ActionPointDto>> Handle(ListOpenActionPoints request, CancellationToken cancellationToken)
    {
        var ids = request.MeetingIds;
        // In the order of a meeting's own list: the meeting's number, then the text.
        var rows = await db.ActionPoints.AsNoTracking()
            .Where(a => ids.Contains(a.MeetingId) && a.Status == ActionPointStatus.Open)
            .Join(db.Meetings, a => a.MeetingId, m => m.Id, (a, m) => new { Point = a, m.Number })
            .OrderBy(r => r.Number).ThenBy(r => r.Point.Text).ThenBy(r => r.Point.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => ActionPointDto.From(r.Point, r.Number, r.Point.MeetingId))];
    }
}
