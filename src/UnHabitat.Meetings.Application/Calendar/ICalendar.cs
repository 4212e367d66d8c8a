using System.Globalization;
using System.Text;
using UnHabitat.Meetings.Domain.Bodies;
using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Domain.Meetings;

namespace UnHabitat.Meetings.Application.Calendar;

/// <summary>
/// Writes meetings as an RFC 5545 calendar: one VEVENT per meeting with a stable UID, SEQUENCE from the
/// meeting's version (so calendar apps take changes), times in the venue's zone with its VTIMEZONE.
/// </summary>
public static class ICalendar
{
    public static string Write(IEnumerable<(Meeting Meeting, Body Body)> meetings, string name)
    {
        var list = meetings.ToList();
        var text = new StringBuilder();
        Line(text, "BEGIN:VCALENDAR");
        Line(text, "VERSION:2.0");
        Line(text, "PRODID:-//UN-Habitat//UnHabitat.Meetings//EN");
        Line(text, "CALSCALE:GREGORIAN");
        Line(text, "X-WR-CALNAME:" + Escape(name));
        foreach (var zone in list.Select(m => m.Meeting.TimeZoneId).Distinct(StringComparer.Ordinal))
        {
            TimeZone(text, TimeZoneInfo.FindSystemTimeZoneById(zone));
        }

        foreach (var (meeting, body) in list)
        {
            var schedule = meeting.Schedule;
            Line(text, "BEGIN:VEVENT");
            Line(text, $"UID:{meeting.Id}@meetings.unhabitat.org");
            Line(text, $"SEQUENCE:{meeting.Version - 1}");
            Line(text, "DTSTAMP:" + meeting.StartsAt.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture));
            Line(text, $"DTSTART;TZID={meeting.TimeZoneId}:{schedule.LocalStart.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture)}");
            Line(text, $"DTEND;TZID={meeting.TimeZoneId}:{schedule.LocalEnd.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture)}");
            Line(text, "SUMMARY:" + Escape(NumberWords.Capitalised(Meeting.TitleFor(meeting.Number, body.Name))));
            Line(text, "LOCATION:" + Escape(meeting.Venue));
            Line(text, "STATUS:" + (meeting.Status == MeetingStatus.Cancelled ? "CANCELLED" : meeting.Status == MeetingStatus.Postponed ? "TENTATIVE" : "CONFIRMED"));
            Line(text, "END:VEVENT");
        }

        Line(text, "END:VCALENDAR");
        return text.ToString();
    }

    /// <summary>The zone as it is now: a fixed offset, or yearly standard and daylight changes.</summary>
    private static void TimeZone(StringBuilder text, TimeZoneInfo zone)
    {
        Line(text, "BEGIN:VTIMEZONE");
        Line(text, "TZID:" + zone.Id);
        var rule = zone.GetAdjustmentRules().LastOrDefault(r => r.DateEnd >= DateTime.UtcNow.Date);
        var standard = zone.BaseUtcOffset;
        if (rule is null || rule.DaylightDelta == TimeSpan.Zero)
        {
            Part(text, "STANDARD", standard, standard, "19700101T000000", null);
        }
        else
        {
            var daylight = standard + rule.DaylightDelta;
            Part(text, "DAYLIGHT", standard, daylight, Start(rule.DaylightTransitionStart), Yearly(rule.DaylightTransitionStart));
            Part(text, "STANDARD", daylight, standard, Start(rule.DaylightTransitionEnd), Yearly(rule.DaylightTransitionEnd));
        }

        Line(text, "END:VTIMEZONE");
    }

    private static void Part(StringBuilder text, string kind, TimeSpan from, TimeSpan to, string start, string? rrule)
    {
        Line(text, $"BEGIN:{kind}");
        Line(text, "TZOFFSETFROM:" + Offset(from));
        Line(text, "TZOFFSETTO:" + Offset(to));
        Line(text, "DTSTART:" + start);
        if (rrule is not null)
        {
            Line(text, "RRULE:" + rrule);
        }

        Line(text, $"END:{kind}");
    }

    private static string Start(TimeZoneInfo.TransitionTime t) =>
        $"1970{(t.Month).ToString("00", CultureInfo.InvariantCulture)}01T{t.TimeOfDay.ToString("HHmmss", CultureInfo.InvariantCulture)}";

    private static string? Yearly(TimeZoneInfo.TransitionTime t)
    {
        if (t.IsFixedDateRule)
        {
            return $"FREQ=YEARLY;BYMONTH={t.Month};BYMONTHDAY={t.Day}";
        }

        var week = t.Week == 5 ? "-1" : t.Week.ToString(CultureInfo.InvariantCulture);
        return $"FREQ=YEARLY;BYMONTH={t.Month};BYDAY={week}{t.DayOfWeek.ToString()[..2].ToUpperInvariant()}";
    }

    private static string Offset(TimeSpan offset) =>
        (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString("hhmm", CultureInfo.InvariantCulture);

    /// <summary>
    /// A TEXT value (RFC 5545, 3.3.11): backslash, semicolon and comma escaped; any line break (CRLF, CR or
    /// LF) becomes the two characters \n; other control characters are not allowed in TEXT and are dropped,
    /// so that nothing typed into a venue or a name can start a property of its own.
    /// </summary>
    private static string Escape(string value)
    {
        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\\' or ';' or ',':
                    text.Append('\\').Append(c);
                    break;
                case '\r' when i + 1 < value.Length && value[i + 1] == '\n':
                    break;
                case '\r' or '\n' or '\u2028' or '\u2029' or '\u0085':
                    text.Append("\\n");
                    break;
                case '\t':
                    text.Append(c);
                    break;
                case var _ when char.IsControl(c):
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// Lines end with CRLF and fold at 75 octets, as RFC 5545 asks: the first line holds 75 octets, each
    /// continuation a space and 74 more; a character's UTF-8 bytes are never split.
    /// </summary>
    private static void Line(StringBuilder text, string line)
    {
        var limit = 75;
        var length = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (length + size > limit)
            {
                text.Append("\r\n ");
                limit = 74;
                length = 0;
            }

            text.Append(rune.ToString());
            length += size;
        }

        text.Append("\r\n");
    }
}
