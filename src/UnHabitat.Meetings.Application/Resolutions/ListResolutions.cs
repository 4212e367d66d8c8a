using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;

namespace UnHabitat.Meetings.Application.Resolutions;

/// <summary>The resolutions and decisions, of one body or of all, in the order of adoption.</summary>
[RequiresSignedInUser]
public sealed record ListResolutions(Guid? BodyId) : IQuery<IReadOnlyList<ResolutionDto>>;

internal sealed class ListResolutionsHandler(IMeetingsDbContext db) : IRequestHandler<ListResolutions, IReadOnlyList<ResolutionDto>>
{
    public async Task<IReadOnlyList<ResolutionDto>> Handle(ListResolutions request, CancellationToken cancellationToken)
    {
        var resolutions = await db.Resolutions.AsNoTracking().Where(r => request.BodyId == null || r.BodyId == request.BodyId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. resolutions.InOrderOfAdoption().Select(ResolutionDto.From)];
    }
}
