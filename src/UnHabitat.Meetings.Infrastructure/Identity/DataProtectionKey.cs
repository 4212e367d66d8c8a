namespace UnHabitat.Meetings.Infrastructure.Identity;

/// <summary>One Data Protection key, kept in the database so that every instance shares the key ring.</summary>
public sealed class DataProtectionKey
{
    public Guid Id { get; set; }

    public string? FriendlyName { get; set; }

    public string Xml { get; set; } = "";
}
