using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Documents;

namespace UnHabitat.Meetings.Application.Deadlines;

public sealed record LateDocumentDto(string Symbol, string Title, DateTimeOffset DueAt, DateTimeOffset? PostedAt, string? Justification);

/// <summary>
/// One meeting's required documents: posted on time, late (posted after the deadline, or past it and not
/// posted), and pending (not posted, deadline still ahead). The share on time counts only those already due;
/// null when none is due (no required documents, or none due yet): there is nothing to be 100 % of.
/// </summary>
public sealed record MeetingTimelinessDto(Guid MeetingId, int Number, DateTimeOffset StartsAt, string TimeZone, int Required, int OnTime, int Pending, double? ShareOnTime, IReadOnlyList<LateDocumentDto> Late);

public sealed record TimelinessDto(Guid BodyId, int Year, int Required, int OnTime, int Pending, double? ShareOnTime, IReadOnlyList<MeetingTimelinessDto> Meetings);

/// <summary>How many required documents of a body's meetings in a year were posted on time; the late ones with their justification.</summary>
[RequiresRole(Roles.Secretariat, Roles.Chair)]
public sealed record TimelinessReport(Guid BodyId, int Year) : IQuery<TimelinessDto>;

internal sealed class TimelinessReportHandler(IMeetingsDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<TimelinessReport, TimelinessDto>
{
    public async Task<TimelinessDto> Handle(TimelinessReport request, CancellationToken cancellationToken)
    {
        // Unpublished documents' titles show: the Secretariat, or a chair of this body.
        var body = await db.Bodies.AsNoTracking().FirstOrDefaultAsync(b => b.Id == request.BodyId, cancellationToken).ConfigureAwait(false)
            ?? throw new Errors.NotFoundException("Body", request.BodyId);
        user.EnsureSeesDraftsOf(body);
        var from = new DateTimeOffset(request.Year, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var to = from.AddYears(1);
        var meetings = await db.Meetings.AsNoTracking().Where(m => m.BodyId == request.BodyId && m.StartsAt >= from && m.StartsAt < to)
            .OrderBy(m => m.StartsAt).Select(m => new { m.Id, m.Number, m.StartsAt, m.TimeZoneId }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var ids = meetings.Select(m => m.Id).ToList();
        // Only the columns the report counts with, not each document's language versions and files.
        var documents = await db.Documents.AsNoTracking().Where(d => ids.Contains(d.MeetingId) && d.Required && d.SupersededBy == null)
            .Select(d => new { d.MeetingId, d.Symbol, d.Title, d.DueAt, d.PublishedAt, d.LateJustification })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var rows = meetings.Select(m =>
        {
            var mine = documents.Where(d => d.MeetingId == m.Id).ToList();
            bool Late(DateTimeOffset? dueAt, DateTimeOffset? postedAt) => Document.IsLate(true, dueAt, postedAt, now);
            var onTime = mine.Count(d => d.PublishedAt is not null && !Late(d.DueAt, d.PublishedAt));
            var pending = mine.Count(d => d.PublishedAt is null && !Late(d.DueAt, d.PublishedAt));
            var late = mine.Where(d => Late(d.DueAt, d.PublishedAt))
                .Select(d => new LateDocumentDto(d.Symbol, d.Title, d.DueAt!.Value, d.PublishedAt, d.LateJustification)).ToList();
            return new MeetingTimelinessDto(m.Id, m.Number, m.StartsAt, m.TimeZoneId, mine.Count, onTime, pending, Share(onTime, mine.Count - pending), late);
        }).ToList();
        var required = rows.Sum(r => r.Required);
        var total = rows.Sum(r => r.OnTime);
        var waiting = rows.Sum(r => r.Pending);
        return new TimelinessDto(request.BodyId, request.Year, required, total, waiting, Share(total, required - waiting), rows);
    }

    private static double? Share(int part, int whole) => whole == 0 ? null : Math.Round((double)part / whole, 4);
}
