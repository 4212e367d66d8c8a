using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Paging;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;

namespace UnHabitat.Meetings.Application.Sessions;

/// <summary>
/// The sessions of the governing bodies, public like their meetings: of one body, ending on or after
/// <see cref="From"/> and starting on or before <see cref="To"/> when asked, in order of their start.
/// </summary>
[PublicRequest]
public sealed record ListSessions(Guid? BodyId, DateOnly? From = null, DateOnly? To = null, PageRequest? Page = null) : IQuery<Page<SessionDto>>, IPagedQuery;

internal sealed class ListSessionsHandler(IMeetingsDbContext db) : IRequestHandler<ListSessions, Page<SessionDto>>
{
    public async Task<Page<SessionDto>> Handle(ListSessions request, CancellationToken cancellationToken)
    {
        var query = db.Sessions.AsNoTracking();
        if (request.BodyId is not null)
        {
            query = query.Where(s => s.BodyId == request.BodyId);
        }

        if (request.From is { } from)
        {
            query = query.Where(s => s.EndsOn >= from);
        }

        if (request.To is { } to)
        {
            query = query.Where(s => s.StartsOn <= to);
        }

        // A session is one flat row: reading it whole costs what its columns cost.
        var sessions = await query.OrderBy(s => s.StartsOn).ThenBy(s => s.Id).ToPageAsync(request.Page, cancellationToken).ConfigureAwait(false);
        return sessions.Map(SessionDto.From);
    }
}
