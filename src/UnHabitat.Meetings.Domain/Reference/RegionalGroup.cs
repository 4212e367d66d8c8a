namespace UnHabitat.Meetings.Domain.Reference;

/// <summary>The five United Nations regional groups, as used for elections.</summary>
public enum RegionalGroup
{
    African,
    AsiaPacific,
    EasternEuropean,
    LatinAmericanAndCaribbean,
    WesternEuropeanAndOther,
}
