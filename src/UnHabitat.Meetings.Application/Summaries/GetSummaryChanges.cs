using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Summaries;

namespace UnHabitat.Meetings.Application.Summaries;

/// <summary>
/// What changed in the summary's text since the calling chair last returned or cleared it. Null
/// <c>SeenAt</c>: the chair has not decided on this summary yet, so all of it is new to them.
/// </summary>
public sealed record SummaryChangesDto(DateTimeOffset? SeenAt, WorkflowStep? SeenStep, string? SeenComment, IReadOnlyList<SummaryTextChange> Changes);

[RequiresRole(Roles.Chair)]
public sealed record GetSummaryChanges(Guid MeetingId) : IQuery<SummaryChangesDto>;

internal sealed class GetSummaryChangesHandler(IMeetingsDbContext db, ICurrentUser user) : IRequestHandler<GetSummaryChanges, SummaryChangesDto>
{
    public async Task<SummaryChangesDto> Handle(GetSummaryChanges request, CancellationToken cancellationToken)
    {
        var (meeting, body) = await db.LoadMeetingAsync(request.MeetingId, cancellationToken).ConfigureAwait(false);
        user.EnsureSeesDraftsOf(body);
        var summary = await db.MeetingSummaries.AsNoTracking().FirstOrDefaultAsync(s => s.Id == meeting.Id, cancellationToken).ConfigureAwait(false);
        var seen = summary?.LastDecisionBy(user.UserId!.Value);
        if (seen is null)
        {
            return new SummaryChangesDto(null, null, null, []);
        }

        var now = await db.AssembleAsync(meeting.Id, cancellationToken).ConfigureAwait(false);
        return new SummaryChangesDto(seen.At, seen.Step, seen.Comment, MeetingSummary.ChangesSince(seen, now));
    }
}
