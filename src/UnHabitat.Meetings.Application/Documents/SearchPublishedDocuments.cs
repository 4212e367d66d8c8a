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

        // Newest meeting first, read a few meetings at a time (growing) until the page (and one more line) is found
        // among what the caller may read. The meetings are walked by their start's index, so the first page reads a
        // few dozen documents however long the archive; ordering every published document by its meeting would not.
        var withDocuments = db.Meetings.AsNoTracking()
            .Where(m => documents.Any(d => d.MeetingId == m.Id))
            .OrderByDescending(m => m.StartsAt).ThenBy(m => m.Id);
        var wanted = request.Page * PublishedDocumentsPage.PageSize + 1;
        var readable = new List<Document>();
        var meetings = new Dictionary<Guid, Meeting>();
        var bodies = new Dictionary<Guid, Domain.Bodies.Body>();
        var batch = 10;
        for (int seenMeetings = 0, seenDocuments = 0; readable.Count < wanted && seenDocuments < Candidates;)
        {
            var next = await withDocuments.Skip(seenMeetings).Take(batch).ToListAsync(cancellationToken).ConfigureAwait(false);
            seenMeetings += next.Count;
            next.ForEach(m => meetings[m.Id] = m);
            var ids = next.Select(m => m.Id).ToList();
            var position = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
            // By symbol in the database's own order, then (a stable sort) by the meeting's place: the order of the list.
            var matches = (await documents.Where(d => ids.Contains(d.MeetingId)).OrderBy(d => d.Symbol).ToListAsync(cancellationToken).ConfigureAwait(false))
                .OrderBy(d => position[d.MeetingId]).Take(Candidates - seenDocuments).ToList();
            seenDocuments += matches.Count;
            var bodyIds = next.Select(m => m.BodyId).Distinct().Where(id => !bodies.ContainsKey(id)).ToList();
            foreach (var body in await db.Bodies.AsNoTracking().Where(b => bodyIds.Contains(b.Id)).ToListAsync(cancellationToken).ConfigureAwait(false))
            {
                bodies[body.Id] = body;
            }

            readable.AddRange(matches.Where(d => Readable(d, meetings[d.MeetingId], bodies[meetings[d.MeetingId].BodyId])));
            if (next.Count < batch)
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
