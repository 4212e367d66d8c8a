using System.Globalization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Domain.Meetings;

namespace UnHabitat.Meetings.Application.Agendas;

/// <summary>
/// Everything the provisional agenda prints as an official document. <see cref="Symbol"/> is the session's
/// provisional agenda symbol, null for a meeting outside any session.
/// </summary>
public sealed record ProvisionalAgendaDto(
    Guid MeetingId,
    string? Symbol,
    string BodyName,
    string Heading,
    string VenueAndDates,
    DateOnly IssuedOn,
    AgendaStatus Status,
    string? Amendments,
    IReadOnlyList<AgendaItemDto> Items,
    int Version);

/// <summary>The provisional agenda as a document: visible exactly when the agenda itself is (<see cref="GetAgenda"/>).</summary>
[PublicRequest]
public sealed record GetProvisionalAgenda(Guid MeetingId) : IQuery<ProvisionalAgendaDto>;

internal sealed class GetProvisionalAgendaHandler(IMeetingsDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<GetProvisionalAgenda, ProvisionalAgendaDto>
{
    public async Task<ProvisionalAgendaDto> Handle(GetProvisionalAgenda request, CancellationToken cancellationToken)
    {
        var (meeting, body) = await db.LoadMeetingAsync(request.MeetingId, cancellationToken).ConfigureAwait(false);
        meeting.EnsureVisibleTo(user, body);
        var session = meeting.SessionId is null
            ? null
            : await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == meeting.SessionId, cancellationToken).ConfigureAwait(false);
        var agenda = AgendaDto.From(meeting, withHistory: false);

        // The issue date is the chair's approval (in the venue's zone); a draft carries today's date.
        var approvedAt = meeting.Agenda.History.Where(h => h.To == AgendaStatus.Approved).Select(h => (DateTimeOffset?)h.At).Max();
        var issued = DateOnly.FromDateTime(MeetingTimes.Local(approvedAt ?? clock.GetUtcNow(), meeting.TimeZoneId).Date);

        var heading = session?.Title ?? NumberWords.Capitalised(Meeting.TitleFor(meeting.Number, body.Name));
        var venueAndDates = session is null
            ? $"{meeting.Venue}, {Dates(DateOnly.FromDateTime(meeting.Schedule.LocalStart.Date), DateOnly.FromDateTime(meeting.Schedule.LocalEnd.Date))}"
            : $"{session.Venue}, {Dates(session.StartsOn, session.EndsOn)}";
        return new ProvisionalAgendaDto(meeting.Id, session?.ProvisionalAgendaSymbol, body.Name, heading, venueAndDates, issued,
            agenda.Status, agenda.Amendments, agenda.Items, agenda.Version);
    }

    /// <summary>"16 October 2024", "27–29 October 2020", "30 October – 2 November 2020".</summary>
    internal static string Dates(DateOnly from, DateOnly to)
    {
        var c = CultureInfo.InvariantCulture;
        if (from == to)
        {
            return from.ToString("d MMMM yyyy", c);
        }

        if (from.Year == to.Year && from.Month == to.Month)
        {
            return $"{from.ToString("%d", c)}–{to.ToString("d MMMM yyyy", c)}";
        }

        return from.Year == to.Year
            ? $"{from.ToString("d MMMM", c)} – {to.ToString("d MMMM yyyy", c)}"
            : $"{from.ToString("d MMMM yyyy", c)} – {to.ToString("d MMMM yyyy", c)}";
    }
}
