using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Summaries;

namespace UnHabitat.Meetings.Application.Summaries;

/// <summary>One line per meeting that has a summary: where its workflow stands and its latest publication.</summary>
public sealed record SummaryStateDto(Guid MeetingId, SummaryStatus Status, int Revision, int? PublishedRevision, DateTimeOffset? PublishedAt, int Version);

/// <summary>
/// The summaries the caller may know of, for work lists and the public page. The Secretariat and chairs
/// see every workflow state (optionally only <see cref="Status"/>); everyone else sees only published
/// revisions they may read, by the same rule as <see cref="GetSummary"/>.
/// </summary>
[PublicRequest]
public sealed record ListSummaries(SummaryStatus? Status = null) : IQuery<IReadOnlyList<SummaryStateDto>>;

internal sealed class ListSummariesHandler(IMeetingsDbContext db, ICurrentUser user) : IRequestHandler<ListSummaries, IReadOnlyList<SummaryStateDto>>
{
    public async Task<IReadOnlyList<SummaryStateDto>> Handle(ListSummaries request, CancellationToken cancellationToken)
    {
        var summaries = await db.MeetingSummaries.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        if (user.SeesDrafts())
        {
            return [.. summaries.Where(s => request.Status is null || s.Status == request.Status).Select(Describe)];
        }

        if (request.Status is not (null or SummaryStatus.Published))
        {
            return [];
        }

        var published = summaries.Where(s => s.LatestPublished is not null).ToList();
        var meetingIds = published.Select(s => s.Id).ToList();
        var meetings = await db.Meetings.AsNoTracking().Where(m => meetingIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, cancellationToken).ConfigureAwait(false);
        var bodyIds = meetings.Values.Select(m => m.BodyId).Distinct().ToList();
        var bodies = await db.Bodies.AsNoTracking().Where(b => bodyIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, cancellationToken).ConfigureAwait(false);
        return [.. published
            .Where(s => meetings.TryGetValue(s.Id, out var meeting) && SummarySupport.MayReadPublished(user, bodies[meeting.BodyId], meeting))
            .Select(s => Describe(s) with { Status = SummaryStatus.Published, Revision = s.LatestPublished!.Revision })];
    }

    private static SummaryStateDto Describe(MeetingSummary s) =>
        new(s.Id, s.Status, s.Revision, s.LatestPublished?.Revision, s.LatestPublished?.PublishedAt, s.Version);
}
