using UnHabitat.Meetings.Application.Agendas;

namespace UnHabitat.Meetings.Web.Ui;

public enum AgendaMove
{
    Rename,
    Up,
    Down,
    Indent,
    Outdent,
    Delete,
}

/// <summary>An agenda item with where it stands: its parent and its place among its siblings (from 1).</summary>
public sealed record PlacedItem(AgendaItemDto Item, Guid? ParentId, int Position, int SiblingCount, int Depth);

/// <summary>Reads the agenda tree as the editor needs it: reading order, places, and where a move puts an item.</summary>
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
    /// The parent and position a move asks for (the aggregate checks depth and the rest). Indent puts the
    /// item last under the sibling above it; outdent puts it just after its parent.
    /// </summary>
    public static (Guid? ParentId, int? Position)? Target(IReadOnlyList<AgendaItemDto> items, Guid itemId, AgendaMove move)
    {
        var all = InOrder(items).ToList();
        var placed = all.FirstOrDefault(p => p.Item.Id == itemId);
        if (placed is null)
        {
            return null;
        }

        var siblings = all.Where(p => p.ParentId == placed.ParentId).ToList();
        return move switch
        {
            AgendaMove.Up when placed.Position > 1 => (placed.ParentId, placed.Position - 1),
            AgendaMove.Down when placed.Position < placed.SiblingCount => (placed.ParentId, placed.Position + 1),
            AgendaMove.Indent when placed.Position > 1 => (siblings[placed.Position - 2].Item.Id, null),
            AgendaMove.Outdent when placed.ParentId is not null => Outdent(all, placed.ParentId.Value),
            AgendaMove.Rename => (placed.ParentId, null),
            _ => null,
        };
    }

    private static (Guid?, int?) Outdent(List<PlacedItem> all, Guid parentId)
    {
        var parent = all.First(p => p.Item.Id == parentId);
        return (parent.ParentId, parent.Position + 1);
    }
}
