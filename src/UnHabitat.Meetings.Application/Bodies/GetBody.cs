using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;

namespace UnHabitat.Meetings.Application.Bodies;

[RequiresSignedInUser]
public sealed record GetBody(Guid Id) : IQuery<BodyDto>;

internal sealed class GetBodyHandler(IMeetingsDbContext db) : IRequestHandler<GetBody, BodyDto>
{
    public async Task<BodyDto> Handle(GetBody request, CancellationToken cancellationToken) =>
        BodyDto.From(await db.LoadAsync(request.Id, cancellationToken).ConfigureAwait(false));
}
