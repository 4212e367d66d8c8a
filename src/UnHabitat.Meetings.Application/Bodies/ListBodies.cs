using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;

namespace UnHabitat.Meetings.Application.Bodies;

[RequiresSignedInUser]
public sealed record ListBodies : IQuery<IReadOnlyList<BodyDto>>;

internal sealed class ListBodiesHandler(IMeetingsDbContext db) : IRequestHandler<ListBodies, IReadOnlyList<BodyDto>>
{
    public async Task<IReadOnlyList<BodyDto>> Handle(ListBodies request, CancellationToken cancellationToken)
    {
        var bodies = await db.Bodies.AsNoTracking().OrderBy(b => b.Name).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. bodies.Select(BodyDto.From)];
    }
}
