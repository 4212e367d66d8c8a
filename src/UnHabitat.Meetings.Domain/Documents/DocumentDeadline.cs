using System.Globalization;
using UnHabitat.Meetings.Domain.Meetings;

namespace UnHabitat.Meetings.Domain.Documents;

/// <summary>
/// The posting rule: a document is due the set number of days before the meeting starts, counted on the
/// venue's wall clock (so a daylight-saving change in between does not move it by an hour).
/// </summary>
public static class DocumentDeadline
{
    public static DateTimeOffset DueAt(MeetingSchedule schedule, int days)
    {
        var zone = schedule.TimeZone;
        var localStart = schedule.LocalStart.DateTime;
        var localDue = localStart.AddDays(-days);
        if (zone.IsInvalidTime(localDue))
        {
            // The hour skipped when clocks go forward: the deadline moves to the first valid minute after it.
            localDue = localDue.AddHours(1);
        }

        var offset = zone.IsAmbiguousTime(localDue) ? zone.GetAmbiguousTimeOffsets(localDue).Max() : zone.GetUtcOffset(localDue);
        return new DateTimeOffset(localDue, offset).ToUniversalTime();
    }

    /// <summary>The rule in words, shown wherever the date is: "Due 7 days before the meeting starts: Wednesday, 9 October 2024, 10:00 EAT".</summary>
    public static string Rule(DateTimeOffset dueAt, MeetingSchedule schedule, int days)
    {
        var local = MeetingTimes.Local(dueAt, schedule.TimeZoneId);
        return $"Due {days} day{(days == 1 ? "" : "s")} before the meeting starts: {local.ToString("dddd, d MMMM yyyy", CultureInfo.InvariantCulture)}, {MeetingTimes.At(dueAt, schedule.TimeZoneId)}";
    }
}
