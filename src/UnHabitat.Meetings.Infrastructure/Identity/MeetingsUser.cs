using Microsoft.AspNetCore.Identity;

namespace UnHabitat.Meetings.Infrastructure.Identity;

/// <summary>A person who signs in: Secretariat officer, chair, delegate or administrator.</summary>
public sealed class MeetingsUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";

    /// <summary>For Delegation users: the Member State they represent (ISO 3166-1 alpha-2).</summary>
    public string? MemberState { get; set; }

    /// <summary>When an administrator deactivated the account; null while it is active. A deactivated user cannot sign in.</summary>
    public DateTimeOffset? DeactivatedAt { get; set; }
}
