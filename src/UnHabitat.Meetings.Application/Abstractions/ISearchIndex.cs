using UnHabitat.Meetings.Domain.Search;

namespace UnHabitat.Meetings.Application.Abstractions;

/// <summary>
/// A full-text question to the index: every term must be found (in the title or the text), within the filters, and
/// only among entries that are published or belong to a body whose insiders the caller is.
/// </summary>
/// <param name="Terms">From <see cref="Search.SearchText.Terms"/>: words, or runs of ideographs as phrases of single characters.</param>
/// <param name="Kinds">The kinds the caller may find at all (resolutions and decisions need signing in).</param>
public sealed record SearchIndexQuery(
    IReadOnlyList<string> Terms,
    IReadOnlyCollection<SearchKind> Kinds,
    Guid? BodyId,
    DateTimeOffset? From,
    DateTimeOffset? To,
    string? Language,
    bool EveryBody,
    IReadOnlyCollection<Guid> InsiderBodies,
    int Skip,
    int Take);

/// <summary>
/// The engine's own full-text search over the search entries (SQLite FTS5, PostgreSQL text search with the
/// language's configuration, SQL Server by LIKE): the ids of the entries found, newest first (ADR 023).
/// </summary>
public interface ISearchIndex
{
    Task<IReadOnlyList<long>> MatchAsync(SearchIndexQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// The entries whose symbol may hold <paramref name="family"/> (in capitals, e.g. "EB.2020/10"), found through an
    /// index rather than by reading every symbol: at least every entry whose symbol holds it, maybe a few more; the
    /// caller composes its filters and keeps its exact rule.
    /// </summary>
    IQueryable<SearchEntry> WithSymbolHolding(string family);
}

public static class SearchIndexQueryFilters
{
    /// <summary>The filters of a search that are not about words, the same on every engine (the engines compose their full-text match with these).</summary>
    public static IQueryable<SearchEntry> Filtered(this IQueryable<SearchEntry> entries, SearchIndexQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var kinds = query.Kinds.ToList();
        var insiderOf = query.InsiderBodies.ToList();
        entries = entries.Where(e => kinds.Contains(e.Kind));
        if (!query.EveryBody)
        {
            // Unpublished entries (the record, draft documents) only for the body's insiders; the read rules do the rest.
            entries = entries.Where(e => e.Published || (e.BodyId != null && insiderOf.Contains(e.BodyId.Value)));
        }

        if (query.BodyId is { } body)
        {
            entries = entries.Where(e => e.BodyId == body);
        }

        if (query.Language is { } language)
        {
            entries = entries.Where(e => e.Language == language);
        }

        if (query.From is { } from)
        {
            entries = entries.Where(e => e.Date >= from);
        }

        if (query.To is { } to)
        {
            entries = entries.Where(e => e.Date < to);
        }

        return entries;
    }
}
