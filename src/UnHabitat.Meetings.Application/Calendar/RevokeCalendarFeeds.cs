using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;

namespace UnHabitat.Meetings.Application.Calendar;

/// <summary>Revokes every personal feed address of the caller.</summary>
[RequiresSignedInUser]
public sealed record RevokeCalendarFeeds : ICommand<int>;

internal sealed class RevokeCalendarFeedsHandler(IMeetingsDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<RevokeCalendarFeeds, int>
{
    public async Task<int> Handle(RevokeCalendarFeeds request, CancellationToken cancellationToken)
    {
        var feeds = await db.CalendarFeeds.Where(f => f.UserId == user.UserId && f.RevokedAt == null).ToListAsync(cancellationToken).ConfigureAwait(false);
        feeds.ForEach(f => f.Revoke(clock.GetUtcNow()));
        return feeds.Count;
    }
}
