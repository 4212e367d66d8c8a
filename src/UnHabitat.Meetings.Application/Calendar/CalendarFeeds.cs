using System.Security.Cryptography;
using System.Text;
using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Errors;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Notifications;

namespace UnHabitat.Meetings.Application.Calendar;

/// <summary>The public calendar of a body's meetings (or of all bodies).</summary>
[PublicRequest]
public sealed record BodyCalendar(Guid? BodyId) : IQuery<string>;

/// <summary>Issues a personal feed address for calendar apps; the token is shown once and kept as a hash.</summary>
[RequiresSignedInUser]
public sealed record CreateCalendarFeed : ICommand<string>;

/// <summary>Revokes every personal feed address of the caller.</summary>
[RequiresSignedInUser]
public sealed record RevokeCalendarFeeds : ICommand<int>;

/// <summary>The personal feed: meetings of the bodies the user follows (all, when none is chosen).</summary>
[PublicRequest]
public sealed record PersonalCalendar(string Token) : IQuery<string>;

internal sealed class CalendarHandlers(IMeetingsDbContext db, ICurrentUser user, TimeProvider clock) :
    IRequestHandler<BodyCalendar, string>, IRequestHandler<CreateCalendarFeed, string>, IRequestHandler<RevokeCalendarFeeds, int>, IRequestHandler<PersonalCalendar, string>
{
    public async Task<string> Handle(BodyCalendar request, CancellationToken cancellationToken) =>
        await CalendarOfAsync(request.BodyId is null ? null : [request.BodyId.Value], cancellationToken).ConfigureAwait(false);

    public Task<string> Handle(CreateCalendarFeed request, CancellationToken cancellationToken)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        db.CalendarFeeds.Add(new CalendarFeed(Guid.NewGuid(), user.UserId!.Value, Hash(token), clock.GetUtcNow()));
        return Task.FromResult(token);
    }

    public async Task<int> Handle(RevokeCalendarFeeds request, CancellationToken cancellationToken)
    {
        var feeds = await db.CalendarFeeds.Where(f => f.UserId == user.UserId && f.RevokedAt == null).ToListAsync(cancellationToken).ConfigureAwait(false);
        feeds.ForEach(f => f.Revoke(clock.GetUtcNow()));
        return feeds.Count;
    }

    public async Task<string> Handle(PersonalCalendar request, CancellationToken cancellationToken)
    {
        var hash = Hash(request.Token);
        var feed = await db.CalendarFeeds.AsNoTracking().FirstOrDefaultAsync(f => f.TokenHash == hash && f.RevokedAt == null, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("Calendar feed", "(token)");
        var followed = await db.Subscriptions.AsNoTracking().Where(s => s.UserId == feed.UserId).Select(s => s.BodyId).ToListAsync(cancellationToken).ConfigureAwait(false);
        return await CalendarOfAsync(followed.Count == 0 ? null : followed, cancellationToken).ConfigureAwait(false);
    }

    private async Task<string> CalendarOfAsync(IReadOnlyCollection<Guid>? bodyIds, CancellationToken ct)
    {
        var meetings = await db.Meetings.AsNoTracking().Where(m => bodyIds == null || bodyIds.Contains(m.BodyId)).OrderBy(m => m.StartsAt).ToListAsync(ct).ConfigureAwait(false);
        var bodies = await db.Bodies.AsNoTracking().ToDictionaryAsync(b => b.Id, ct).ConfigureAwait(false);
        var name = bodyIds is { Count: 1 } ? bodies[bodyIds.First()].ShortName + " meetings" : "UN-Habitat governing bodies' meetings";
        return ICalendar.Write(meetings.Select(m => (m, bodies[m.BodyId])), name);
    }

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
