namespace UnHabitat.Meetings.Domain.Common;

/// <summary>Lengths shared by the validators and the database configuration, so the two never disagree.</summary>
public static class Limits
{
    public const int ShortText = 100;
    public const int Name = 300;
    public const int Title = 500;
    public const int Symbol = 60;
    public const int SymbolPrefix = 20;
    public const int Email = 256;
    public const int MemberStateCode = 2;
    public const int EnumText = 32;
    public const int TimeZoneId = 64;
    public const int Text = 20_000;

    /// <summary>Dates the system accepts: from the founding of the United Nations to the end of the century.</summary>
    public const int EarliestYear = 1945;
    public const int LatestYear = 2100;
}
