namespace UnHabitat.Meetings.Domain.Records;

public enum AttendanceStatus
{
    Present,
    Apologies,
    Absent,
}

public enum AttendanceMode
{
    InPerson,
    Online,
}

/// <summary>Who really spoke; the printed lead-in is decided later by the attribution policy.</summary>
public enum SpeakerKind
{
    MemberState,
    MemberStates,
    Group,
    Chair,
    Secretariat,
    Observer,

    /// <summary>A named official or guest (the Director-General of UNON, the President of ECOSOC …), with a function.</summary>
    Official,
}

/// <summary>The Secretariat's own paragraphs: its narrative, a briefing it gave, or the group's conclusion.</summary>
public enum ParagraphKind
{
    Narrative,
    Briefing,
    Conclusion,
}

public enum ActionPointStatus
{
    Open,
    Done,
    Dropped,
}
