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

/// <summary>The Secretariat records the agenda as adopted at the meeting, with any oral amendments.</summary>
[RequiresRole(Roles.Secretariat)]
public sealed record AdoptAgenda(Guid MeetingId, string? Amendments, int? Version) : ICommand<AgendaDto>;

internal sealed class AdoptAgendaValidator : AbstractValidator<AdoptAgenda>
{
    public AdoptAgendaValidator() => RuleFor(x => x.Amendments).MaximumLength(Limits.Text);
}

internal sealed class AdoptAgendaHandler(IMeetingsDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<AdoptAgenda, AgendaDto>
{
    public async Task<AgendaDto> Handle(AdoptAgenda request, CancellationToken cancellationToken)
    {
        var (meeting, _) = await db.LoadMeetingAsync(request.MeetingId, cancellationToken).ConfigureAwait(false);
        meeting.EnsureVersion(request.Version!.Value);

        meeting.AdoptAgenda(user.AsActor(), clock.GetUtcNow(), request.Amendments);
        return AgendaDto.From(meeting, withHistory: true);
    }
}
