namespace UnHabitat.Meetings.Application.Abstractions;

/// <summary>Who is making the request, as the web layer authenticated them.</summary>
public interface ICurrentUser
{
    Guid? UserId { get; }

    string? UserName { get; }

    /// <summary>The name shown in histories ("Secretariat officer", "H.E. …").</summary>
    string? DisplayName { get; }

    bool IsAuthenticated { get; }

    /// <summary>The Member State a Delegation user represents (ISO 3166-1 alpha-2), otherwise null.</summary>
    string? MemberState { get; }

    bool IsInRole(string role);
}
