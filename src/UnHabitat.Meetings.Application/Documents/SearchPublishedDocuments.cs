using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Errors;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Documents;
using UnHabitat.Meetings.Domain.Meetings;

namespace UnHabitat.Meetings.Application.Documents;

/// <summary>
/// The published documents of every meeting, past ones too, that the caller may read (the same access check as a
/// download), newest meeting first, optionally those whose symbol or title holds the query; a page at a time.
/// </summary>
[PublicRequest]
public sealed record SearchPublishedDocuments(string? Query, int Page = 1) : IQuery<PublishedDocumentsPage>;

public sealed record PublishedDocumentLine(
    Guid Id, string Symbol, string Title, Guid MeetingId, string MeetingTitle, DateTimeOffset MeetingStartsAt, string TimeZone,
    DateTimeOffset PublishedAt, IReadOnlyList<string> Languages);

public sealed record PublishedDocumentsPage(string? Query, int Page, bool HasMore, IReadOnlyList<PublishedDocumentLine> Documents)
{
    public const int PageSize = 20;
}

internal sealed class SearchPublishedDocumentsValidator : AbstractValidator<SearchPublishedDocuments>
{
    public const int MaxQuery = 100;
    public const int MaxPage = 500;

    public SearchPublishedDocumentsValidator()
    {
        RuleFor(x => x.Query).MaximumLength(MaxQuery).WithMessage($"Search with at most {MaxQuery} characters: a symbol or words of a title.");
        RuleFor(x => x.Page).InclusiveBetween(1, MaxPage).WithMessage($"Pages run from 1 to {MaxPage}.");
    }
}

internal sealed class SearchPublishedDocumentsHandler(IMeetingsDbContext db, ICurrentUser user) : IRequestHandler<SearchPublishedDocuments, PublishedDocumentsPage>
{
    /// <summary>The most recent matches looked at: bounds the work of one page whatever the archive's size.</summary>
    private const int Candidates = 1000;

    public async Task<PublishedDocumentsPage> Handle(SearchPublishedDocuments request, CancellationToken cancellationToken)
    {
        var query = request.Query?.Trim();
        var documents = db.Documents.AsNoTracking().Where(d => d.PublishedAt != null);
        if (!string.IsNullOrEmpty(query))
        {
            // Lower on both sides: case-insensitive on SQLite and PostgreSQL alike. The expression becomes SQL
            // (lower(...) and a substring test), never .NET string calls, so the culture analyzers do not apply.
            var lower = query.ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862
            documents = documents.Where(d => d.Symbol.ToLower().Contains(lower) || d.Title.ToLower().Contains(lower));
#pragma warning restore CA1304, CA1311, CA1862
        }

        // Newest meeting first, read in growing batches until the page (and one more line) is found among what the
        // caller may read: the first page reads a few dozen documents, not the thousand latest of ten years.
        var ordered = documents
            .Join(db.Meetings.AsNoTracking(), d => d.MeetingId, m => m.Id, (d, m) => new { Document = d, m.StartsAt })
            .OrderByDescending(x => x.StartsAt).ThenBy(x => x.Document.Symbol)
            .Select(x => x.Document);
        var wanted = request.Page * PublishedDocumentsPage.PageSize + 1;
        var readable = new List<Document>();
        var meetings = new Dictionary<Guid, Meeting>();
        var bodies = new Dictionary<Guid, Domain.Bodies.Body>();
        var batch = Math.Max(2 * wanted, 50);
        for (var seen = 0; readable.Count < wanted && seen < Candidates;)
        {
            var matches = await ordered.Skip(seen).Take(Math.Min(batch, Candidates - seen)).ToListAsync(cancellationToken).ConfigureAwait(false);
            var meetingIds = matches.Select(d => d.MeetingId).Distinct().Where(id => !meetings.ContainsKey(id)).ToList();
            foreach (var meeting in await db.Meetings.AsNoTracking().Where(m => meetingIds.Contains(m.Id)).ToListAsync(cancellationToken).ConfigureAwait(false))
            {
                meetings[meeting.Id] = meeting;
            }

            var bodyIds = meetings.Values.Select(m => m.BodyId).Distinct().Where(id => !bodies.ContainsKey(id)).ToList();
            foreach (var body in await db.Bodies.AsNoTracking().Where(b => bodyIds.Contains(b.Id)).ToListAsync(cancellationToken).ConfigureAwait(false))
            {
                bodies[body.Id] = body;
            }

            readable.AddRange(matches.Where(d => Readable(d, meetings[d.MeetingId], bodies[meetings[d.MeetingId].BodyId])));
            seen += matches.Count;
            if (matches.Count < batch)
            {
                break;
            }

            batch *= 2;
        }

        var page = readable.Skip((request.Page - 1) * PublishedDocumentsPage.PageSize).Take(PublishedDocumentsPage.PageSize + 1).ToList();
        var lines = page.Take(PublishedDocumentsPage.PageSize).Select(d =>
        {
            var meeting = meetings[d.MeetingId];
            return new PublishedDocumentLine(d.Id, d.Symbol, d.Title, meeting.Id, Meeting.TitleFor(meeting.Number, bodies[meeting.BodyId].Name), meeting.StartsAt,
                meeting.TimeZoneId, d.PublishedAt!.Value, [.. OfficialLanguages.All.Where(l => d.CurrentFile(l) is not null)]);
        }).ToList();
        return new PublishedDocumentsPage(string.IsNullOrEmpty(query) ? null : query, request.Page, page.Count > PublishedDocumentsPage.PageSize, lines);
    }

    private bool Readable(Document document, Meeting meeting, Domain.Bodies.Body body)
    {
        try
        {
            document.EnsureReadable(user, body, meeting);
            return true;
        }
        catch (Exception e) when (e is NotFoundException or ForbiddenException)
        {
            return false;
        }
    }
}
