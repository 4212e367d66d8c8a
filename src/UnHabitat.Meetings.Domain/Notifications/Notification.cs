namespace UnHabitat.Meetings.Domain.Notifications;

/// <summary>One message in a user's in-app inbox ("The agenda of the 57th meeting was changed after you approved it").</summary>
public sealed class Notification
{
    public Notification(Guid id, Guid userId, string kind, string text, string? link, DateTimeOffset createdAt)
    {
        Id = id;
        UserId = userId;
        Kind = kind;
        Text = text;
        Link = link;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    /// <summary>A stable name of what happened, e.g. <c>AgendaSentBackToDraft</c>.</summary>
    public string Kind { get; private set; }

    public string Text { get; private set; }

    public string? Link { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    public void MarkRead(DateTimeOffset at) => ReadAt ??= at;
}
