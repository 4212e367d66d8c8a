using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Paging;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;

namespace UnHabitat.Meetings.Application.Notifications;

/// <summary>The bodies (and languages) the caller follows now, as <see cref="FollowBodies"/> last set them.</summary>
[RequiresSignedInUser]
public sealed record ListFollowedBodies(PageRequest? Page = null) : IQuery<Page<FollowedBody>>, IPagedQuery;

internal sealed class ListFollowedBodiesHandler(IMeetingsDbContext db, ICurrentUser user) : IRequestHandler<ListFollowedBodies, Page<FollowedBody>>
{
    public async Task<Page<FollowedBody>> Handle(ListFollowedBodies request, CancellationToken cancellationToken)
    {
        var rows = await db.Subscriptions.AsNoTracking().Where(s => s.UserId == user.UserId).OrderBy(s => s.BodyId)
            .ToPageAsync(request.Page, cancellationToken).ConfigureAwait(false);
        return rows.Map(s => new FollowedBody(s.BodyId, s.LanguageList));
    }
}
