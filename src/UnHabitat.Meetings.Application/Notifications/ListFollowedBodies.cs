using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;

namespace UnHabitat.Meetings.Application.Notifications;

/// <summary>The bodies (and languages) the caller follows now, as <see cref="FollowBodies"/> last set them.</summary>
[RequiresSignedInUser]
public sealed record ListFollowedBodies : IQuery<IReadOnlyList<FollowedBody>>;

internal sealed class ListFollowedBodiesHandler(IMeetingsDbContext db, ICurrentUser user) : IRequestHandler<ListFollowedBodies, IReadOnlyList<FollowedBody>>
{
    public async Task<IReadOnlyList<FollowedBody>> Handle(ListFollowedBodies request, CancellationToken cancellationToken)
    {
        var rows = await db.Subscriptions.AsNoTracking().Where(s => s.UserId == user.UserId).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(s => new FollowedBody(s.BodyId, s.LanguageList))];
    }
}
