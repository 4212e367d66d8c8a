using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Domain.Meetings;

namespace UnHabitat.Meetings.Application.Agendas;

/// <summary>The Secretariat submits the provisional agenda to the chairs of the body for approval.</summary>
[RequiresRole(Roles.Secretariat)]
public sealed record SubmitAgenda(Guid MeetingId, int? Version) : ICommand<AgendaDto>;

internal sealed class SubmitAgendaHandler(IMeetingsDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<SubmitAgenda, AgendaDto>
{
    public async Task<AgendaDto> Handle(SubmitAgenda request, CancellationToken cancellationToken)
    {
        var (meeting, body) = await db.LoadMeetingAsync(request.MeetingId, cancellationToken).ConfigureAwait(false);
        meeting.EnsureVersion(request.Version!.Value);

        var now = clock.GetUtcNow();
        meeting.SubmitAgenda(user.AsActor(), now);
        db.TellChairs(body, meeting, "AgendaAwaitsApproval", $"The provisional agenda of the {AgendaNotices.Title(meeting, body)} awaits your approval.", now);
        return AgendaDto.From(meeting, withHistory: true);
    }
}
