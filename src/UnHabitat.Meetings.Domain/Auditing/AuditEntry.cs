namespace UnHabitat.Meetings.Domain.Auditing;

/// <summary>
/// One state-changing command, as it was committed: who, when, which request, which entities.
/// Append-only: nothing in the application updates or deletes an entry.
/// </summary>
public sealed class AuditEntry
{
    public AuditEntry(Guid id, DateTimeOffset at, Guid? userId, string userName, string request, string entities)
    {
        Id = id;
        At = at;
        UserId = userId;
        UserName = userName;
        Request = request;
        Entities = entities;
    }

    public Guid Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    public Guid? UserId { get; private set; }

    public string UserName { get; private set; }

    /// <summary>The request type's name, e.g. <c>UpdateBody</c>; never the request's content.</summary>
    public string Request { get; private set; }

    /// <summary>The changed entities as <c>Type:id</c>, separated by semicolons.</summary>
    public string Entities { get; private set; }
}
