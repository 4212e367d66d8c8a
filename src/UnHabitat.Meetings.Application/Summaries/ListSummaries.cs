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
/// The summaries the caller may know of, for work lists and the public page. The Secretariat sees every
/// workflow state (optionally only <see cref="Status"/>), a chair those of the bodies they chair; of every
/// other summary one sees only the published revisions one may read, by the same rule as <see cref="GetSummary"/>.
/// </summary>
[PublicRequest]
public sealed record ListSummaries(SummaryStatus? Status = null) : IQuery<IReadOnlyList<SummaryStateDto>>;

internal sealed class ListSummariesHandler(IMeetingsDbContext db, ICurrentUser user) : IRequestHandler<ListSummaries, IReadOnlyList<SummaryStateDto>>
{
    public async Task<IReadOnlyList<SummaryStateDto>> Handle(ListSummaries request, CancellationToken cancellationToken)
    {
        var query = db.MeetingSummaries.AsNoTracking();
        if (request.Status is { } wanted)
        {
            // Filtered in the database: a work list of submitted summaries must not read ten years of published ones.
            // Readers outside the body see a published revision whatever state the next revision is in.
            query = wanted == SummaryStatus.Published ? query.Where(s => s.Status == wanted || s.Published.Any()) : query.Where(s => s.Status == wanted);
        }

        // The workflow's columns and the latest publication's number and time, not every published text and step.
        var summaries = await query
            .Select(s => new SummaryLine(
                s.Id,
                s.Status,
                s.Revision,
                s.Version,
                s.Published.Max(p => (int?)p.Revision),
                s.Published.OrderByDescending(p => p.Revision).Select(p => (DateTimeOffset?)p.PublishedAt).FirstOrDefault()))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        bool Wanted(SummaryStatus status) => request.Status is null || status == request.Status;
        if (user.ServesEveryBody())
        {
            return [.. summaries.Where(s => Wanted(s.Status)).Select(Describe)];
        }

        // A chair's own bodies show every state; the rest only what is published and readable.
        var candidates = summaries.Where(s => s.PublishedRevision is not null || user.IsInRole(Roles.Chair)).ToList();
        var meetingIds = candidates.Select(s => s.Id).ToList();
        var meetings = await db.Meetings.AsNoTracking().Where(m => meetingIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, cancellationToken).ConfigureAwait(false);
        var bodyIds = meetings.Values.Select(m => m.BodyId).Distinct().ToList();
        var bodies = await db.Bodies.AsNoTracking().Where(b => bodyIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, cancellationToken).ConfigureAwait(false);
        var lines = new List<SummaryStateDto>();
        foreach (var summary in candidates.Where(s => meetings.ContainsKey(s.Id)))
        {
            var meeting = meetings[summary.Id];
            var body = bodies[meeting.BodyId];
            if (user.SeesDraftsOf(body))
            {
                if (Wanted(summary.Status))
                {
                    lines.Add(Describe(summary));
                }
            }
            else if (summary.PublishedRevision is { } latest && Wanted(SummaryStatus.Published) && SummarySupport.MayReadPublished(user, body, meeting))
            {
                lines.Add(Describe(summary) with { Status = SummaryStatus.Published, Revision = latest });
            }
        }

        return lines;
    }

    private static SummaryStateDto Describe(SummaryLine s) =>
        new(s.Id, s.Status, s.Revision, s.PublishedRevision, s.PublishedAt, s.Version);

    private sealed record SummaryLine(Guid Id, SummaryStatus Status, int Revision, int Version, int? PublishedRevision, DateTimeOffset? PublishedAt);
}
