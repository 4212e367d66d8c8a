using System.Globalization;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Domain.Meetings;

namespace UnHabitat.Meetings.Web.Ui;

/// <summary>How the pages write dates and times: in the venue's zone, in the house style.</summary>
public static class Show
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>"Wednesday, 16 October 2024, 10:00–13:00 EAT": on the venue's clock with the zone's abbreviation.</summary>
    public static string When(MeetingDto meeting) =>
        $"{meeting.LocalStartsAt.ToString("dddd, d MMMM yyyy, HH:mm", English)}–{meeting.LocalEndsAt.ToString("HH:mm", English)} {Zone(meeting.StartsAt, meeting.TimeZone)}";

    public static string Day(DateTimeOffset at) => at.ToString("d MMMM yyyy", English);

    /// <summary>The day on the venue's calendar.</summary>
    public static string DayIn(DateTimeOffset at, string timeZone) => Day(OnTheClockOf(at, timeZone) ?? at);

    /// <summary>
    /// Where the Secretariat of Governing Bodies works (UNON, Nairobi): the clock for what people did on the pages
    /// (a notification, a step of the workflow), so that every time on the pages reads "…, 10:12 EAT" like the
    /// venue's times of the meetings held there.
    /// </summary>
    private const string SecretariatTimeZone = "Africa/Nairobi";

    /// <summary>A moment of the Secretariat's work ("25 November 2026, 10:12 EAT"); UTC, said so, only if the zone is unknown.</summary>
    public static string Moment(DateTimeOffset at) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(SecretariatTimeZone, out _)
            ? MeetingTimes.MomentAt(at, SecretariatTimeZone)
            : at.ToUniversalTime().ToString("d MMMM yyyy, HH:mm 'UTC'", English);

    /// <summary>A moment on the venue's clock with the zone's abbreviation ("25 November 2026, 10:00 EAT"), as the deadlines are written.</summary>
    public static string MomentIn(DateTimeOffset at, string timeZone) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out _) ? MeetingTimes.MomentAt(at, timeZone) : Moment(at);

    private static string Zone(DateTimeOffset at, string timeZone) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out _) ? MeetingTimes.Abbreviation(at, timeZone) : timeZone;

    private static DateTimeOffset? OnTheClockOf(DateTimeOffset at, string timeZone) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone) ? TimeZoneInfo.ConvertTime(at, zone) : null;

    /// <summary>"2024-10-16T10:00" for a datetime-local field, in the venue's zone.</summary>
    public static string Local(DateTimeOffset at) => at.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A title used in sentences ("the first meeting of …") as a heading.</summary>
    public static string Heading(string title) => title.Length == 0 ? title : char.ToUpperInvariant(title[0]) + title[1..];

    /// <summary>The official languages by name, in the order the United Nations lists them.</summary>
    public static string Language(string code) => code switch
    {
        "ar" => "Arabic",
        "zh" => "Chinese",
        "en" => "English",
        "fr" => "French",
        "ru" => "Russian",
        "es" => "Spanish",
        _ => code,
    };

    /// <summary>"240 KB", "1.4 MB".</summary>
    public static string Size(long bytes) => bytes < 1024 * 1024
        ? $"{Math.Max(1, (bytes + 512) / 1024).ToString(CultureInfo.InvariantCulture)} KB"
        : $"{(bytes / (1024 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture)} MB";

    /// <summary>A screen reader reads "Draft" better than "Draft" glued to an enum's casing.</summary>
    public static string Words<TEnum>(TEnum value) where TEnum : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString()));

    /// <summary>"1 agenda", "2 agendas": the number with the words that agree with it.</summary>
    public static string Count(int count, string one, string many) => $"{count.ToString(CultureInfo.InvariantCulture)} {Agree(count, one, many)}";

    /// <summary>The words that agree with a number shown apart (in bold, say): "agenda awaiting" for 1, "agendas awaiting" otherwise.</summary>
    public static string Agree(int count, string one, string many) => count == 1 ? one : many;
}
