using System.Globalization;

namespace UnHabitat.Meetings.Domain.Meetings;

/// <summary>How the house style writes times: in the venue's zone, with its long name or abbreviation.</summary>
public static class MeetingTimes
{
    private static readonly Dictionary<string, (string Standard, string Daylight)> Abbreviations = new(StringComparer.Ordinal)
    {
        ["Africa/Nairobi"] = ("EAT", "EAT"),
        ["Europe/Paris"] = ("CET", "CEST"),
        ["Europe/Berlin"] = ("CET", "CEST"),
        ["Europe/Madrid"] = ("CET", "CEST"),
        ["Europe/Brussels"] = ("CET", "CEST"),
        ["Europe/Vienna"] = ("CET", "CEST"),
        ["Europe/Zurich"] = ("CET", "CEST"),
        ["Europe/Rome"] = ("CET", "CEST"),
        ["Europe/Warsaw"] = ("CET", "CEST"),
        ["Europe/London"] = ("GMT", "BST"),
        ["America/New_York"] = ("EST", "EDT"),
        ["Asia/Tokyo"] = ("JST", "JST"),
        ["UTC"] = ("UTC", "UTC"),
        ["Etc/UTC"] = ("UTC", "UTC"),
    };

    public static DateTimeOffset Local(DateTimeOffset at, string timeZoneId) =>
        TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById(timeZoneId));

    /// <summary>"East Africa Time": the zone's name at that moment (standard or summer time).</summary>
    public static string LongName(DateTimeOffset at, string timeZoneId)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        return zone.IsDaylightSavingTime(at) ? zone.DaylightName : zone.StandardName;
    }

    /// <summary>"EAT", "CEST"; for zones without a well-known abbreviation, the offset ("UTC+05:30").</summary>
    public static string Abbreviation(DateTimeOffset at, string timeZoneId)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        if (Abbreviations.TryGetValue(timeZoneId, out var known))
        {
            return zone.IsDaylightSavingTime(at) ? known.Daylight : known.Standard;
        }

        var offset = zone.GetUtcOffset(at);
        return "UTC" + (offset < TimeSpan.Zero ? "-" : "+") + offset.ToString("hh\\:mm", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// "10:05 EAT": the one way pages and files write a time of day, on the venue's clock with the zone's
    /// abbreviation (HOUSE-STYLE.md section 1: the long name only in the summary's date line).
    /// </summary>
    public static string At(DateTimeOffset at, string timeZoneId) => $"{Clock(at, timeZoneId)} {Abbreviation(at, timeZoneId)}";

    /// <summary>"25 November 2026, 10:00 EAT": a moment on the venue's clock.</summary>
    public static string MomentAt(DateTimeOffset at, string timeZoneId) =>
        $"{Local(at, timeZoneId).ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}, {At(at, timeZoneId)}";

    /// <summary>"10:05" in the venue's zone.</summary>
    public static string Clock(DateTimeOffset at, string timeZoneId) =>
        Local(at, timeZoneId).ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"Wednesday, 16 October 2024, 10:00 – 13:00 East Africa Time".</summary>
    public static string DateLine(MeetingSchedule schedule)
    {
        var start = schedule.LocalStart;
        var end = schedule.LocalEnd;
        var day = start.ToString("dddd, d MMMM yyyy", CultureInfo.InvariantCulture);
        var endDay = end.Date == start.Date ? "" : end.ToString("dddd, d MMMM yyyy, ", CultureInfo.InvariantCulture);
        return $"{day}, {start:HH:mm} – {endDay}{end:HH:mm} {LongName(schedule.StartsAt, schedule.TimeZoneId)}";
    }

    /// <summary>The informal groups' form: "Tuesday 08 June 2021 / 10:00 a.m. to 11:00 a.m. East Africa Time".</summary>
    public static string InformalDateLine(MeetingSchedule schedule)
    {
        var start = schedule.LocalStart;
        return $"{start.ToString("dddd dd MMMM yyyy", CultureInfo.InvariantCulture)} / {TwelveHour(start)} to {TwelveHour(schedule.LocalEnd)} {LongName(schedule.StartsAt, schedule.TimeZoneId)}";
    }

    private static string TwelveHour(DateTimeOffset t) =>
        $"{(t.Hour % 12 == 0 ? 12 : t.Hour % 12).ToString("00", CultureInfo.InvariantCulture)}:{t.Minute.ToString("00", CultureInfo.InvariantCulture)} {(t.Hour < 12 ? "a.m." : "p.m.")}";
}
