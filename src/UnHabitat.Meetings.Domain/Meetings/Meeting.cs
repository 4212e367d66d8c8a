using UnHabitat.Meetings.Domain.Bodies;
using UnHabitat.Meetings.Domain.Common;

namespace UnHabitat.Meetings.Domain.Meetings;

/// <summary>
/// A numbered meeting of a body, with its schedule in the venue's time zone, its chair and its agenda.
/// The number is given once and never changes, even when the meeting is rescheduled or cancelled.
/// </summary>
public sealed class Meeting : AggregateRoot
{
    public Meeting(
        Guid id,
        Guid bodyId,
        Guid? sessionId,
        int number,
        MeetingSchedule schedule,
        string venue,
        Modality modality,
        MeetingChair chair)
        : base(id)
    {
        // The title writes the number in words, which stop at 999.
        if (number is < 1 or > NumberWords.MaxOrdinal)
        {
            throw new DomainRuleException("MeetingNumbersRunFrom1To999", $"Meetings are numbered from 1 to {NumberWords.MaxOrdinal}, not {number}.");
        }

        BodyId = bodyId;
        SessionId = sessionId;
        Number = number;
        StartsAt = schedule.StartsAt;
        EndsAt = schedule.EndsAt;
        TimeZoneId = schedule.TimeZoneId;
        Venue = venue;
        Modality = modality;
        Chair = chair;
    }

    /// <summary>For EF Core, which binds the constructor with the fewest parameters.</summary>
    private Meeting()
    {
        TimeZoneId = Venue = "";
        Chair = new MeetingChair(null, "", null);
    }

    public Guid BodyId { get; private set; }

    public Guid? SessionId { get; private set; }

    /// <summary>Counted per body for ever: the fifty-sixth meeting of the working group.</summary>
    public int Number { get; private set; }

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    /// <summary>The venue's IANA time zone, in which times are printed (Africa/Nairobi: EAT).</summary>
    public string TimeZoneId { get; private set; }

    public string Venue { get; private set; }

    public Modality Modality { get; private set; }

    public MeetingChair Chair { get; private set; }

    public MeetingStatus Status { get; private set; } = MeetingStatus.Scheduled;

    public string? StatusReason { get; private set; }

    public Agenda Agenda { get; private set; } = new();

    /// <summary>
    /// Scheduled when its start had already passed: the record of a past meeting entered afterwards (by an
    /// officer who confirmed it, or by a script). Kept so that readers know the dates were not planned ahead.
    /// </summary>
    public bool EnteredAfterTheFact { get; private set; }

    public MeetingSchedule Schedule => new(StartsAt, EndsAt, TimeZoneId);

    /// <summary>"fifty-sixth meeting of the ad hoc working group on …".</summary>
    public static string TitleFor(int number, string bodyName) => $"{NumberWords.Ordinal(number)} meeting of the {AfterThe(bodyName)}";

    /// <summary>
    /// How a body's name reads after "the": a name written in sentence case ("Ad hoc working group …") loses
    /// its capital, a proper name ("Executive Board", "Bureau of the Executive Board") keeps it.
    /// </summary>
    public static string AfterThe(string bodyName)
    {
        var words = bodyName.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        var sentenceCase = words.Length > 1 && char.IsLower(words[1][0]) && !FunctionWords.Contains(words[1]);
        return sentenceCase ? char.ToLowerInvariant(bodyName[0]) + bodyName[1..] : bodyName;
    }

    private static readonly HashSet<string> FunctionWords = ["of", "on", "for", "and", "the", "to", "in"];

    public void Reschedule(MeetingSchedule schedule)
    {
        EnsureNotCancelled();
        Changed();
        StartsAt = schedule.StartsAt;
        EndsAt = schedule.EndsAt;
        TimeZoneId = schedule.TimeZoneId;
        if (Status == MeetingStatus.Postponed)
        {
            Status = MeetingStatus.Scheduled;
            StatusReason = null;
        }
    }

