namespace UnHabitat.Meetings.Application.Security;

/// <summary>
/// Every request states who may send it with exactly one of these attributes. The authorization
/// behaviour refuses a request that states nothing, so a new use case cannot be left open by accident.
/// </summary>
public interface IRequestAccess;

/// <summary>Only users in one of these roles (an Administrator passes every role check).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RequiresRoleAttribute(params string[] roles) : Attribute, IRequestAccess
{
    public IReadOnlyList<string> Roles { get; } = roles;
}

/// <summary>Any signed-in user; finer checks (e.g. "chair of this body") happen on the aggregate.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RequiresSignedInUserAttribute : Attribute, IRequestAccess;

/// <summary>Deliberately public: anyone, signed in or not.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PublicRequestAttribute : Attribute, IRequestAccess;

/// <summary>Sent by the application itself (a scheduled job), never on behalf of a signed-in caller.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class SystemRequestAttribute : Attribute, IRequestAccess;
