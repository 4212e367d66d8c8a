using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;

namespace UnHabitat.Meetings.Application.Resolutions;

[RequiresSignedInUser]
public sealed record GetResolution(Guid Id) : IQuery<ResolutionDto>;

internal sealed class GetResolutionHandler(IMeetingsDbContext db) : IRequestHandler<GetResolution, ResolutionDto>
{
    public async Task<ResolutionDto> Handle(GetResolution request, CancellationToken cancellationToken) =>
        ResolutionDto.From(await db.LoadResolutionAsync(request.Id, cancellationToken).ConfigureAwait(false));
}
