namespace UnHabitat.Meetings.Domain.Meetings;

/// <summary>Who chairs the meeting, as printed under the title ("Chair: H.E. Dr. … / Permanent Representative …").</summary>
public sealed record MeetingChair(string? Honorific, string Name, string? Function)
{
    public string Display => string.IsNullOrWhiteSpace(Honorific) ? Name : $"{Honorific} {Name}";
}
