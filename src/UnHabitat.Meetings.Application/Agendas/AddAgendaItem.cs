using FluentValidation;
using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;

namespace UnHabitat.Meetings.Application.Agendas;

/// <summary>
/// The Secretariat adds an item at the end, or at <c>Position</c> among its siblings, under <c>ParentId</c>; the
/// numbers after it follow. Adding to a submitted or approved agenda sends it back to draft and tells the chairs.
/// </summary>
[RequiresRole(Roles.Secretariat)]
public sealed record AddAgendaItem(Guid MeetingId, string? Title, Guid? ParentId, int? Position, int? Version) : ICommand<AgendaDto>;

internal sealed class AddAgendaItemValidator : AbstractValidator<AddAgendaItem>
{
    public AddAgendaItemValidator() => AgendaItemInput.TitleAndPlace(this, x => x.Version, x => x.Title, x => x.Position);
}

internal sealed class AddAgendaItemHandler(IMeetingsDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<AddAgendaItem, AgendaDto>
{
    public async Task<AgendaDto> Handle(AddAgendaItem request, CancellationToken cancellationToken)
    {
        var (meeting, body) = await db.LoadMeetingAsync(request.MeetingId, cancellationToken).ConfigureAwait(false);
        meeting.EnsureVersion(request.Version!.Value);
        meeting.EnsureParentOnAgenda(request.ParentId);

        var (by, now, before) = (user.AsActor(), clock.GetUtcNow(), meeting.Agenda.Status);
        var sentBack = meeting.AddAgendaItem(Guid.NewGuid(), request.Title!.Trim(), request.ParentId, request.Position, by, now);
        db.TellChairsIfSentBack(sentBack, before, body, meeting, now);
        return AgendaDto.From(meeting, withHistory: true);
    }
}
