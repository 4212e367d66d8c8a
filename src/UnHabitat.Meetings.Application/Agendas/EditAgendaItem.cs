using FluentValidation;
using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Common;

namespace UnHabitat.Meetings.Application.Agendas;

public enum AgendaEdit
{
    Add,
    Change,
    Remove,
}

/// <summary>
/// Adds, changes (renames or moves) or removes an agenda item; the numbers follow. Editing a submitted or
/// approved agenda sends it back to draft and tells the body's chairs.
/// </summary>
[RequiresRole(Roles.Secretariat)]
public sealed record EditAgendaItem(Guid MeetingId, AgendaEdit Edit, Guid? ItemId, string? Title, Guid? ParentId, int? Position, int? Version)
    : ICommand<AgendaDto>;

internal sealed class EditAgendaItemValidator : AbstractValidator<EditAgendaItem>
{
    public EditAgendaItemValidator()
    {
        RuleFor(x => x.Version).NotNull().WithMessage("Send back the agenda's version you read (\"version\" in the body or an If-Match header).");
        RuleFor(x => x.Title).NotEmpty().WithMessage("Give the item's title.")
            .MaximumLength(Limits.Title).WithMessage($"An item's title can have at most {Limits.Title} characters.")
            .When(x => x.Edit != AgendaEdit.Remove);
        RuleFor(x => x.Position).GreaterThan(0).When(x => x.Position is not null);
    }
}

internal sealed class EditAgendaItemHandler(IMeetingsDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<EditAgendaItem, AgendaDto>
{
    public async Task<AgendaDto> Handle(EditAgendaItem request, CancellationToken cancellationToken)
    {
        var (meeting, body) = await db.LoadMeetingAsync(request.MeetingId, cancellationToken).ConfigureAwait(false);
        meeting.EnsureVersion(request.Version!.Value);
        if (request.ParentId is not null && !meeting.Agenda.Contains(request.ParentId.Value))
        {
            throw Errors.InvalidInput.For("parentId", "There is no such item on this agenda to put the item under.");
        }

        if (request.ItemId is not null && !meeting.Agenda.Contains(request.ItemId.Value))
        {
            throw new Errors.NotFoundException("Agenda item", request.ItemId.Value);
        }

        var (by, now) = (user.AsActor(), clock.GetUtcNow());
        var previousStatus = meeting.Agenda.Status;
        var sentBack = request.Edit switch
        {
            AgendaEdit.Add => meeting.AddAgendaItem(Guid.NewGuid(), request.Title!.Trim(), request.ParentId, request.Position, by, now),
            AgendaEdit.Change => meeting.ChangeAgendaItem(request.ItemId!.Value, request.Title!.Trim(), request.ParentId, request.Position, by, now),
            _ => meeting.RemoveAgendaItem(request.ItemId!.Value, by, now),
        };
        if (sentBack)
        {
            db.TellChairs(body, meeting, "AgendaSentBackToDraft",
                $"The agenda of the {AgendaNotices.Title(meeting, body)} was changed after it was {previousStatus.ToString().ToLowerInvariant()}; it is a draft again and will need your approval.", now);
        }

        return AgendaDto.From(meeting, withHistory: true);
    }
}
