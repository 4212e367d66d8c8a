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

/// <summary>The Secretariat submits the agenda for approval, and adopts it at the meeting.</summary>
[RequiresRole(Roles.Secretariat)]
public sealed record SubmitOrAdoptAgenda(Guid MeetingId, bool Adopt, string? Amendments, int? Version) : ICommand<AgendaDto>;

internal sealed class SubmitOrAdoptAgendaValidator : AbstractValidator<SubmitOrAdoptAgenda>
{
    public SubmitOrAdoptAgendaValidator() => RuleFor(x => x.Amendments).MaximumLength(Limits.Text);
}

internal sealed class SubmitOrAdoptAgendaHandler(IMeetingsDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<SubmitOrAdoptAgenda, AgendaDto>
{
    public async Task<AgendaDto> Handle(SubmitOrAdoptAgenda request, CancellationToken cancellationToken)
    {
        var (meeting, body) = await db.LoadMeetingAsync(request.MeetingId, cancellationToken).ConfigureAwait(false);
        if (request.Version is not null)
        {
            meeting.EnsureVersion(request.Version.Value);
        }

        var now = clock.GetUtcNow();
        if (request.Adopt)
        {
            meeting.AdoptAgenda(user.AsActor(), now, request.Amendments);
        }
        else
        {
            meeting.SubmitAgenda(user.AsActor(), now);
            db.TellChairs(body, meeting, "AgendaAwaitsApproval", $"The provisional agenda of the {AgendaNotices.Title(meeting, body)} awaits your approval.", now);
        }

        return AgendaDto.From(meeting, withHistory: true);
    }
}
