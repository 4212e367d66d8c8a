using UnHabitat.Meetings.Domain.Records;

namespace UnHabitat.Meetings.Application.Records;

/// <summary>An action point as the record and the follow-up list show it.</summary>
public sealed record ActionPointDto(Guid Id, Guid MeetingId, int MeetingNumber, string Text, string Owner, DateOnly? Due, ActionPointStatus Status, bool FromEarlierMeeting, int Version);
