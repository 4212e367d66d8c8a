using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Errors;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Summaries;

namespace UnHabitat.Meetings.Application.Summaries;

/// <summary>
/// The assembled summary. The Secretariat and the body's chairs see the working revision; delegations see the latest
/// published revision only, and the public only when the body's documents are of General distribution.
/// A published <see cref="Revision"/> can be asked for by number.
/// </summary>
[PublicRequest]
public sealed record GetSummary(Guid MeetingId, int? Revision = null) : IQuery<SummaryDto>;

internal sealed class GetSummaryHandler(IMeetingsDbContext db, ICurrentUser user) : IRequestHandler<GetSummary, SummaryDto>
{
    public async Task<SummaryDto> Handle(GetSummary request, CancellationToken cancellationToken)
    {
        var (meeting, body) = await db.LoadMeetingAsync(request.MeetingId, cancellationToken).ConfigureAwait(false);
        var summary = await db.MeetingSummaries.AsNoTracking().FirstOrDefaultAsync(s => s.Id == meeting.Id, cancellationToken).ConfigureAwait(false)
            ?? new MeetingSummary(meeting.Id);
        var insider = user.SeesDraftsOf(body);
        var mayReadPublished = SummarySupport.MayReadPublished(user, body, meeting);

        var wanted = request.Revision is null
            ? (insider ? null : summary.LatestPublished)
            : summary.Published.FirstOrDefault(p => p.Revision == request.Revision);
        if (request.Revision is not null && wanted is null && !(insider && request.Revision == summary.Revision))
        {
            throw new NotFoundException($"Revision {request.Revision} of the summary of meeting", meeting.Id);
        }

        if (wanted is not null)
        {
            return mayReadPublished
                ? SummarySupport.Dto(summary, SummarySupport.Read(wanted), SummaryStatus.Published, wanted.Revision, user, body)
                : throw new NotFoundException("Summary of meeting", meeting.Id);
        }

        if (!insider)
        {
            // Nothing published yet: for outsiders the summary does not exist.
            throw new NotFoundException("Summary of meeting", meeting.Id);
        }

        var content = await db.AssembleAsync(meeting.Id, cancellationToken).ConfigureAwait(false);
        return SummarySupport.Dto(summary, content, summary.Status, summary.Revision, user, body);
    }
}
