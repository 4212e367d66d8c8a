using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Errors;
using UnHabitat.Meetings.Domain.Bodies;
using UnHabitat.Meetings.Domain.Meetings;

namespace UnHabitat.Meetings.Application.Meetings;

/// <summary>The columns a meeting's DTO is made of: read off the aggregate, or projected by a listing.</summary>
internal sealed record MeetingRow(
    Guid Id, Guid BodyId, Guid? SessionId, int Number, MeetingStatus Status, string? StatusReason, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
    string TimeZoneId, string Venue, Modality Modality, ChairDto Chair, AgendaStatus AgendaStatus, int Version, bool EnteredAfterTheFact);

internal static class MeetingLookups
{
    /// <summary>
    /// The meeting with its agenda, and its body. Found by key: what this request's context holds already (a printed
    /// summary's stamp loaded it, then the summary itself) is not read again. A tracking query would hand back the same
    /// tracked objects anyway, after reading every row of the agenda once more.
    /// </summary>
    public static async Task<(Meeting Meeting, Body Body)> LoadMeetingAsync(this IMeetingsDbContext db, Guid id, CancellationToken ct)
    {
        var meeting = await db.Meetings.FindAsync([id], ct).ConfigureAwait(false)
            ?? throw new NotFoundException("Meeting", id);
        var body = await db.Bodies.FindAsync([meeting.BodyId], ct).ConfigureAwait(false)
            ?? throw new NotFoundException("Body", meeting.BodyId);
        return (meeting, body);
    }
}
