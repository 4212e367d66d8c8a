using System.Globalization;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Documents;
using UnHabitat.Meetings.Application.Errors;
using UnHabitat.Meetings.Application.Journals;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Application.Summaries;
using UnHabitat.Meetings.Domain.Bodies;
using UnHabitat.Meetings.Domain.Documents;
using UnHabitat.Meetings.Domain.Search;

namespace UnHabitat.Meetings.Application.Search;

/// <summary>
/// Looks words or a document symbol up in everything the caller may read elsewhere: published summaries and
/// journals, the record (the body's insiders only), documents (symbol, title and each language version's text),
/// resolutions and decisions (signed-in users). Newest first, a page at a time; a symbol finds the
/// document with its revisions, corrigenda and addenda.
/// </summary>
[PublicRequest]
public sealed record SearchArchive(string? Q, string? Kind = null, Guid? BodyId = null, string? From = null, string? To = null, string? Lang = null, int Limit = SearchArchive.DefaultLimit, int Offset = 0)
    : IQuery<SearchResults>
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;
}

/// <param name="Snippet">HTML: the text around the words found, encoded, with the words inside &lt;mark&gt;.</param>
public sealed record SearchHit(SearchKind Kind, Guid Id, string Title, string Snippet, string Link, Guid? MeetingId, string? Symbol, string? Language, DateTimeOffset? Date);

/// <param name="NextOffset">Where the next page starts, or null when this is the last.</param>
public sealed record SearchResults(IReadOnlyList<SearchHit> Hits, int? NextOffset);

internal sealed class SearchArchiveValidator : AbstractValidator<SearchArchive>
{
    public const int MaxQuery = 200;
    public const int MaxOffset = 10_000;

    public SearchArchiveValidator()
    {
        RuleFor(x => x.Q).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Type what to look for: words, or a document symbol such as HSP/EB.2020/10.")
            .MaximumLength(MaxQuery).WithMessage($"Look for at most {MaxQuery} characters.")
            .Must(q => SearchText.AsSymbol(q) is not null || SearchText.Terms(q).Count > 0).WithMessage("Type at least one word or a document symbol: punctuation alone finds nothing.")
            .OverridePropertyName("q");
        RuleFor(x => x.Kind).Must(k => k is null || Enum.TryParse<SearchKind>(k, ignoreCase: true, out var kind) && Enum.IsDefined(kind))
            .WithMessage("Look in Summary, Journal, RecordEntry, Document, Resolution or Decision.").OverridePropertyName("kind");
        RuleFor(x => x.From).Must(d => d is null || Day(d) is not null).WithMessage("Give the first day as yyyy-mm-dd, e.g. 2024-10-16.").OverridePropertyName("from");
        RuleFor(x => x.To).Must(d => d is null || Day(d) is not null).WithMessage("Give the last day as yyyy-mm-dd, e.g. 2024-12-31.").OverridePropertyName("to");
        RuleFor(x => x.To).Must((x, to) => Day(x.From) is not { } from || Day(to) is not { } last || from <= last)
            .WithMessage("The last day comes before the first: swap them.").OverridePropertyName("to");
        RuleFor(x => x.Lang).Must(l => l is null || OfficialLanguages.IsOfficial(l))
            .WithMessage("'{PropertyValue}' is not one of the six official languages (ar, zh, en, fr, ru, es).").OverridePropertyName("lang");
        RuleFor(x => x.Limit).InclusiveBetween(1, SearchArchive.MaxLimit).WithMessage($"Ask for 1 to {SearchArchive.MaxLimit} results a page.").OverridePropertyName("limit");
        RuleFor(x => x.Offset).InclusiveBetween(0, MaxOffset).WithMessage($"Results are counted from 0 to {MaxOffset}: narrow the search instead.").OverridePropertyName("offset");
    }

