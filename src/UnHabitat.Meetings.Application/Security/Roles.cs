namespace UnHabitat.Meetings.Application.Security;

public static class Roles
{
    public const string Administrator = nameof(Administrator);
    public const string Secretariat = nameof(Secretariat);
    public const string Chair = nameof(Chair);
    public const string Delegation = nameof(Delegation);

    public static readonly IReadOnlyList<string> All = [Administrator, Secretariat, Chair, Delegation];
}
