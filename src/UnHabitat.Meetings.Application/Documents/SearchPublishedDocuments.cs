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

        var matches = await documents
            .Join(db.Meetings.AsNoTracking(), d => d.MeetingId, m => m.Id, (d, m) => new { Document = d, m.StartsAt })
            .OrderByDescending(x => x.StartsAt).ThenBy(x => x.Document.Symbol)
            .Take(Candidates).Select(x => x.Document)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var meetingIds = matches.Select(d => d.MeetingId).Distinct().ToList();
        var meetings = await db.Meetings.AsNoTracking().Where(m => meetingIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, cancellationToken).ConfigureAwait(false);
        var bodyIds = meetings.Values.Select(m => m.BodyId).Distinct().ToList();
        var bodies = await db.Bodies.AsNoTracking().Where(b => bodyIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, cancellationToken).ConfigureAwait(false);

        var readable = matches.Where(d => Readable(d, meetings[d.MeetingId], bodies[meetings[d.MeetingId].BodyId]));
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