    public static DateOnly? Day(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}

internal sealed class SearchArchiveHandler(IMeetingsDbContext db, ISearchIndex index, ICurrentUser user) : IRequestHandler<SearchArchive, SearchResults>
{
    public async Task<SearchResults> Handle(SearchArchive request, CancellationToken cancellationToken)
    {
        var bodies = await db.Bodies.AsNoTracking().ToDictionaryAsync(b => b.Id, cancellationToken).ConfigureAwait(false);
        var everyBody = user.ServesEveryBody();
        var insiderOf = everyBody ? [] : bodies.Values.Where(user.SeesDraftsOf).Select(b => b.Id).ToList();
        IReadOnlyCollection<SearchKind> kinds = request.Kind is null
            ? Enum.GetValues<SearchKind>()
            : [Enum.Parse<SearchKind>(request.Kind, ignoreCase: true)];
        if (!user.IsAuthenticated)
        {
            // Resolutions and decisions are read signed in (/resolutions/{id}, /bodies/{id}/decisions).
            kinds = [.. kinds.Where(k => k is not (SearchKind.Resolution or SearchKind.Decision))];
        }

        var from = SearchArchiveValidator.Day(request.From) is { } first ? new DateTimeOffset(first.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : (DateTimeOffset?)null;
        var to = SearchArchiveValidator.Day(request.To) is { } last ? new DateTimeOffset(last.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : (DateTimeOffset?)null;
        var symbol = SearchText.AsSymbol(request.Q);
        var terms = SearchText.Terms(request.Q);
        var query = new SearchIndexQuery(terms, kinds, request.BodyId, from, to, request.Lang, everyBody, insiderOf, request.Offset, request.Limit + 1);

        var ids = symbol is null
            ? await index.MatchAsync(query, cancellationToken).ConfigureAwait(false)
            : await BySymbolAsync(symbol, query, cancellationToken).ConfigureAwait(false);
        var more = ids.Count > request.Limit;
        ids = [.. ids.Take(request.Limit)];

        var found = await db.SearchEntries.AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken).ConfigureAwait(false);
        var entries = ids.Where(found.ContainsKey).Select(id => found[id]).ToList();
        var readable = await ReadableAsync(entries, bodies, cancellationToken).ConfigureAwait(false);
        var marked = symbol is null ? terms : [symbol, .. terms];
        var hits = entries.Where(readable.Contains).Select(e => Hit(e, marked)).ToList();
        return new SearchResults(hits, more ? request.Offset + request.Limit : null);
    }

    /// <summary>
    /// A symbol, whole or in part, finds the documents (and resolutions, decisions) whose symbol is it or holds it
    /// between slashes, and with it the whole family: "HSP/EB.2020/10/Rev.1" also finds HSP/EB.2020/10 and its
    /// other revisions, corrigenda and addenda. The one asked for comes first. Symbols are few and short:
    /// a LIKE over them is the same on every engine.
    /// </summary>
    private async Task<IReadOnlyList<long>> BySymbolAsync(string symbol, SearchIndexQuery query, CancellationToken ct)
    {
        var family = SearchText.SymbolFamily(symbol);
        // The index narrows the entries to a few symbols without reading them all; the rule below is the exact one.
        var entries = index.WithSymbolHolding(family).AsNoTracking().Filtered(query)
            .Where(e => e.Symbol != null && (query.Language != null || e.Language == null))
            // Upper-cased in SQL (upper() on every engine) against the query in capitals: "rev.1" finds "Rev.1".
#pragma warning disable CA1304, CA1311, CA1862
            .Where(e => e.Symbol!.ToUpper() == symbol || e.Symbol.ToUpper() == family || e.Symbol.ToUpper().StartsWith(family + "/")
                || e.Symbol.ToUpper().EndsWith("/" + family) || e.Symbol.ToUpper().Contains("/" + family + "/"));
        return await entries
            .OrderBy(e => e.Symbol!.ToUpper() == symbol ? 0 : 1)
#pragma warning restore CA1304, CA1311, CA1862
            .ThenBy(e => e.Symbol).ThenByDescending(e => e.Date).ThenBy(e => e.Id)
            .Skip(query.Skip).Take(query.Take).Select(e => e.Id)
            .ToListAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Each hit passes the read rule of the page it comes from, with the same helpers those pages use (ADR 014).</summary>
    private async Task<HashSet<SearchEntry>> ReadableAsync(List<SearchEntry> entries, Dictionary<Guid, Body> bodies, CancellationToken ct)
    {
        var meetingIds = entries.Where(e => e.MeetingId is not null).Select(e => e.MeetingId!.Value).Distinct().ToList();
        var meetings = await db.Meetings.AsNoTracking().Where(m => meetingIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, ct).ConfigureAwait(false);
        var documentIds = entries.Where(e => e.Kind == SearchKind.Document).Select(e => e.SourceId).Distinct().ToList();
        var documents = await db.Documents.AsNoTracking().Where(d => documentIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, ct).ConfigureAwait(false);

        var readable = new HashSet<SearchEntry>();
        foreach (var entry in entries)
        {
            var body = entry.BodyId is { } bodyId ? bodies.GetValueOrDefault(bodyId) : null;
            var meeting = entry.MeetingId is { } meetingId ? meetings.GetValueOrDefault(meetingId) : null;
            var ok = entry.Kind switch
            {
                SearchKind.RecordEntry => body is not null && user.SeesDraftsOf(body),
                SearchKind.Summary => entry.Published && body is not null && meeting is not null && SummarySupport.MayReadPublished(user, body, meeting),
                SearchKind.Journal => entry.Published && body is not null && entry.Date is { } day && JournalSupport.MayReadPublished(user, body, DateOnly.FromDateTime(day.UtcDateTime)),
                SearchKind.Document => body is not null && meeting is not null && documents.GetValueOrDefault(entry.SourceId) is { } document && MayRead(document, body, meeting),
                SearchKind.Resolution or SearchKind.Decision => user.IsAuthenticated,
                _ => false,
            };
            if (ok)
            {
                readable.Add(entry);
            }
        }

        return readable;
    }

    private bool MayRead(Document document, Body body, Domain.Meetings.Meeting meeting)
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

    private static SearchHit Hit(SearchEntry entry, IReadOnlyList<string> terms)
    {
        var link = entry.Kind switch
        {
            SearchKind.Summary => $"/public/meetings/{entry.MeetingId}",
            SearchKind.Journal => string.Create(CultureInfo.InvariantCulture, $"/public/sessions/{entry.SessionId}/journal?date={entry.Date:yyyy-MM-dd}"),
            SearchKind.RecordEntry => $"/meetings/{entry.MeetingId}/record/entries/{entry.SourceId}",
            SearchKind.Document when entry.Language is not null => $"/documents/{entry.SourceId}/files/{entry.Language}",
            SearchKind.Document => $"/public/meetings/{entry.MeetingId}",
            SearchKind.Resolution => $"/resolutions/{entry.SourceId}",
            _ => string.Create(CultureInfo.InvariantCulture, $"/bodies/{entry.BodyId}/decisions?year={entry.Date:yyyy}"),
        };
        return new SearchHit(entry.Kind, entry.SourceId, entry.Title, SearchText.Snippet(entry.Text, terms), link, entry.MeetingId, entry.Symbol, entry.Language, entry.Date);
    }
}
