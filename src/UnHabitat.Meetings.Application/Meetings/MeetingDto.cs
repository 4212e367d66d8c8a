using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Errors;
using UnHabitat.Meetings.Domain.Bodies;
using UnHabitat.Meetings.Domain.Meetings;

namespace UnHabitat.Meetings.Application.Meetings;

public sealed record ChairDto(string? Honorific, string Name, string? Function);

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
    int Version)
{
    public static MeetingDto From(Meeting meeting, Body body) => new(
        meeting.Id,
        body.Id,
        body.ShortName,
        meeting.SessionId,
        meeting.Number,
        Meeting.TitleFor(meeting.Number, body.Name),
        meeting.Status,
        meeting.StatusReason,
        meeting.StartsAt,
        meeting.EndsAt,
        meeting.TimeZoneId,
        meeting.Schedule.LocalStart,
        meeting.Schedule.LocalEnd,
        meeting.Venue,
        meeting.Modality,
        new ChairDto(meeting.Chair.Honorific, meeting.Chair.Name, meeting.Chair.Function),
        meeting.Agenda.Status,
        meeting.Version);
}

internal static class MeetingLookups
{
    public static async Task<(Meeting Meeting, Body Body)> LoadMeetingAsync(this IMeetingsDbContext db, Guid id, CancellationToken ct)
    {
        var meeting = await db.Meetings.FirstOrDefaultAsync(m => m.Id == id, ct).ConfigureAwait(false)
            ?? throw new NotFoundException("Meeting", id);
        var body = await db.Bodies.FirstAsync(b => b.Id == meeting.BodyId, ct).ConfigureAwait(false);
        return (meeting, body);
    }
}
