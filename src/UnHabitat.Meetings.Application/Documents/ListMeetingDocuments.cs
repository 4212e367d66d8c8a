using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Paging;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Documents;

namespace UnHabitat.Meetings.Application.Documents;

/// <summary>
/// The documents of a meeting that the caller may see, with per-language availability, due and posted
/// times, and what is new or revised since the caller last looked. A read: the visit goes to the visit log,
/// written off the request's path, and nothing is audited (ADR 014).
/// </summary>
[PublicRequest]
public sealed record ListMeetingDocuments(Guid MeetingId, PageRequest? Page = null) : IQuery<Page<DocumentDto>>, IPagedQuery;

internal sealed class ListMeetingDocumentsHandler(IMeetingsDbContext db, ICurrentUser user, IVisitLog visits, TimeProvider clock)
    : IRequestHandler<ListMeetingDocuments, Page<DocumentDto>>
{
    public async Task<Page<DocumentDto>> Handle(ListMeetingDocuments request, CancellationToken cancellationToken)
    {
        var (meeting, body) = await db.LoadMeetingAsync(request.MeetingId, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        DateTimeOffset? lastVisit = null;
        if (user.UserId is { } userId)
        {
            lastVisit = visits.Pending(userId, meeting.Id)
                ?? await db.MeetingVisits.AsNoTracking().Where(v => v.UserId == userId && v.MeetingId == meeting.Id)
                    .Select(v => (DateTimeOffset?)v.LastVisitAt).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            visits.Record(userId, meeting.Id, now);
        }

        // Who may read which document is the aggregate's rule, applied by the database: only the page's documents are read.
        var page = await db.Documents.AsNoTracking().Where(d => d.MeetingId == meeting.Id).ReadableBy(user, body, meeting.Schedule.Day)
            .OrderBy(d => d.Symbol).ThenBy(d => d.Id)
            .Select(d => new DocumentRow(
                d.Id, d.MeetingId, d.Symbol, d.Title, d.Category, d.AgendaItemId, d.Distribution, d.OriginalLanguage, d.Required, d.DueAt, d.PublishedAt,
                d.LateJustification, d.Revises, d.SupersededBy, d.Version))
            .ToPageAsync(request.Page, cancellationToken).ConfigureAwait(false);

        // Then the languages and files of the page's documents only, a few columns each (never a file's hash or name).
        // Read by the documents' ids: a collection beside a cut page would need SQL's APPLY, which SQLite lacks.
        var ids = page.Select(d => d.Id).ToList();
        var parts = await db.Documents.AsNoTracking().Where(d => ids.Contains(d.Id))
            .Select(d => new
            {
                d.Id,
                Languages = d.Languages.Select(l => new DocumentLanguageLine(l.Language, l.Status)).ToList(),
                Files = d.Files.Select(f => new DocumentFileLine(f.Language, f.Version, f.Size, f.UploadedAt)).ToList(),
            })
            .ToDictionaryAsync(d => d.Id, cancellationToken).ConfigureAwait(false);
        return page.Map(d => DocumentDto.From(d, parts[d.Id].Languages, parts[d.Id].Files, meeting, body, now, lastVisit));
    }
}
