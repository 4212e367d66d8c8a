using System.Text.Json;
using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;

namespace UnHabitat.Meetings.Application.Summaries;

/// <summary>The Secretariat publishes the cleared summary: the assembled text is stored as the published revision.</summary>
[RequiresRole(Roles.Secretariat)]
public sealed record PublishSummary(Guid MeetingId, int? Version) : ICommand<SummaryDto>;

internal sealed class PublishSummaryHandler(IMeetingsDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<PublishSummary, SummaryDto>
{
    public async Task<SummaryDto> Handle(PublishSummary request, CancellationToken cancellationToken)
    {
        var (meeting, body) = await db.LoadMeetingAsync(request.MeetingId, cancellationToken).ConfigureAwait(false);
        var summary = await db.WorkflowAsync(meeting.Id, cancellationToken).ConfigureAwait(false);
        summary.EnsureVersion(request.Version!.Value);

        var content = await db.AssembleAsync(meeting.Id, cancellationToken).ConfigureAwait(false);
        summary.Publish(user.AsActor(), clock.GetUtcNow(), JsonSerializer.Serialize(content, SummarySupport.Json));
        return SummarySupport.Dto(summary, content, summary.Status, summary.Revision, user, body);
    }
}
