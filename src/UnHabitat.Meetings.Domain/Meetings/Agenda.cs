using UnHabitat.Meetings.Domain.Common;

namespace UnHabitat.Meetings.Domain.Meetings;

/// <summary>
/// The provisional agenda of a meeting: a tree of items up to three levels, numbered 1, 2 (a), 6 (c) (v)
/// from their places, and its approval by the chair. Part of the <see cref="Meeting"/> aggregate: changed
/// only through the meeting's methods.
/// </summary>
public sealed class Agenda
{
    public const int MaxDepth = 3;

    public static readonly IReadOnlyList<string> ProceduralItems = ["Adoption of the agenda", "Any other business"];

    private readonly List<AgendaItem> _items = [];
    private readonly List<AgendaTransition> _history = [];

    public AgendaStatus Status { get; private set; } = AgendaStatus.Draft;

    /// <summary>Amendments made when the meeting adopted the agenda, as recorded by the Secretariat.</summary>
    public string? Amendments { get; private set; }

    public IReadOnlyList<AgendaItem> Items => _items;

    public IReadOnlyList<AgendaTransition> History => _history;

    /// <summary>Delegations and the public see the agenda only from its approval on.</summary>
    public bool IsVisibleToDelegations => Status is AgendaStatus.Approved or AgendaStatus.Adopted;

    /// <summary>The items in reading order: each item followed by its sub-items.</summary>
    public IEnumerable<AgendaItem> InOrder(Guid? parentId = null)
    {
        foreach (var item in ChildrenOf(parentId))
        {
            yield return item;
            foreach (var child in InOrder(item.Id))
            {
                yield return child;
            }
        }
    }

    public IEnumerable<AgendaItem> ChildrenOf(Guid? parentId) =>
        _items.Where(i => i.ParentId == parentId).OrderBy(i => i.Position);

    public AgendaItem Item(Guid id) =>
        _items.Find(i => i.Id == id) ?? throw new DomainRuleException(AgendaRules.AgendaItemMustExist, "There is no such item on this agenda.");

    public bool Contains(Guid id) => _items.Exists(i => i.Id == id);

    /// <summary>"1", "2 (a)", "6 (c) (v)": the top level counts, the second letters, the third Roman numerals.</summary>
    public string NumberOf(Guid itemId)
    {
        var path = new List<AgendaItem>();
        for (var item = Item(itemId); ; item = Item(item.ParentId!.Value))
        {
            path.Insert(0, item);
            if (item.ParentId is null)
            {
                break;
            }
        }

        return string.Join(' ', path.Select((item, level) => level switch
        {
            0 => item.Position.ToString(System.Globalization.CultureInfo.InvariantCulture),
            1 => $"({Letters(item.Position)})",
            _ => $"({RomanNumerals.Lower(item.Position)})",
        }));
    }

    public int DepthOf(Guid itemId)
    {
        var depth = 1;
        for (var item = Item(itemId); item.ParentId is not null; item = Item(item.ParentId.Value))
        {
            depth++;
        }

        return depth;
    }

    internal void AddItem(Guid id, string title, Guid? parentId, int? position)
    {
        if (parentId is not null && DepthOf(Item(parentId.Value).Id) >= MaxDepth)
        {
            throw new DomainRuleException(AgendaRules.AgendaHasAtMostThreeLevels, "An agenda has at most three levels: 6 (c) (v) cannot have sub-items.");
        }

        var siblings = ChildrenOf(parentId).ToList();
        var at = Clamp(position, siblings.Count + 1);
        foreach (var sibling in siblings.Where(s => s.Position >= at))
        {
            sibling.Position++;
        }

        _items.Add(new AgendaItem(id, parentId, at, title));
    }

    internal void RenameItem(Guid id, string title) => Item(id).Title = title;

