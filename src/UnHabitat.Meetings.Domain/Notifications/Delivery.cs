namespace UnHabitat.Meetings.Domain.Notifications;

/// <summary>
/// An e-mail waiting to go out, written in the same transaction as what it tells about; sent after commit,
/// retried with growing pauses, never lost on restart.
/// </summary>
public sealed class EmailMessage
{
    public EmailMessage(Guid id, string to, string subject, string body, DateTimeOffset createdAt)
    {
        Id = id;
        To = to;
        Subject = subject;
        Body = body;
        CreatedAt = createdAt;
        NextAttemptAt = createdAt;
    }

    public Guid Id { get; private set; }

    public string To { get; private set; }

    public string Subject { get; private set; }

    public string Body { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public string? LastError { get; private set; }

    public void Sent(DateTimeOffset at) => SentAt = at;

    /// <summary>Waits the first pause (10 s by default), then twice as long each time, up to an hour.</summary>
    public void Failed(DateTimeOffset at, string error, TimeSpan firstPause)
    {
        Attempts++;
        LastError = error.Length > 1000 ? error[..1000] : error;
        NextAttemptAt = at + TimeSpan.FromSeconds(Math.Min(3600, firstPause.TotalSeconds * Math.Pow(2, Attempts - 1)));
    }
}

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

/// <summary>A personal calendar feed address: the token is kept only as a hash and can be revoked.</summary>
public sealed class CalendarFeed
{
    public CalendarFeed(Guid id, Guid userId, string tokenHash, DateTimeOffset createdAt)
    {
        Id = id;
        UserId = userId;
        TokenHash = tokenHash;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public string TokenHash { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public void Revoke(DateTimeOffset at) => RevokedAt ??= at;
}
