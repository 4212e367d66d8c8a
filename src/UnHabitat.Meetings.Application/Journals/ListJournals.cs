using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Errors;
using UnHabitat.Meetings.Application.Paging;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Journals;

namespace UnHabitat.Meetings.Application.Journals;

/// <summary>One day of a session and where its journal stands, for the Secretariat's dashboard.</summary>
public sealed record JournalDayDto(DateOnly Date, int Day, JournalStatus Status, int Revision, int? LatestPublishedRevision, DateTimeOffset? PublishedAt, int Version);

/// <summary>Every day of the session with its journal: a draft until published, then its revisions.</summary>
[RequiresRole(Roles.Secretariat, Roles.Chair)]
public sealed record ListJournals(Guid SessionId, PageRequest? Page = null) : IQuery<Page<JournalDayDto>>, IPagedQuery;

internal sealed class ListJournalsHandler(IMeetingsDbContext db, ICurrentUser user) : IRequestHandler<ListJournals, Page<JournalDayDto>>
{
    public async Task<Page<JournalDayDto>> Handle(ListJournals request, CancellationToken cancellationToken)
    {
        var session = await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == request.SessionId, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("Session", request.SessionId);
        var body = await db.Bodies.AsNoTracking().FirstAsync(b => b.Id == session.BodyId, cancellationToken).ConfigureAwait(false);
        user.EnsureSeesDraftsOf(body);
        var journals = await db.DailyJournals.AsNoTracking().Where(j => j.SessionId == session.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var days = new List<JournalDayDto>();
        for (var date = session.StartsOn; date <= session.EndsOn; date = date.AddDays(1))
        {
            var journal = journals.FirstOrDefault(j => j.Date == date);
            var latest = journal?.LatestPublished;
            days.Add(new JournalDayDto(date, date.DayNumber - session.StartsOn.DayNumber + 1, journal?.Status ?? JournalStatus.Draft, journal?.Revision ?? 1,
                latest?.Revision, latest?.PublishedAt, journal?.Version ?? 0));
        }

        return days.ToPage(request.Page);
    }
}