    internal void MoveItem(Guid id, Guid? newParentId, int? position)
    {
        var item = Item(id);
        if (newParentId is not null)
        {
            var ancestors = AncestorsOf(Item(newParentId.Value).Id).Append(newParentId.Value);
            if (ancestors.Contains(id))
            {
                throw new DomainRuleException(AgendaRules.AgendaItemCannotMoveUnderItself, "An item cannot be moved under itself or under one of its own sub-items.");
            }

            if (DepthOf(newParentId.Value) + HeightOf(id) > MaxDepth)
            {
                throw new DomainRuleException(AgendaRules.AgendaHasAtMostThreeLevels, "This move would make the agenda deeper than three levels.");
            }
        }

        CloseGap(item.ParentId, item.Position);
        var siblings = ChildrenOf(newParentId).Where(s => s.Id != id).ToList();
        var at = Clamp(position, siblings.Count + 1);
        foreach (var sibling in siblings.Where(s => s.Position >= at))
        {
            sibling.Position++;
        }

        item.ParentId = newParentId;
        item.Position = at;
    }

    internal void RemoveItem(Guid id)
    {
        var item = Item(id);
        var subtree = InOrder(id).Select(i => i.Id).Append(id).ToHashSet();
        _items.RemoveAll(i => subtree.Contains(i.Id));
        CloseGap(item.ParentId, item.Position);
    }

    /// <summary>Starts from another agenda's items (the previous meeting's), with new ids.</summary>
    internal void CopyItemsFrom(Agenda previous)
    {
        var ids = previous._items.ToDictionary(i => i.Id, _ => Guid.NewGuid());
        _items.AddRange(previous._items.Select(i => new AgendaItem(ids[i.Id], i.ParentId is null ? null : ids[i.ParentId.Value], i.Position, i.Title)));
    }

    /// <summary>
    /// Until the meeting adopts it; an edit after submission or approval sends it back to draft.
    /// </summary>
    public bool IsEditable => Status != AgendaStatus.Adopted;

    /// <summary>
    /// Before any edit: an adopted agenda is the record of the meeting and stays as adopted; a submitted or
    /// approved one goes back to draft (the chair must see it again). Returns true when it went back.
    /// </summary>
    internal bool PrepareEdit(Actor by, DateTimeOffset at)
    {
        if (!IsEditable)
        {
            throw new DomainRuleException(AgendaRules.AdoptedAgendaCannotChange, "The meeting has adopted this agenda; it can no longer be changed.");
        }

        if (Status is AgendaStatus.Submitted or AgendaStatus.Approved)
        {
            Move(AgendaStatus.Draft, by, at, $"Edited after it was {Status.ToString().ToLowerInvariant()}; the chair must approve it again.");
            return true;
        }

        return false;
    }

    internal void Submit(Actor by, DateTimeOffset at)
    {
        if (Status is not (AgendaStatus.Draft or AgendaStatus.Returned))
        {
            throw new DomainRuleException(AgendaRules.OnlyADraftOrReturnedAgendaCanBeSubmitted, $"The agenda is {Status.ToString().ToLowerInvariant()}: only a draft or returned agenda can be submitted for approval.");
        }

        if (_items.Count == 0)
        {
            throw new DomainRuleException(AgendaRules.AnEmptyAgendaCannotBeSubmitted, "Add at least one item before submitting the agenda.");
        }

        Move(AgendaStatus.Submitted, by, at, null);
    }

    internal void Approve(Actor by, DateTimeOffset at)
    {
        if (Status != AgendaStatus.Submitted)
        {
            throw new DomainRuleException(AgendaRules.OnlyASubmittedAgendaCanBeApproved, $"The agenda is {Status.ToString().ToLowerInvariant()}: only a submitted agenda can be approved.");
        }

        Move(AgendaStatus.Approved, by, at, null);
    }

