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
