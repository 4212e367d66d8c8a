namespace UnHabitat.Meetings.Domain.Meetings;

public enum Modality
{
    InPerson,
    Online,
    Hybrid,
}

public enum MeetingStatus
{
    Scheduled,
    Postponed,
    Cancelled,
}

/// <summary>Draft → Submitted → Approved (or Returned) → Adopted at the meeting.</summary>
public enum AgendaStatus
{
    Draft,
    Submitted,
    Approved,
    Returned,
    Adopted,
}
