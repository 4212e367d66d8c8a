using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Paging;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Documents;
using UnHabitat.Meetings.Domain.Meetings;

namespace UnHabitat.Meetings.Application.Summaries;

/// <summary>A published summary as a list shows it: its meeting, and its latest revision and when that was published.</summary>
public sealed record PublishedSummaryDto(MeetingDto Meeting, int Revision, DateTimeOffset PublishedAt);

/// <summary>
/// The published summaries the caller may read (by the rule of <see cref="GetSummary"/>), of one body and of
/// meetings between two dates when asked, newest meeting first, one page at a time: the public page's list
/// (and, with <paramref name="MeetingId"/>, the latest publication of one meeting's summary).
/// </summary>
[PublicRequest]
public sealed record ListPublishedSummaries(Guid? BodyId = null, DateTimeOffset? From = null, DateTimeOffset? To = null, PageRequest? Page = null, Guid? MeetingId = null)
    : IQuery<Page<PublishedSummaryDto>>, IPagedQuery;

internal sealed class ListPublishedSummariesHandler(IMeetingsDbContext db, ICurrentUser user) : IRequestHandler<ListPublishedSummaries, Page<PublishedSummaryDto>>
{
    public async Task<Page<PublishedSummaryDto>> Handle(ListPublishedSummaries request, CancellationToken cancellationToken)
    {
        // A dozen bodies decide who reads what: those whose every published summary the caller may read, and
        // those (Restricted, for a member delegation) where it depends on membership on the meeting's day.
        var bodies = await db.Bodies.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        var open = bodies.Where(b => user.SeesDraftsOf(b) || DistributionRule.Admits(b.DocumentDistribution, user.IsAuthenticated, null, [])).Select(b => b.Id).ToList();
        var byMembership = user.IsAuthenticated && user.MemberState is not null
            ? bodies.Where(b => !open.Contains(b.Id)).ToDictionary(b => b.Id)
            : [];

        var published = db.Meetings.AsNoTracking().Where(m => db.MeetingSummaries.Any(s => s.Id == m.Id && s.Published.Any()));
        if (request.MeetingId is { } meetingId)
        {
            published = published.Where(m => m.Id == meetingId);
        }

        if (request.BodyId is { } bodyId)
        {
            published = published.Where(m => m.BodyId == bodyId);
        }

        if (request.From is { } from)
        {
            var start = from.ToUniversalTime();
            published = published.Where(m => m.EndsAt >= start);
        }

        if (request.To is { } to)
        {
            var end = to.ToUniversalTime();
            published = published.Where(m => m.StartsAt <= end);
        }

        // Membership counts on the meeting's day in its venue's calendar, which SQL cannot compute: the few
        // meetings of those bodies are checked by their keys, and the list then filtered on the ids kept.
        var membershipIds = new List<Guid>();
        if (byMembership.Count > 0)
        {
            var restrictedIds = byMembership.Keys.ToList();
            var candidates = await published.Where(m => restrictedIds.Contains(m.BodyId)).Select(m => new { m.Id, m.BodyId, m.StartsAt, m.EndsAt, m.TimeZoneId })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            membershipIds = [.. candidates.Where(c => byMembership[c.BodyId].PublishedPapersAdmit(true, user.MemberState, new MeetingSchedule(c.StartsAt, c.EndsAt, c.TimeZoneId).Day)).Select(c => c.Id)];
        }

        // Said as "not of a closed body" (usually none or one): an inclusion list of every open body would make the
        // engine read each body's meetings and sort them all; this way it walks the meetings newest first and stops.
        var closed = bodies.Select(b => b.Id).Except(open).ToList();
        var page = await published.Where(m => !closed.Contains(m.BodyId) || membershipIds.Contains(m.Id))
            .OrderByDescending(m => m.StartsAt).ThenBy(m => m.Id)
            .Select(m => new
            {
                Row = new MeetingRow(
                    m.Id, m.BodyId, m.SessionId, m.Number, m.Status, m.StatusReason, m.StartsAt, m.EndsAt, m.TimeZoneId, m.Venue, m.Modality,
                    new ChairDto(m.Chair.Honorific, m.Chair.Name, m.Chair.Function), m.Agenda.Status, m.Version, m.EnteredAfterTheFact),
                // Two scalar subqueries (not a lateral join, which SQLite lacks), and never a revision's text.
                Revision = db.MeetingSummaries.Where(s => s.Id == m.Id).SelectMany(s => s.Published).Max(p => p.Revision),
                PublishedAt = db.MeetingSummaries.Where(s => s.Id == m.Id).SelectMany(s => s.Published).OrderByDescending(p => p.Revision).Select(p => p.PublishedAt).First(),
            })
            .ToPageAsync(request.Page, cancellationToken).ConfigureAwait(false);
        var names = bodies.ToDictionary(b => b.Id);
        return page.Map(l => new PublishedSummaryDto(MeetingDto.From(l.Row, names[l.Row.BodyId].ShortName, names[l.Row.BodyId].Name), l.Revision, l.PublishedAt));
    }
}
