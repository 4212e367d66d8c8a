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
        var documents = db.Documents.AsNoTracking().Where(d => d.MeetingId == meeting.Id && d.Required && d.DueAt != null);
        if (request.Status is { } status)
        {
            documents = documents.Where(Document.RequiredInDeadlineStatus(status, now, options.DueSoon));
        }

        // Filtered, ordered and cut in SQL; only the columns of the page's lines are read.
        var page = await documents.OrderBy(d => d.DueAt).ThenBy(d => d.Symbol).ThenBy(d => d.Id)
            .Select(d => new DeadlineRow(d.Id, d.Symbol, d.Title, d.DueAt!.Value, d.PublishedAt))
            .ToPageAsync(request.Page, cancellationToken).ConfigureAwait(false);
        return page.Map(d => new DeadlineDto(
            d.Id, d.Symbol, d.Title, d.DueAt, DocumentDeadline.Rule(d.DueAt, meeting.Schedule, body.DocumentDeadlineDays),
            Document.RequiredDeadlineStatus(d.DueAt, d.PublishedAt, now, options.DueSoon), d.PublishedAt,
            [.. options.ReminderOffsets.Select(o => d.DueAt - o)]));
    }
}

internal sealed record DeadlineRow(Guid Id, string Symbol, string Title, DateTimeOffset DueAt, DateTimeOffset? PublishedAt);

/// <summary>
/// The reminders' offsets before a deadline (setting Deadlines:ReminderOffsets, default 3 days and 1 day)
/// and how close a deadline must be to count as "due soon" (Deadlines:DueSoon, default 3 days).
/// </summary>
public sealed record DeadlineOptions(IReadOnlyList<TimeSpan> ReminderOffsets, TimeSpan DueSoon)
{
    public static readonly DeadlineOptions Default = new([TimeSpan.FromDays(3), TimeSpan.FromDays(1)], TimeSpan.FromDays(3));
}
