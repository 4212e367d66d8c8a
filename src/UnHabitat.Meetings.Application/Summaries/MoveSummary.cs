using System.Text.Json;
using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;

namespace UnHabitat.Meetings.Application.Summaries;

public enum SummaryStep
{
    Submit,
    Publish,
    Revise,
}

/// <summary>
/// The Secretariat's forward steps of the summary's workflow: submit for clearing (once the meeting has
/// begun), publish once cleared (the assembled text is stored as published), start a correcting revision.
/// Taking it back to draft is <see cref="ReturnSummary"/>.
/// </summary>
[RequiresRole(Roles.Secretariat)]
public sealed record MoveSummary(Guid MeetingId, SummaryStep Step, int? Version) : ICommand<SummaryDto>;

internal sealed class MoveSummaryHandler(IMeetingsDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<MoveSummary, SummaryDto>
{
    public async Task<SummaryDto> Handle(MoveSummary request, CancellationToken cancellationToken)
    {
        var (meeting, body) = await db.LoadMeetingAsync(request.MeetingId, cancellationToken).ConfigureAwait(false);
        var summary = await db.WorkflowAsync(meeting.Id, cancellationToken).ConfigureAwait(false);
        if (request.Version is not null)
        {
            summary.EnsureVersion(request.Version.Value);
        }

        var content = await db.AssembleAsync(meeting.Id, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        switch (request.Step)
        {
            case SummaryStep.Submit:
                summary.Submit(meeting, user.AsActor(), now, content);
                Agendas.AgendaNotices.TellChairs(db, body, meeting, "SummaryAwaitsClearance", $"The summary of the {Domain.Meetings.Meeting.TitleFor(meeting.Number, body.Name)} awaits your clearance.", now);
                break;
            case SummaryStep.Publish:
                summary.Publish(user.AsActor(), now, JsonSerializer.Serialize(content, SummarySupport.Json));
                break;
            default:
                summary.Revise(user.AsActor(), now);
                break;
        }

        return SummarySupport.Dto(summary, content, summary.Status, summary.Revision, user, body);
    }
}
