namespace UnHabitat.Meetings.Domain.Reference;

/// <summary>A United Nations Member State or observer State.</summary>
/// <param name="Code">ISO 3166-1 alpha-2 code, upper case.</param>
/// <param name="Name">The name as used at the United Nations.</param>
/// <param name="Group">The regional group the State is listed with.</param>
/// <param name="IsObserver">True for the non-member observer States.</param>
public sealed record MemberState(string Code, string Name, RegionalGroup Group, bool IsObserver)
{
    /// <summary>The ISO 3166-1 alpha-3 code ("KEN" for Kenya), which the pages and the API accept as well.</summary>
    public string Alpha3 => MemberStates.Alpha3Of(Code);
}
