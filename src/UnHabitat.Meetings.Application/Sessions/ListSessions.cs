using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;

namespace UnHabitat.Meetings.Application.Sessions;

/// <summary>The sessions of the governing bodies, public like their meetings.</summary>
[PublicRequest]
public sealed record ListSessions(Guid? BodyId) : IQuery<IReadOnlyList<SessionDto>>;

internal sealed class ListSessionsHandler(IMeetingsDbContext db) : IRequestHandler<ListSessions, IReadOnlyList<SessionDto>>
{
    public async Task<IReadOnlyList<SessionDto>> Handle(ListSessions request, CancellationToken cancellationToken)
    {
        var query = db.Sessions.AsNoTracking();
        if (request.BodyId is not null)
        {
            query = query.Where(s => s.BodyId == request.BodyId);
        }

        var sessions = await query.OrderBy(s => s.StartsOn).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. sessions.Select(SessionDto.From)];
    }
}
