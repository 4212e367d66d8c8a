namespace UnHabitat.Meetings.Domain.Common;

/// <summary>Who did something, as kept in histories: the user's id and the name shown to readers.</summary>
public sealed record Actor(Guid UserId, string Name);
