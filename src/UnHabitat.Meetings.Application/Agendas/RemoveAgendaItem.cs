using FluentValidation;
using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;

namespace UnHabitat.Meetings.Application.Agendas;

/// <summary>
/// The Secretariat removes an item and its sub-items; the numbers after it close the gap. Removing from a
/// submitted or approved agenda sends it back to draft and tells the chairs.
/// </summary>
[RequiresRole(Roles.Secretariat)]
public sealed record RemoveAgendaItem(Guid MeetingId, Guid ItemId, int? Version) : ICommand<AgendaDto>;

internal sealed class RemoveAgendaItemValidator : AbstractValidator<RemoveAgendaItem>
{
    public RemoveAgendaItemValidator() => RuleFor(x => x.Version).AgendaVersion();
}

internal sealed class RemoveAgendaItemHandler(IMeetingsDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<RemoveAgendaItem, AgendaDto>
{
    public async Task<AgendaDto> Handle(RemoveAgendaItem request, CancellationToken cancellationToken)
    {
        var (meeting, body) = await db.LoadMeetingAsync(request.MeetingId, cancellationToken).ConfigureAwait(false);
        meeting.EnsureVersion(request.Version!.Value);
        meeting.EnsureItemOnAgenda(request.ItemId);

        var (by, now, before) = (user.AsActor(), clock.GetUtcNow(), meeting.Agenda.Status);
        var sentBack = meeting.RemoveAgendaItem(request.ItemId, by, now);
        db.TellChairsIfSentBack(sentBack, before, body, meeting, now);
        return AgendaDto.From(meeting, withHistory: true);
    }
}
