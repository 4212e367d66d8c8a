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

/// <summary>A chair of the meeting's body approves the submitted agenda; the officer who submitted it is told.</summary>
[RequiresRole(Roles.Chair)]
public sealed record ApproveAgenda(Guid MeetingId, int? Version) : ICommand<AgendaDto>;

internal sealed class ApproveAgendaHandler(IMeetingsDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<ApproveAgenda, AgendaDto>
{
    public async Task<AgendaDto> Handle(ApproveAgenda request, CancellationToken cancellationToken)
    {
        var (meeting, body) = await db.LoadMeetingAsync(request.MeetingId, cancellationToken).ConfigureAwait(false);
        meeting.EnsureVersion(request.Version!.Value);

        var (by, now) = (user.AsActor(), clock.GetUtcNow());
        meeting.ApproveAgenda(body, by, now);
        AgendaNotices.TellSubmitter(db, meeting, "AgendaApproved", $"The agenda of the {AgendaNotices.Title(meeting, body)} was approved by {by.Name}.", now);
        return AgendaDto.From(meeting, withHistory: true);
    }
}