    internal void Return(Actor by, DateTimeOffset at, string comment)
    {
        if (Status != AgendaStatus.Submitted)
        {
            throw new DomainRuleException(AgendaRules.OnlyASubmittedAgendaCanBeReturned, $"The agenda is {Status.ToString().ToLowerInvariant()}: only a submitted agenda can be returned.");
        }

        Move(AgendaStatus.Returned, by, at, comment);
    }

    internal void EnsureCanBeAdopted()
    {
        if (Status != AgendaStatus.Approved)
        {
            throw new DomainRuleException(AgendaRules.OnlyAnApprovedAgendaCanBeAdopted, $"The agenda is {Status.ToString().ToLowerInvariant()}: the meeting can adopt only the agenda its chair approved.");
        }
    }

    internal void Adopt(Actor by, DateTimeOffset at, string? amendments)
    {
        EnsureCanBeAdopted();

        Amendments = amendments.TrimToNull();
        Move(AgendaStatus.Adopted, by, at, Amendments);
    }

    private void Move(AgendaStatus to, Actor by, DateTimeOffset at, string? comment)
    {
        var snapshot = string.Join('\n', InOrder().Select(i => $"{i.Id:N}\t{NumberOf(i.Id)}\t{i.Title}"));
        _history.Add(new AgendaTransition(Guid.NewGuid(), Status, to, by.UserId, by.Name, at, comment, snapshot));
        Status = to;
    }

    /// <summary>
    /// The last approval or return by <paramref name="userId"/>: the agenda as that chair last saw it when
    /// deciding, or null if the chair has not decided on it yet.
    /// </summary>
    public AgendaTransition? LastDecisionBy(Guid userId) =>
        _history.LastOrDefault(h => h.ByUserId == userId && h.To is AgendaStatus.Approved or AgendaStatus.Returned && h.Snapshot is not null);

    /// <summary>What differs between the items now and the items as they read at <paramref name="seen"/>, in reading order.</summary>
    public IReadOnlyList<AgendaChange> ChangesSince(AgendaTransition seen)
    {
        var before = (seen.Snapshot ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('\t', 3))
            .ToDictionary(parts => Guid.ParseExact(parts[0], "N"), parts => (Number: parts[1], Title: parts[2]));
        var changes = new List<AgendaChange>();
        foreach (var item in InOrder())
        {
            var number = NumberOf(item.Id);
            if (!before.Remove(item.Id, out var was))
            {
                changes.Add(new AgendaChange(AgendaChangeKind.Added, number, item.Title, null));
            }
            else if (was.Title != item.Title)
            {
                changes.Add(new AgendaChange(AgendaChangeKind.Reworded, number, item.Title, was.Title));
            }
            else if (was.Number != number)
            {
                changes.Add(new AgendaChange(AgendaChangeKind.Renumbered, number, item.Title, was.Number));
            }
        }

        changes.AddRange(before.Values.Select(was => new AgendaChange(AgendaChangeKind.Removed, was.Number, was.Title, null)));
        return changes;
    }

    private IEnumerable<Guid> AncestorsOf(Guid id)
    {
        for (var item = Item(id); item.ParentId is not null; item = Item(item.ParentId.Value))
        {
            yield return item.ParentId.Value;
        }
    }

    /// <summary>Levels from the item down to its deepest sub-item (1 for an item without sub-items).</summary>
    private int HeightOf(Guid id) => 1 + ChildrenOf(id).Select(c => HeightOf(c.Id)).DefaultIfEmpty(0).Max();

    private void CloseGap(Guid? parentId, int position)
    {
        foreach (var sibling in ChildrenOf(parentId).Where(s => s.Position > position))
        {
            sibling.Position--;
        }
    }

    /// <summary>No position, or one past the end, means last; positions start at 1.</summary>
    private static int Clamp(int? position, int last) => position is null ? last : Math.Clamp(position.Value, 1, last);

    /// <summary>a … z, then aa, ab … as in long lists of sub-items.</summary>
    private static string Letters(int n)
    {
        var letters = "";
        for (; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('a' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }
}