    /// <summary>Notes, when the meeting is scheduled or rescheduled, whether its start was already past.</summary>
    public void NoteScheduledAt(DateTimeOffset now)
    {
        var past = StartsAt < now;
        if (past != EnteredAfterTheFact)
        {
            Changed();
            EnteredAfterTheFact = past;
        }
    }

    /// <summary>
    /// A meeting has begun from its scheduled start; it may be called to order a little early, so the last
    /// <see cref="EarlyStart"/> before the start count too.
    /// </summary>
    public bool HasBegun(DateTimeOffset now) => now >= StartsAt - EarlyStart;

    public static readonly TimeSpan EarlyStart = TimeSpan.FromMinutes(30);

    /// <summary>What happens at the meeting (adoption, calling to order, the summary) waits until it has begun.</summary>
    public void EnsureHasBegun(DateTimeOffset now, string what)
    {
        if (!HasBegun(now))
        {
            var start = MeetingTimes.Local(StartsAt, TimeZoneId);
            throw new DomainRuleException("MeetingMustHaveBegun",
                $"The meeting has not begun yet: it starts on {start.ToString("d MMMM yyyy 'at' HH:mm", System.Globalization.CultureInfo.InvariantCulture)} {MeetingTimes.Abbreviation(StartsAt, TimeZoneId)}. {what} only once it has begun.");
        }
    }

    public void Relocate(string venue, Modality modality)
    {
        EnsureNotCancelled();
        Changed();
        Venue = venue;
        Modality = modality;
    }

    public void ChangeChair(MeetingChair chair)
    {
        EnsureNotCancelled();
        Changed();
        Chair = chair;
    }

    /// <summary>Put off without a new date yet; rescheduling brings it back.</summary>
    public void Postpone(string reason)
    {
        EnsureNotCancelled();
        Changed();
        Status = MeetingStatus.Postponed;
        StatusReason = reason;
    }

    /// <summary>Cancelled for good: the meeting keeps its number and its history.</summary>
    public void Cancel(string reason)
    {
        EnsureNotCancelled();
        Changed();
        Status = MeetingStatus.Cancelled;
        StatusReason = reason;
    }

    /// <summary>
    /// Meetings of a body are numbered once and for ever: the number asked for if it is free, else the one
    /// after the body's last meeting.
    /// </summary>
    public static int Numbered(int? asked, int? lastNumber, bool askedIsTaken, string bodyShortName)
    {
        if (asked is not null && askedIsTaken)
        {
            throw new DomainRuleException("MeetingNumberMustBeUnique", $"The {bodyShortName} already has a meeting number {asked}; meetings are numbered once and for ever.");
        }

        return asked ?? (lastNumber ?? 0) + 1;
    }

    /// <summary>
    /// How a new meeting's agenda starts: the previous meeting's items when asked for and there is one, else
    /// the procedural items when asked for, else empty.
    /// </summary>
    public void StartAgenda(Meeting? previous, bool fromPrevious, bool proceduralItems)
    {
        if (fromPrevious && previous is not null)
        {
            StartAgendaFrom(previous);
        }
        else if (proceduralItems)
        {
            StartAgendaWithProceduralItems();
        }
    }

    public void StartAgendaWithProceduralItems()
    {
        Changed();
        foreach (var title in Agenda.ProceduralItems)
        {
            Agenda.AddItem(Guid.NewGuid(), title, null, null);
        }
    }

    public void StartAgendaFrom(Meeting previous)
    {
        Changed();
        Agenda.CopyItemsFrom(previous.Agenda);
    }

    /// <summary>Adds an item; returns true when the edit sent a submitted or approved agenda back to draft.</summary>
    public bool AddAgendaItem(Guid itemId, string title, Guid? parentId, int? position, Actor by, DateTimeOffset at) =>
        EditAgenda(by, at, () => Agenda.AddItem(itemId, title, parentId, position));

    public bool ChangeAgendaItem(Guid itemId, string title, Guid? parentId, int? position, Actor by, DateTimeOffset at) =>
        EditAgenda(by, at, () =>
        {
            var item = Agenda.Item(itemId);
            Agenda.RenameItem(itemId, title);
            if (item.ParentId != parentId || (position is not null && position != item.Position))
            {
                Agenda.MoveItem(itemId, parentId, position);
            }
        });

