namespace UnHabitat.Meetings.Application.Abstractions;

/// <summary>Keeps the scheduled deadline jobs of documents in line with the database.</summary>
public interface IDeadlineScheduler
{
    Task SyncDocumentsAsync(IReadOnlyCollection<Guid> documentIds, CancellationToken cancellationToken);

    Task SyncMeetingAsync(Guid meetingId, CancellationToken cancellationToken);
}
