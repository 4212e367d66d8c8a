namespace UnHabitat.Meetings.Domain.Common;

/// <summary>
/// Venues' time zones are IANA ids (Africa/Nairobi). The machine also finds Windows names
/// ("E. Africa Standard Time") and tz database files that are not zones ("posixrules"); neither is accepted.
/// </summary>
public static class TimeZones
{
    /// <summary>True for an IANA zone id that has a Windows equivalent, i.e. a real, current zone.</summary>
    public static bool IsIana(string? id) =>
        !string.IsNullOrWhiteSpace(id)
        && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)
        && zone.HasIanaId
        && TimeZoneInfo.TryConvertIanaIdToWindowsId(id, out _);

    /// <summary>Why the id is refused, naming the IANA id to use instead when the id is a Windows name.</summary>
    public static string Refusal(string? id) =>
        id is not null && TimeZoneInfo.TryConvertWindowsIdToIanaId(id, out var iana)
            ? $"'{id}' is a Windows time zone name; give its IANA id instead: {iana}."
            : $"'{id}' is not an IANA time zone (e.g. Africa/Nairobi, Europe/Paris).";
}
