using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;

namespace UnHabitat.Meetings.Application.Summaries;

/// <summary>The Secretariat submits the draft summary to the chairs for clearing, once the meeting has begun.</summary>
[RequiresRole(Roles.Secretariat)]
public sealed record SubmitSummary(Guid MeetingId, int? Version) : ICommand<SummaryDto>;

internal sealed class SubmitSummaryHandler(IMeetingsDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<SubmitSummary, SummaryDto>
{
    public async Task<SummaryDto> Handle(SubmitSummary request, CancellationToken cancellationToken)
    {
        var (meeting, body) = await db.LoadMeetingAsync(request.MeetingId, cancellationToken).ConfigureAwait(false);
        var summary = await db.WorkflowAsync(meeting.Id, cancellationToken).ConfigureAwait(false);
        summary.EnsureVersion(request.Version!.Value);

        var content = await db.AssembleAsync(meeting.Id, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        summary.Submit(meeting, user.AsActor(), now, content);
        Agendas.AgendaNotices.TellChairs(db, body, meeting, "SummaryAwaitsClearance", $"The summary of the {Domain.Meetings.Meeting.TitleFor(meeting.Number, body.Name)} awaits your clearance.", now);
        return SummarySupport.Dto(summary, content, summary.Status, summary.Revision, user, body);
    }
}
