using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;

namespace UnHabitat.Meetings.Application.Summaries;

/// <summary>A chair of the meeting's body clears the submitted summary for publication; the text cleared is kept.</summary>
[RequiresRole(Roles.Chair)]
public sealed record ClearSummary(Guid MeetingId, int? Version) : ICommand<SummaryDto>;

internal sealed class ClearSummaryHandler(IMeetingsDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<ClearSummary, SummaryDto>
{
    public async Task<SummaryDto> Handle(ClearSummary request, CancellationToken cancellationToken)
    {
        var (meeting, body) = await db.LoadMeetingAsync(request.MeetingId, cancellationToken).ConfigureAwait(false);
        var summary = await db.WorkflowAsync(meeting.Id, cancellationToken).ConfigureAwait(false);
        summary.EnsureVersion(request.Version!.Value);

        var content = await db.AssembleAsync(meeting.Id, cancellationToken).ConfigureAwait(false);
        summary.Clear(body, user.AsActor(), clock.GetUtcNow(), content);
        return SummarySupport.Dto(summary, content, summary.Status, summary.Revision, user, body);
    }
}
