namespace UnHabitat.Meetings.Application.Abstractions;

/// <summary>
/// When each signed-in user last looked at a meeting's documents, for the "new since your last visit" badge.
/// Written in batches off the request's path like downloads (ADR 011), so that listing documents stays a
/// read: no transaction, no audit entry (ADR 014).
/// </summary>
public interface IVisitLog
{
    /// <summary>The latest visit not written yet, if any: the badge is right even before the batch is written.</summary>
    DateTimeOffset? Pending(Guid userId, Guid meetingId);

    void Record(Guid userId, Guid meetingId, DateTimeOffset at);
}
