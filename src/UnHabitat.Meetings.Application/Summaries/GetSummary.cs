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
        if (SummarySupport.Choose(summary, meeting, body, user, request.Revision) is { } wanted)
        {
            return SummarySupport.Dto(summary, SummarySupport.Read(wanted), SummaryStatus.Published, wanted.Revision, user, body);
        }

        var content = await db.AssembleAsync(meeting.Id, cancellationToken).ConfigureAwait(false);
        return SummarySupport.Dto(summary, content, summary.Status, summary.Revision, user, body);
    }
}
