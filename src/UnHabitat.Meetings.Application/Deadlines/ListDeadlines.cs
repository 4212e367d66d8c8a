using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Paging;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Documents;

namespace UnHabitat.Meetings.Application.Deadlines;

public sealed record DeadlineDto(Guid DocumentId, string Symbol, string Title, DateTimeOffset DueAt, string Rule, DeadlineStatus Status, DateTimeOffset? PostedAt, IReadOnlyList<DateTimeOffset> Reminders);

/// <summary>The required documents of a meeting against their deadline, with the reminders' times; for the body's insiders (unpublished titles show).</summary>
[RequiresRole(Roles.Secretariat, Roles.Chair)]
public sealed record ListDeadlines(Guid MeetingId, DeadlineStatus? Status = null, PageRequest? Page = null) : IQuery<Page<DeadlineDto>>, IPagedQuery;

internal sealed class ListDeadlinesHandler(IMeetingsDbContext db, ICurrentUser user, TimeProvider clock, DeadlineOptions options) : IRequestHandler<ListDeadlines, Page<DeadlineDto>>
{
    public async Task<Page<DeadlineDto>> Handle(ListDeadlines request, CancellationToken cancellationToken)
    {
        var (meeting, body) = await db.LoadMeetingAsync(request.MeetingId, cancellationToken).ConfigureAwait(false);
        user.EnsureSeesDraftsOf(body);
        var now = clock.GetUtcNow();
        var documents = await db.Documents.AsNoTracking().Where(d => d.MeetingId == meeting.Id && d.Required && d.DueAt != null).ToListAsync(cancellationToken).ConfigureAwait(false);
        // The status depends on the clock, so it is worked out (and filtered on) for the meeting's few documents in memory.
        return documents.OrderBy(d => d.DueAt).ThenBy(d => d.Symbol, StringComparer.Ordinal).ThenBy(d => d.Id).Select(d => new DeadlineDto(
            d.Id, d.Symbol, d.Title, d.DueAt!.Value, DocumentDeadline.Rule(d.DueAt.Value, meeting.Schedule, body.DocumentDeadlineDays),
            d.DeadlineStatusAt(now, options.DueSoon), d.PublishedAt,
            [.. options.ReminderOffsets.Select(o => d.DueAt.Value - o)]))
            .Where(d => request.Status == null || d.Status == request.Status)
            .ToPage(request.Page);
    }
}

/// <summary>
/// The reminders' offsets before a deadline (setting Deadlines:ReminderOffsets, default 3 days and 1 day)
/// and how close a deadline must be to count as "due soon" (Deadlines:DueSoon, default 3 days).
/// </summary>
public sealed record DeadlineOptions(IReadOnlyList<TimeSpan> ReminderOffsets, TimeSpan DueSoon)
{
    public static readonly DeadlineOptions Default = new([TimeSpan.FromDays(3), TimeSpan.FromDays(1)], TimeSpan.FromDays(3));
}
