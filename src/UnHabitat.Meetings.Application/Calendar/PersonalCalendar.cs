using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Errors;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;

namespace UnHabitat.Meetings.Application.Calendar;

/// <summary>The personal feed: meetings of the bodies the user follows (all, when none is chosen).</summary>
[PublicRequest]
public sealed record PersonalCalendar(string Token) : IQuery<string>;

internal sealed class PersonalCalendarHandler(IMeetingsDbContext db) : IRequestHandler<PersonalCalendar, string>
{
    public async Task<string> Handle(PersonalCalendar request, CancellationToken cancellationToken)
    {
        var hash = CalendarSupport.Hash(request.Token);
        var feed = await db.CalendarFeeds.AsNoTracking().FirstOrDefaultAsync(f => f.TokenHash == hash && f.RevokedAt == null, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("Calendar feed", "(token)");
        var followed = await db.Subscriptions.AsNoTracking().Where(s => s.UserId == feed.UserId).Select(s => s.BodyId).ToListAsync(cancellationToken).ConfigureAwait(false);
        return await db.CalendarOfAsync(followed.Count == 0 ? null : followed, cancellationToken).ConfigureAwait(false);
    }
}
