namespace UnHabitat.Meetings.Domain.Meetings;

/// <summary>One item of an agenda: a title at a position among its siblings, under a parent or at the top.</summary>
public sealed class AgendaItem
{
    public AgendaItem(Guid id, Guid? parentId, int position, string title)
    {
        Id = id;
        ParentId = parentId;
        Position = position;
        Title = title;
    }

    public Guid Id { get; private set; }

    public Guid? ParentId { get; internal set; }

    /// <summary>1-based place among the siblings; always 1, 2, 3 … without gaps.</summary>
    public int Position { get; internal set; }

    public string Title { get; internal set; }
}

/// <summary>One step of the agenda's life: who moved it from what to what, when, and why.</summary>
public sealed class AgendaTransition
{
    public AgendaTransition(Guid id, AgendaStatus from, AgendaStatus to, Guid byUserId, string byName, DateTimeOffset at, string? comment, string? snapshot = null)
    {
        Snapshot = snapshot;
        Id = id;
        From = from;
        To = to;
        ByUserId = byUserId;
        ByName = byName;
        At = at;
        Comment = comment;
    }

    public Guid Id { get; private set; }

    public AgendaStatus From { get; private set; }

    public AgendaStatus To { get; private set; }

    public Guid ByUserId { get; private set; }

    public string ByName { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string? Comment { get; private set; }

    /// <summary>The items as they read at this step, one per line: id, number and title separated by tabs.</summary>
    public string? Snapshot { get; private set; }
}

/// <summary>How an item differs from the agenda someone saw: added, removed, reworded or renumbered.</summary>
public sealed record AgendaChange(AgendaChangeKind Kind, string Number, string Title, string? Before);

public enum AgendaChangeKind
{
    Added,
    Removed,
    Reworded,
    Renumbered,
}
