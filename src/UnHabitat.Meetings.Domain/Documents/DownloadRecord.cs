namespace UnHabitat.Meetings.Domain.Documents;

/// <summary>One download, for the Secretariat's statistics: who, which file, when.</summary>
public sealed class DownloadRecord
{
    public DownloadRecord(Guid id, Guid? userId, string? memberState, Guid documentId, string language, bool inBriefcase, DateTimeOffset at)
    {
        Id = id;
        UserId = userId;
        MemberState = memberState;
        DocumentId = documentId;
        Language = language;
        InBriefcase = inBriefcase;
        At = at;
    }

    public Guid Id { get; private set; }

    public Guid? UserId { get; private set; }

    public string? MemberState { get; private set; }

    public Guid DocumentId { get; private set; }

    public string Language { get; private set; }

    public bool InBriefcase { get; private set; }

    public DateTimeOffset At { get; private set; }
}

/// <summary>When a user last looked at a meeting's documents, so that what is new since can be marked.</summary>
public sealed class MeetingVisit
{
    public MeetingVisit(Guid userId, Guid meetingId, DateTimeOffset lastVisitAt)
    {
        UserId = userId;
        MeetingId = meetingId;
        LastVisitAt = lastVisitAt;
    }

    public Guid UserId { get; private set; }

    public Guid MeetingId { get; private set; }

    public DateTimeOffset LastVisitAt { get; private set; }

    public void Seen(DateTimeOffset at) => LastVisitAt = at;
}
