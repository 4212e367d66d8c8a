namespace UnHabitat.Meetings.Domain.Notifications;

/// <summary>A delegation follows a body's documents in the languages it chose.</summary>
public sealed class Subscription
{
    public Subscription(Guid userId, Guid bodyId, IEnumerable<string> languages)
    {
        UserId = userId;
        BodyId = bodyId;
        Languages = string.Join(',', languages);
    }

    private Subscription()
    {
        Languages = "";
    }

    public Guid UserId { get; private set; }

    public Guid BodyId { get; private set; }

    /// <summary>Language codes, comma-separated; empty means all.</summary>
    public string Languages { get; private set; }

    public IReadOnlyList<string> LanguageList => Languages.Length == 0 ? [] : Languages.Split(',');
}
