using UnHabitat.Meetings.Domain.Records;

namespace UnHabitat.Meetings.Application.Records;

/// <summary>An action point as the record and the follow-up list show it; a closed one says what was done and when.</summary>
public sealed record ActionPointDto(Guid Id, Guid MeetingId, int MeetingNumber, string Text, string Owner, DateOnly? Due, ActionPointStatus Status, bool FromEarlierMeeting, int Version,
    string? ClosingNote = null, DateTimeOffset? ClosedAt = null, Guid? ClosedInMeetingId = null)
{
    public static ActionPointDto From(ActionPoint point, int meetingNumber, Guid shownAtMeetingId) =>
        new(point.Id, point.MeetingId, meetingNumber, point.Text, point.Owner, point.Due, point.Status, point.MeetingId != shownAtMeetingId, point.Version,
            point.ClosingNote, point.ClosedAt, point.ClosedInMeetingId);
}
