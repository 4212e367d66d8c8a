using FluentValidation;
using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;

namespace UnHabitat.Meetings.Application.Agendas;

/// <summary>
/// The Secretariat renames an item, or moves it (with its sub-items) under another parent or to another position;
/// the numbers follow. Changing a submitted or approved agenda sends it back to draft and tells the chairs.
/// </summary>
[RequiresRole(Roles.Secretariat)]
public sealed record ChangeAgendaItem(Guid MeetingId, Guid ItemId, string? Title, Guid? ParentId, int? Position, int? Version) : ICommand<AgendaDto>;

internal sealed class ChangeAgendaItemValidator : AbstractValidator<ChangeAgendaItem>
{
    public ChangeAgendaItemValidator() => AgendaItemInput.TitleAndPlace(this, x => x.Version, x => x.Title, x => x.Position);
}

internal sealed class ChangeAgendaItemHandler(IMeetingsDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<ChangeAgendaItem, AgendaDto>
{
    public async Task<AgendaDto> Handle(ChangeAgendaItem request, CancellationToken cancellationToken)
    {
        var (meeting, body) = await db.LoadMeetingAsync(request.MeetingId, cancellationToken).ConfigureAwait(false);
        meeting.EnsureVersion(request.Version!.Value);
        meeting.EnsureParentOnAgenda(request.ParentId);
        meeting.EnsureItemOnAgenda(request.ItemId);

        var (by, now, before) = (user.AsActor(), clock.GetUtcNow(), meeting.Agenda.Status);
        var sentBack = meeting.ChangeAgendaItem(request.ItemId, request.Title!.Trim(), request.ParentId, request.Position, by, now);
        db.TellChairsIfSentBack(sentBack, before, body, meeting, now);
        return AgendaDto.From(meeting, withHistory: true);
    }
}
