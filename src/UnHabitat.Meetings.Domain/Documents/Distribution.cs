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

/// <summary>The one distribution rule, for documents, summaries and journals alike.</summary>
public static class DistributionRule
{
    /// <summary>
    /// Whether a published paper of this distribution may be read by a reader (signed in or not, of a Member
    /// State's delegation or not), given the body's members that day.
    /// </summary>
    public static bool Admits(this Distribution distribution, bool signedIn, string? memberState, IEnumerable<string> bodyMembers) => distribution switch
    {
        Distribution.General => true,
        Distribution.Limited => signedIn,
        _ => signedIn && memberState is not null && bodyMembers.Contains(memberState),
    };
}
