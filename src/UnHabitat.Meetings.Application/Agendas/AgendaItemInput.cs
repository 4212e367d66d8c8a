using FluentValidation;
using UnHabitat.Meetings.Application.Errors;
using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Domain.Meetings;

namespace UnHabitat.Meetings.Application.Agendas;

/// <summary>What the item edits (add, change, remove) check the same way before the meeting decides.</summary>
internal static class AgendaItemInput
{
    public static IRuleBuilderOptions<T, int?> AgendaVersion<T>(this IRuleBuilder<T, int?> rule) =>
        rule.NotNull().WithMessage("Send back the agenda's version you read (\"version\" in the body or an If-Match header).");

    public static IRuleBuilderOptions<T, string?> ItemTitle<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage("Give the item's title.")
            .MaximumLength(Limits.Title).WithMessage($"An item's title can have at most {Limits.Title} characters.");

    /// <summary>A parent that is not on this agenda is bad input (400), not a broken rule: the sender named the wrong item.</summary>
    public static void EnsureParentOnAgenda(this Meeting meeting, Guid? parentId)
    {
        if (parentId is not null && !meeting.Agenda.Contains(parentId.Value))
        {
            throw InvalidInput.For("parentId", "There is no such item on this agenda to put the item under.");
        }
    }

    /// <summary>The item asked for is not on this agenda (any more): 404, as for any missing thing.</summary>
    public static void EnsureItemOnAgenda(this Meeting meeting, Guid itemId)
    {
        if (!meeting.Agenda.Contains(itemId))
        {
            throw new NotFoundException("Agenda item", itemId);
        }
    }
}
