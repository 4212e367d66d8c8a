using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Errors;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Application.Sessions;

namespace UnHabitat.Meetings.Application.Journals;

/// <summary>One day of a session and the latest journal published for it that the caller may read, if any.</summary>
public sealed record PublishedJournalDayDto(DateOnly Date, int Day, int? Revision, DateTimeOffset? PublishedAt);

public sealed record SessionJournalsDto(SessionDto Session, string BodyName, string BodyShortName, IReadOnlyList<PublishedJournalDayDto> Days);

/// <summary>
/// The session's days with their published journals, for delegations and the public: a day shows its journal
/// only once published and only as the body's distribution allows the caller (drafts are never listed here).
/// </summary>
[PublicRequest]
public sealed record ListPublishedJournals(Guid SessionId) : IQuery<SessionJournalsDto>;

internal sealed class ListPublishedJournalsHandler(IMeetingsDbContext db, ICurrentUser user) : IRequestHandler<ListPublishedJournals, SessionJournalsDto>
{
    public async Task<SessionJournalsDto> Handle(ListPublishedJournals request, CancellationToken cancellationToken)
    {
        var session = await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == request.SessionId, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("Session", request.SessionId);
        var body = await db.Bodies.AsNoTracking().FirstAsync(b => b.Id == session.BodyId, cancellationToken).ConfigureAwait(false);
        var journals = await db.DailyJournals.AsNoTracking().Where(j => j.SessionId == session.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var days = new List<PublishedJournalDayDto>();
        for (var date = session.StartsOn; date <= session.EndsOn; date = date.AddDays(1))
        {
            var latest = journals.FirstOrDefault(j => j.Date == date)?.LatestPublished;
            var readable = latest is not null && JournalSupport.MayReadPublished(user, body, date);
            days.Add(new PublishedJournalDayDto(date, date.DayNumber - session.StartsOn.DayNumber + 1, readable ? latest!.Revision : null, readable ? latest!.PublishedAt : null));
        }

        return new SessionJournalsDto(SessionDto.From(session), body.Name, body.ShortName, days);
    }
}
