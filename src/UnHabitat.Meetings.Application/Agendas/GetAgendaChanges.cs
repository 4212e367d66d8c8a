using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Meetings;

namespace UnHabitat.Meetings.Application.Agendas;

/// <summary>
/// What changed in the agenda's items since the calling chair last approved or returned it. Null
/// <c>SeenAt</c>: the chair has not decided on this agenda yet, so everything on it is new to them. Only for
/// the chairs of the meeting's own body: to others an agenda in preparation does not show.
/// </summary>
public sealed record AgendaChangesDto(DateTimeOffset? SeenAt, AgendaStatus? SeenDecision, IReadOnlyList<AgendaChange> Changes);

[RequiresRole(Roles.Chair)]
public sealed record GetAgendaChanges(Guid MeetingId) : IQuery<AgendaChangesDto>;

internal sealed class GetAgendaChangesHandler(IMeetingsDbContext db, ICurrentUser user) : IRequestHandler<GetAgendaChanges, AgendaChangesDto>
{
    public async Task<AgendaChangesDto> Handle(GetAgendaChanges request, CancellationToken cancellationToken)
    {
        var (meeting, body) = await db.LoadMeetingAsync(request.MeetingId, cancellationToken).ConfigureAwait(false);
        user.EnsureSeesDraftsOf(body);
        var seen = meeting.Agenda.LastDecisionBy(user.UserId!.Value);
        return seen is null
            ? new AgendaChangesDto(null, null, [])
            : new AgendaChangesDto(seen.At, seen.To, meeting.Agenda.ChangesSince(seen));
    }
}
