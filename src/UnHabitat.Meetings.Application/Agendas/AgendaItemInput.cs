using System.Linq.Expressions;
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

    /// <summary>What an added or changed item sends: the version read, a title, and a place (from 1) if any.</summary>
    public static void TitleAndPlace<T>(AbstractValidator<T> v, Expression<Func<T, int?>> version, Expression<Func<T, string?>> title, Expression<Func<T, int?>> position)
    {
        v.RuleFor(version).AgendaVersion();
        v.RuleFor(title).NotEmpty().WithMessage("Give the item's title.")
            .MaximumLength(Limits.Title).WithMessage($"An item's title can have at most {Limits.Title} characters.");
        var place = position.Compile();
        v.RuleFor(position).GreaterThan(0).When(x => place(x) is not null);
    }

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
