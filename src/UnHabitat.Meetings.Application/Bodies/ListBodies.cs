using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Paging;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;

namespace UnHabitat.Meetings.Application.Bodies;

[RequiresSignedInUser]
public sealed record ListBodies(PageRequest? Page = null) : IQuery<Page<BodyDto>>, IPagedQuery;

internal sealed class ListBodiesHandler(IMeetingsDbContext db) : IRequestHandler<ListBodies, Page<BodyDto>>
{
    public async Task<Page<BodyDto>> Handle(ListBodies request, CancellationToken cancellationToken)
    {
        // A body's list of members and chairs is its answer: read with it, a page of bodies at a time.
        var bodies = await db.Bodies.AsNoTracking().OrderBy(b => b.Name).ThenBy(b => b.Id).ToPageAsync(request.Page, cancellationToken).ConfigureAwait(false);
        return bodies.Map(BodyDto.From);
    }
}
