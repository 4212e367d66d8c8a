using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;

namespace UnHabitat.Meetings.Application.Summaries;

/// <summary>The Secretariat starts a correcting revision of a published summary; the published one stays readable.</summary>
[RequiresRole(Roles.Secretariat)]
public sealed record ReviseSummary(Guid MeetingId, int? Version) : ICommand<SummaryDto>;

internal sealed class ReviseSummaryHandler(IMeetingsDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<ReviseSummary, SummaryDto>
{
    public async Task<SummaryDto> Handle(ReviseSummary request, CancellationToken cancellationToken)
    {
        var (meeting, body) = await db.LoadMeetingAsync(request.MeetingId, cancellationToken).ConfigureAwait(false);
        var summary = await db.WorkflowAsync(meeting.Id, cancellationToken).ConfigureAwait(false);
        summary.EnsureVersion(request.Version!.Value);

        var content = await db.AssembleAsync(meeting.Id, cancellationToken).ConfigureAwait(false);
        summary.Revise(user.AsActor(), clock.GetUtcNow());
        return SummarySupport.Dto(summary, content, summary.Status, summary.Revision, user, body);
    }
}
