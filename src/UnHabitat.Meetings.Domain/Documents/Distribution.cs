namespace UnHabitat.Meetings.Domain.Documents;

/// <summary>
/// Who may read a document once published: General (everyone, also without signing in), Limited (all
/// delegations), Restricted (only the delegations of the body's members).
/// </summary>
public enum Distribution
{
    General,
    Limited,
    Restricted,
}
