using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Paging;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Meetings;

namespace UnHabitat.Meetings.Application.Meetings;

/// <summary>
/// The calendar of meetings, public like the governing bodies' calendar on the web site: of one body, between
/// two dates, in one status when asked; in order of their start, one page at a time (the whole calendar when
/// no page is asked for). <paramref name="WithoutCancelled"/> leaves the cancelled ones out (the public page's meetings ahead).
/// <paramref name="BodyIds"/> (several bodies: those a chair chairs, those a delegation follows) and <paramref name="AgendaStatus"/>
/// (the agendas awaiting approval) let the pages read only what they show.
/// </summary>
[PublicRequest]
public sealed record ListMeetings(
    Guid? BodyId,
    DateTimeOffset? From,
    DateTimeOffset? To,
    MeetingStatus? Status = null,
    PageRequest? Page = null,
    bool WithoutCancelled = false,
    bool NewestFirst = false,
    IReadOnlyCollection<Guid>? Ids = null,
    IReadOnlyCollection<Guid>? BodyIds = null,
    AgendaStatus? AgendaStatus = null)
    : IQuery<Page<MeetingDto>>, IPagedQuery;

internal sealed class ListMeetingsHandler(IMeetingsDbContext db) : IRequestHandler<ListMeetings, Page<MeetingDto>>
{
    public async Task<Page<MeetingDto>> Handle(ListMeetings request, CancellationToken cancellationToken)
    {
        var query = db.Meetings.AsNoTracking();
        if (request.BodyId is not null)
        {
            query = query.Where(m => m.BodyId == request.BodyId);
        }

        if (request.From is not null)
        {
            var from = request.From.Value.ToUniversalTime();
            query = query.Where(m => m.EndsAt >= from);
        }

        if (request.To is not null)
        {
            var to = request.To.Value.ToUniversalTime();
            query = query.Where(m => m.StartsAt <= to);
        }

        if (request.Status is { } status)
        {
            query = query.Where(m => m.Status == status);
        }

        if (request.Ids is { } ids)
        {
            query = query.Where(m => ids.Contains(m.Id));
        }

        if (request.BodyIds is { } ofBodies)
        {
            query = query.Where(m => ofBodies.Contains(m.BodyId));
        }

        if (request.AgendaStatus is { } agendaStatus)
        {
            query = query.Where(m => m.Agenda.Status == agendaStatus);
        }

        if (request.WithoutCancelled)
        {
            query = query.Where(m => m.Status != MeetingStatus.Cancelled);
        }

        // Only the columns of the listing: a long calendar need not load every agenda with its history.
        // Oldest first, as a calendar reads; newest first for "the latest meetings held".
        var ordered = request.NewestFirst ? query.OrderByDescending(m => m.StartsAt).ThenByDescending(m => m.Id) : query.OrderBy(m => m.StartsAt).ThenBy(m => m.Id);
        var meetings = await ordered.Select(m => new MeetingRow(
            m.Id, m.BodyId, m.SessionId, m.Number, m.Status, m.StatusReason, m.StartsAt, m.EndsAt, m.TimeZoneId, m.Venue, m.Modality,
            new ChairDto(m.Chair.Honorific, m.Chair.Name, m.Chair.Function), m.Agenda.Status, m.Version, m.EnteredAfterTheFact)).ToPageAsync(request.Page, cancellationToken).ConfigureAwait(false);
        var bodyIds = meetings.Select(m => m.BodyId).Distinct().ToList();
        var bodies = await db.Bodies.AsNoTracking().Where(b => bodyIds.Contains(b.Id)).Select(b => new { b.Id, b.Name, b.ShortName })
            .ToDictionaryAsync(b => b.Id, cancellationToken).ConfigureAwait(false);
        return meetings.Map(m => MeetingDto.From(m, bodies[m.BodyId].ShortName, bodies[m.BodyId].Name));
    }
}