    public bool RemoveAgendaItem(Guid itemId, Actor by, DateTimeOffset at) =>
        EditAgenda(by, at, () => Agenda.RemoveItem(itemId));

    public void SubmitAgenda(Actor by, DateTimeOffset at)
    {
        EnsureNotCancelled();
        Changed();
        Agenda.Submit(by, at);
    }

    /// <summary>Only a chair of the meeting's own body approves its agenda; nobody else, not the Secretariat.</summary>
    public void ApproveAgenda(Body body, Actor by, DateTimeOffset at)
    {
        EnsureChairOf(body, by, "approve");
        Changed();
        Agenda.Approve(by, at);
    }

    public void ReturnAgenda(Body body, Actor by, DateTimeOffset at, string comment)
    {
        EnsureChairOf(body, by, "return");
        Changed();
        Agenda.Return(by, at, comment);
    }

    /// <summary>The meeting adopts its agenda when it sits, not before.</summary>
    public void AdoptAgenda(Actor by, DateTimeOffset at, string? amendments)
    {
        EnsureNotCancelled();
        Agenda.EnsureCanBeAdopted();
        EnsureHasBegun(at, "The meeting adopts its agenda");
        Changed();
        Agenda.Adopt(by, at, amendments);
    }

    /// <summary>Whether the agenda's items may be added, changed or removed now: what the pages offer.</summary>
    public bool AgendaIsEditable => Status != MeetingStatus.Cancelled && Agenda.IsEditable;

    private bool EditAgenda(Actor by, DateTimeOffset at, Action edit)
    {
        EnsureNotCancelled();
        Changed();
        var sentBack = Agenda.PrepareEdit(by, at);
        edit();
        return sentBack;
    }

    private void EnsureChairOf(Body body, Actor by, string verb)
    {
        if (body.Id != BodyId || !body.IsChairedBy(by.UserId))
        {
            throw new PermissionDeniedException($"Only a chair of the {body.ShortName} may {verb} the agenda of its meetings.");
        }
    }

    private void EnsureNotCancelled()
    {
        if (Status == MeetingStatus.Cancelled)
        {
            throw new DomainRuleException("CancelledMeetingCannotChange", "This meeting was cancelled; it keeps its number and history but can no longer be changed.");
        }
    }
}

/// <summary>When a meeting takes place: start and end in UTC and the venue's IANA time zone.</summary>
public sealed record MeetingSchedule
{
    public MeetingSchedule(DateTimeOffset startsAt, DateTimeOffset endsAt, string timeZoneId)
    {
        if (endsAt <= startsAt)
        {
            throw new DomainRuleException("MeetingMustEndAfterItStarts", "A meeting must end after it starts.");
        }

        // Lenient on purpose: a schedule is also rebuilt from what is stored; new ids are checked as IANA ids
        // by the validators (TimeZones.IsIana).
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out _))
        {
            throw new DomainRuleException("TimeZoneMustBeKnown", $"'{timeZoneId}' is not an IANA time zone (e.g. Africa/Nairobi).");
        }

        StartsAt = startsAt.ToUniversalTime();
        EndsAt = endsAt.ToUniversalTime();
        TimeZoneId = timeZoneId;
    }

    public DateTimeOffset StartsAt { get; }

    public DateTimeOffset EndsAt { get; }

    public string TimeZoneId { get; }

    public TimeZoneInfo TimeZone => TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    public DateTimeOffset LocalStart => TimeZoneInfo.ConvertTime(StartsAt, TimeZone);

    public DateTimeOffset LocalEnd => TimeZoneInfo.ConvertTime(EndsAt, TimeZone);

    /// <summary>The meeting's day on its venue's calendar: the day its membership, decisions and journal belong to.</summary>
    public DateOnly Day => DateOnly.FromDateTime(LocalStart.Date);
}
