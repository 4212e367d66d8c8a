namespace UnHabitat.Meetings.Domain.Common;

/// <summary>A business rule was broken; the message names the rule in words a user understands.</summary>
public class DomainRuleException : Exception
{
    public DomainRuleException(string rule, string message) : base(message) => Rule = rule;

    public DomainRuleException()
    {
        Rule = "Unknown";
    }

    public DomainRuleException(string message) : base(message) => Rule = "Unknown";

    public DomainRuleException(string message, Exception innerException) : base(message, innerException) => Rule = "Unknown";

    /// <summary>A stable, machine-readable name of the rule (e.g. <c>BodyCannotBeItsOwnParent</c>).</summary>
    public string Rule { get; }
}
