using UnHabitat.Meetings.Domain.Common;

namespace UnHabitat.Meetings.Domain.Records;

/// <summary>One line of the attendance: a Member State, whether and how it attended, its delegates.</summary>
public sealed class AttendanceEntry
{
    public AttendanceEntry(string memberState, AttendanceStatus status, AttendanceMode mode, IReadOnlyList<string>? delegates)
    {
        MemberState = memberState.ToUpperInvariant();
        Status = status;
        Mode = mode;
        Delegates = delegates is null ? "" : string.Join('\n', delegates.Select(d => d.Trim()).Where(d => d.Length > 0));
    }

    private AttendanceEntry()
    {
        MemberState = Delegates = "";
    }

    public string MemberState { get; private set; }

    /// <summary>The order in which the Secretariat listed the States; the summary keeps it.</summary>
    public int Position { get; internal set; }

    public AttendanceStatus Status { get; private set; }

    public AttendanceMode Mode { get; private set; }

    /// <summary>Delegates' names, one per line.</summary>
    public string Delegates { get; private set; }

    public IReadOnlyList<string> DelegateList => Delegates.Length == 0 ? [] : Delegates.Split('\n');
}

/// <summary>
/// The record of a meeting as a whole (its id is the meeting's): attendance and the times of calling to
/// order and adjournment.
/// </summary>
public sealed class MeetingRecord : AggregateRoot
{
    private readonly List<AttendanceEntry> _attendance = [];

    public MeetingRecord(Guid meetingId) : base(meetingId)
    {
    }

    private MeetingRecord()
    {
    }

    public IReadOnlyList<AttendanceEntry> Attendance => [.. _attendance.OrderBy(a => a.Position)];

    public DateTimeOffset? CalledToOrderAt { get; private set; }

    public DateTimeOffset? AdjournedAt { get; private set; }

    /// <summary>Observers present (organisations, observer States), one per line.</summary>
    public string Observers { get; private set; } = "";

    /// <summary>The Secretariat's officers present, one per line.</summary>
    public string SecretariatPresent { get; private set; } = "";

    public IReadOnlyList<string> ObserverList => Observers.Length == 0 ? [] : Observers.Split('\n');

    public IReadOnlyList<string> SecretariatList => SecretariatPresent.Length == 0 ? [] : SecretariatPresent.Split('\n');

    public void RecordOthersPresent(IEnumerable<string> observers, IEnumerable<string> secretariat)
    {
        Changed();
        Observers = string.Join('\n', observers.Select(o => o.Trim()).Where(o => o.Length > 0));
        SecretariatPresent = string.Join('\n', secretariat.Select(o => o.Trim()).Where(o => o.Length > 0));
    }

    public void RecordAttendance(IEnumerable<AttendanceEntry> entries)
    {
        var list = entries.ToList();
        var twice = list.GroupBy(e => e.MemberState, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new DomainRuleException("AttendanceListsEachStateOnce", $"{twice.Key} appears more than once in the attendance.");
        }

        Changed();
        _attendance.Clear();
        for (var i = 0; i < list.Count; i++)
        {
            list[i].Position = i + 1;
            _attendance.Add(list[i]);
        }
    }

    public void CallToOrder(DateTimeOffset at)
    {
        if (AdjournedAt is not null && at >= AdjournedAt)
        {
            throw new DomainRuleException("MeetingIsCalledToOrderBeforeItIsAdjourned", "The meeting must be called to order before it is adjourned.");
        }

        Changed();
        CalledToOrderAt = at.ToUniversalTime();
    }

    public void Adjourn(DateTimeOffset at)
    {
        if (CalledToOrderAt is not null && at <= CalledToOrderAt)
        {
            throw new DomainRuleException("MeetingIsCalledToOrderBeforeItIsAdjourned", "The meeting must be adjourned after it was called to order.");
        }

        Changed();
        AdjournedAt = at.ToUniversalTime();
    }

    /// <summary>
    /// For a body with members: a majority of the members on the meeting's day present (in person or
    /// online). Null when the body has no membership to count.
    /// </summary>
    public Quorum? QuorumFor(IReadOnlyCollection<string> membersOnTheDay)
    {
        if (membersOnTheDay.Count == 0)
        {
            return null;
        }

        var present = _attendance.Count(a => a.Status == AttendanceStatus.Present && membersOnTheDay.Contains(a.MemberState));
        var needed = (membersOnTheDay.Count / 2) + 1;
        return new Quorum(membersOnTheDay.Count, present, needed, present >= needed);
    }
}

public sealed record Quorum(int Members, int Present, int Needed, bool Reached);

/// <summary>Something someone undertook to do, followed up at the body's next meeting.</summary>
public sealed class ActionPoint : AggregateRoot
{
    public ActionPoint(Guid id, Guid meetingId, Guid bodyId, string text, string owner, DateOnly? due) : base(id)
    {
        MeetingId = meetingId;
        BodyId = bodyId;
        Text = text;
        Owner = owner;
        Due = due;
    }

    private ActionPoint()
    {
        Text = Owner = "";
    }

    public Guid MeetingId { get; private set; }

    public Guid BodyId { get; private set; }

    public string Text { get; private set; }

    public string Owner { get; private set; }

    public DateOnly? Due { get; private set; }

    public ActionPointStatus Status { get; private set; } = ActionPointStatus.Open;

    /// <summary>What was done about it, said when it was closed.</summary>
    public string? ClosingNote { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>The meeting at which it was closed: its own, or a later one that followed it up.</summary>
    public Guid? ClosedInMeetingId { get; private set; }

    /// <summary>Corrects what is to be done, by whom and by when.</summary>
    public void Change(string text, string owner, DateOnly? due)
    {
        Changed();
        Text = text;
        Owner = owner;
        Due = due;
    }

    /// <summary>Closed once, with a note of what was done, at this meeting or a later one of the same body.</summary>
    public void Close(string note, Guid inMeetingId, DateTimeOffset at)
    {
        if (Status != ActionPointStatus.Open)
        {
            throw new DomainRuleException("ActionPointIsClosedOnce", $"This action point was already closed{(ClosedAt is { } when ? $" on {when:d MMMM yyyy}" : "")}: {ClosingNote}");
        }

        Changed();
        Status = ActionPointStatus.Done;
        ClosingNote = note;
        ClosedAt = at;
        ClosedInMeetingId = inMeetingId;
    }
}
