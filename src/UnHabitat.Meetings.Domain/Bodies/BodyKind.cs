namespace UnHabitat.Meetings.Domain.Bodies;

public enum BodyKind
{
    Assembly,
    ExecutiveBoard,
    WorkingGroup,
    Bureau,
    InformalGroup,
    ExpertGroup,
}

/// <summary>Which of the house styles the body's meeting summaries are written in (HOUSE-STYLE.md).</summary>
public enum SummaryStyle
{
    Numbered,
    Tabular,
    Journal,
}

/// <summary>How speakers are named in a summary: "A Member State", "The delegate from France", "FRANCE".</summary>
public enum AttributionPolicy
{
    Anonymous,
    Named,
    NamedCapitals,
}
