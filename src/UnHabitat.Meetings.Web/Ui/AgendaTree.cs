using UnHabitat.Meetings.Application.Agendas;
using UnHabitat.Meetings.Application.Pipeline;

namespace UnHabitat.Meetings.Web.Ui;

/// <summary>
/// Which button of an item's row in the agenda editor was pressed, named as the page labels it. A page's word,
/// not a second name for the Application's steps: <see cref="AgendaTree.Command"/> turns it into one of them.
/// </summary>
public enum ItemButton
{
    Save,
    Up,
    Down,
    Indent,
    Outdent,
    Delete,
}

/// <summary>An agenda item with where it stands: its parent and its place among its siblings (from 1).</summary>
public sealed record PlacedItem(AgendaItemDto Item, Guid? ParentId, int Position, int SiblingCount, int Depth);

/// <summary>Reads the agenda tree as the editor needs it: reading order, places, and what a button asks for.</summary>
public static class AgendaTree
{
    public static IEnumerable<PlacedItem> InOrder(IReadOnlyList<AgendaItemDto> items, Guid? parentId = null, int depth = 1)
    {
        for (var i = 0; i < items.Count; i++)
        {
            yield return new PlacedItem(items[i], parentId, i + 1, items.Count, depth);
            foreach (var child in InOrder(items[i].Children, items[i].Id, depth + 1))
            {
                yield return child;
            }
        }
    }

    /// <summary>
    /// The one place where the editor's buttons become the Application's commands: Delete removes the item, Save
    /// renames it where it stands, the others move it and keep its title. Null when the item is not on the agenda
    /// or cannot move that way (the aggregate checks depth and the rest).
    /// </summary>
    public static ICommand<AgendaDto>? Command(Guid meetingId, IReadOnlyList<AgendaItemDto> items, Guid itemId, ItemButton button, string? title, int version)
    {
        var all = InOrder(items).ToList();
        var placed = all.FirstOrDefault(p => p.Item.Id == itemId);
        if (placed is null)
        {
            return null;
        }

        if (button == ItemButton.Delete)
        {
            return new RemoveAgendaItem(meetingId, itemId, version);
        }

        return Target(all, placed, button) is { } target
            ? new ChangeAgendaItem(meetingId, itemId, button == ItemButton.Save ? title : placed.Item.Title, target.ParentId, target.Position, version)
            : null;
    }

    /// <summary>Indent puts the item last under the sibling above it; outdent puts it just after its parent.</summary>
    private static (Guid? ParentId, int? Position)? Target(List<PlacedItem> all, PlacedItem placed, ItemButton button)
    {
        var siblings = all.Where(p => p.ParentId == placed.ParentId).ToList();
        return button switch
        {
            ItemButton.Up when placed.Position > 1 => (placed.ParentId, placed.Position - 1),
            ItemButton.Down when placed.Position < placed.SiblingCount => (placed.ParentId, placed.Position + 1),
            ItemButton.Indent when placed.Position > 1 => (siblings[placed.Position - 2].Item.Id, null),
            ItemButton.Outdent when placed.ParentId is not null => Outdent(all, placed.ParentId.Value),
            ItemButton.Save => (placed.ParentId, null),
            _ => null,
        };
    }

    private static (Guid?, int?) Outdent(List<PlacedItem> all, Guid parentId)
    {
        var parent = all.First(p => p.Item.Id == parentId);
        return (parent.ParentId, parent.Position + 1);
    }
}
