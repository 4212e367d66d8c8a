using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Errors;
using UnHabitat.Meetings.Domain.Bodies;
using UnHabitat.Meetings.Domain.Meetings;

namespace UnHabitat.Meetings.Application.Meetings;

public sealed record ChairDto(string? Honorific, string Name, string? Function);

/// <param name="EnteredAfterTheFact">Scheduled when its start had already passed: a past meeting's record entered afterwards.</param>
public sealed record MeetingDto(
    Guid Id,
    Guid BodyId,
    string BodyShortName,
    Guid? SessionId,
    int Number,
    string Title,
    MeetingStatus Status,
    string? StatusReason,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string TimeZone,
    DateTimeOffset LocalStartsAt,
    DateTimeOffset LocalEndsAt,
    string Venue,
    Modality Modality,
    ChairDto Chair,
    AgendaStatus AgendaStatus,
    int Version,
    bool EnteredAfterTheFact)
{
    public static MeetingDto From(Meeting meeting, Body body) => From(
        new MeetingRow(meeting.Id, meeting.BodyId, meeting.SessionId, meeting.Number, meeting.Status, meeting.StatusReason, meeting.StartsAt, meeting.EndsAt,
            meeting.TimeZoneId, meeting.Venue, meeting.Modality, new ChairDto(meeting.Chair.Honorific, meeting.Chair.Name, meeting.Chair.Function), meeting.Agenda.Status, meeting.Version, meeting.EnteredAfterTheFact),
        body.ShortName,
        body.Name);

    internal static MeetingDto From(MeetingRow m, string bodyShortName, string bodyName)
    {
        var schedule = new MeetingSchedule(m.StartsAt, m.EndsAt, m.TimeZoneId);
        return new(m.Id, m.BodyId, bodyShortName, m.SessionId, m.Number, Meeting.TitleFor(m.Number, bodyName), m.Status, m.StatusReason,
            m.StartsAt, m.EndsAt, m.TimeZoneId, schedule.LocalStart, schedule.LocalEnd, m.Venue, m.Modality, m.Chair, m.AgendaStatus, m.Version, m.EnteredAfterTheFact);
    }
}
