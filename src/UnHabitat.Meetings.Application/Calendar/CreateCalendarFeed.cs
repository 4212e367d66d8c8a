using System.Security.Cryptography;
using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Notifications;

namespace UnHabitat.Meetings.Application.Calendar;

/// <summary>Issues a personal feed address for calendar apps; the token is shown once and kept as a hash.</summary>
[RequiresSignedInUser]
public sealed record CreateCalendarFeed : ICommand<string>;

internal sealed class CreateCalendarFeedHandler(IMeetingsDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<CreateCalendarFeed, string>
{
    public Task<string> Handle(CreateCalendarFeed request, CancellationToken cancellationToken)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        db.CalendarFeeds.Add(new CalendarFeed(Guid.NewGuid(), user.UserId!.Value, CalendarSupport.Hash(token), clock.GetUtcNow()));
        return Task.FromResult(token);
    }
}
