using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;

namespace UnHabitat.Meetings.Application.Agendas;

/// <summary>The agenda of a meeting; public once approved, and until then it does not exist for outsiders.</summary>
[PublicRequest]
public sealed record GetAgenda(Guid MeetingId) : IQuery<AgendaDto>;

internal sealed class GetAgendaHandler(IMeetingsDbContext db, ICurrentUser user) : IRequestHandler<GetAgenda, AgendaDto>
{
    public async Task<AgendaDto> Handle(GetAgenda request, CancellationToken cancellationToken)
    {
        var (meeting, body) = await db.LoadMeetingAsync(request.MeetingId, cancellationToken).ConfigureAwait(false);
        meeting.EnsureVisibleTo(user, body);
        return AgendaDto.From(meeting, withHistory: user.SeesDraftsOf(body));
    }
}
