using System.Globalization;
using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using UnHabitat.Meetings.Domain.Bodies;
using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Domain.Meetings;
using IcalCalendar = Ical.Net.Calendar;

namespace UnHabitat.Meetings.Application.Calendar;

/// <summary>
/// Writes meetings as an RFC 5545 calendar with Ical.Net, so escaping and 75-octet folding are a maintained
/// library's job: one VEVENT per meeting with a stable UID, SEQUENCE from the meeting's version (so calendar
/// apps take changes), times in the venue's zone with its VTIMEZONE.
/// </summary>
public static class CalendarWriter
{
    public static string Write(IEnumerable<(Meeting Meeting, Body Body)> meetings, string name)
    {
        var list = meetings.ToList();
        var calendar = new IcalCalendar { ProductId = "-//UN-Habitat//UnHabitat.Meetings//EN", Scale = "GREGORIAN" };
        calendar.AddProperty("X-WR-CALNAME", Text(name));
        foreach (var zone in list.Select(m => m.Meeting.TimeZoneId).Distinct(StringComparer.Ordinal))
        {
            calendar.TimeZones.Add(TimeZone(TimeZoneInfo.FindSystemTimeZoneById(zone)));
        }

        foreach (var (meeting, body) in list)
        {
            var schedule = meeting.Schedule;
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"{meeting.Id}@meetings.unhabitat.org",
                Sequence = meeting.Version - 1,
                DtStamp = new CalDateTime(meeting.StartsAt.UtcDateTime, "UTC"),
                DtStart = new CalDateTime(schedule.LocalStart.DateTime, meeting.TimeZoneId),
                DtEnd = new CalDateTime(schedule.LocalEnd.DateTime, meeting.TimeZoneId),
                Summary = Text(NumberWords.Capitalised(Meeting.TitleFor(meeting.Number, body.Name))),
                Location = Text(meeting.Venue),
                Status = meeting.Status == MeetingStatus.Cancelled ? EventStatus.Cancelled : meeting.Status == MeetingStatus.Postponed ? EventStatus.Tentative : EventStatus.Confirmed,
            });
        }

        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    /// <summary>The zone as it is now: a fixed offset, or yearly standard and daylight changes.</summary>
    private static VTimeZone TimeZone(TimeZoneInfo zone)
    {
        var timeZone = new VTimeZone { TzId = zone.Id };
        var rule = zone.GetAdjustmentRules().LastOrDefault(r => r.DateEnd >= DateTime.UtcNow.Date);
        var standard = zone.BaseUtcOffset;
        if (rule is null || rule.DaylightDelta == TimeSpan.Zero)
        {
            timeZone.AddChild(Part("STANDARD", standard, standard, new CalDateTime(1970, 1, 1, 0, 0, 0), null));
        }
        else
        {
            var daylight = standard + rule.DaylightDelta;
            timeZone.AddChild(Part("DAYLIGHT", standard, daylight, Start(rule.DaylightTransitionStart), Yearly(rule.DaylightTransitionStart)));
            timeZone.AddChild(Part("STANDARD", daylight, standard, Start(rule.DaylightTransitionEnd), Yearly(rule.DaylightTransitionEnd)));
        }

        return timeZone;
    }

    private static VTimeZoneInfo Part(string kind, TimeSpan from, TimeSpan to, CalDateTime start, string? rrule)
    {
        var part = new VTimeZoneInfo { Name = kind, OffsetFrom = new UtcOffset(from), OffsetTo = new UtcOffset(to), DtStart = start };
        if (rrule is not null)
        {
            part.RecurrenceRule = new RecurrencePattern(rrule);
        }

        return part;
    }

    private static CalDateTime Start(TimeZoneInfo.TransitionTime t) =>
        new(1970, t.Month, 1, t.TimeOfDay.Hour, t.TimeOfDay.Minute, t.TimeOfDay.Second);

    private static string Yearly(TimeZoneInfo.TransitionTime t)
    {
        if (t.IsFixedDateRule)
        {
            return $"FREQ=YEARLY;BYMONTH={t.Month};BYMONTHDAY={t.Day}";
        }

        var week = t.Week == 5 ? "-1" : t.Week.ToString(CultureInfo.InvariantCulture);
        return $"FREQ=YEARLY;BYMONTH={t.Month};BYDAY={week}{t.DayOfWeek.ToString()[..2].ToUpperInvariant()}";
    }

    /// <summary>
    /// A TEXT value made safe before Ical.Net escapes it (RFC 5545, 3.3.11): any line break (CRLF, CR, LF or a
    /// Unicode line/paragraph separator) becomes one newline, which Ical.Net writes as the two characters \n;
    /// other control characters are not allowed in TEXT and Ical.Net would pass them through, so they are
    /// dropped here, so that nothing typed into a venue or a name can start a property of its own.
    /// </summary>
    private static string Text(string value)
    {
        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\r' when i + 1 < value.Length && value[i + 1] == '\n':
                    break;
                case '\r' or '\n' or '\u2028' or '\u2029' or '\u0085':
                    text.Append('\n');
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
}
