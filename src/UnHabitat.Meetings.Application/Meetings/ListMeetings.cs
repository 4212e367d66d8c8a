using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;

namespace UnHabitat.Meetings.Application.Meetings;

/// <summary>The calendar of meetings, public like the governing bodies' calendar on the web site.</summary>
[PublicRequest]
public sealed record ListMeetings(Guid? BodyId, DateTimeOffset? From, DateTimeOffset? To) : IQuery<IReadOnlyList<MeetingDto>>;

internal sealed class ListMeetingsHandler(IMeetingsDbContext db) : IRequestHandler<ListMeetings, IReadOnlyList<MeetingDto>>
{
    public async Task<IReadOnlyList<MeetingDto>> Handle(ListMeetings request, CancellationToken cancellationToken)
    {
        var query = db.Meetings.AsNoTracking();
        if (request.BodyId is not null)
        {
            query = query.Where(m => m.BodyId == request.BodyId);
        }

        if (request.From is not null)
        {
            var from = request.From.Value.ToUniversalTime();
            query = query.Where(m => m.EndsAt >= from);
        }

        if (request.To is not null)
        {
            var to = request.To.Value.ToUniversalTime();
            query = query.Where(m => m.StartsAt <= to);
        }

        var meetings = await query.OrderBy(m => m.StartsAt).ToListAsync(cancellationToken).ConfigureAwait(false);
        var bodyIds = meetings.Select(m => m.BodyId).Distinct().ToList();
        var bodies = await db.Bodies.AsNoTracking().Where(b => bodyIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, cancellationToken).ConfigureAwait(false);
        return [.. meetings.Select(m => MeetingDto.From(m, bodies[m.BodyId]))];
    }
}
