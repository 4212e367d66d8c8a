using System.Linq.Expressions;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Domain.Search;
using UnHabitat.Meetings.Infrastructure.Persistence;

namespace UnHabitat.Meetings.Infrastructure.Search;

/// <summary>
/// SQLite: FTS5's MATCH over Title and Text, newest first. Which way round depends on how many entries hold the
/// words, which FTS5 counts from its word lists without reading a row: a few are read by their ids and sorted;
/// many (a common word) are met by walking the entries from the newest down the date index, each looked up in the
/// matches, until the page is full, so the cost follows the page, not the size of the archive (ADR 023).
/// </summary>
internal sealed partial class SqliteSearchIndex(MeetingsDbContext db) : ISearchIndex
{
    /// <summary>Up to this many matches, reading them by id and sorting them is cheaper than walking the dates.</summary>
    internal const int FewMatches = 2_000;

    public async Task<IReadOnlyList<long>> MatchAsync(SearchIndexQuery query, CancellationToken cancellationToken)
    {
        // Each term a quoted string: a phrase for ideographs ("住 房"), a word otherwise; all must be found.
        var match = string.Join(' ', query.Terms.Select(t => "\"" + t.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
        var count = await CountAsync(match, cancellationToken).ConfigureAwait(false);
        var way = count <= FewMatches ? "NOT INDEXED" : $"INDEXED BY \"{SearchIndexDdl.NewestFirstIndex}\"";
        // Only constants are spliced in; what the user typed goes as the parameter {0}.
#pragma warning disable EF1002
        var found = db.SearchEntries.FromSqlRaw(
            $"SELECT * FROM \"SearchEntries\" {way} WHERE \"Id\" IN (SELECT rowid FROM \"{SearchIndexDdl.SqliteTable}\" WHERE \"{SearchIndexDdl.SqliteTable}\" MATCH {{0}})", match);
#pragma warning restore EF1002
        return await found.AsNoTracking().Filtered(query)
            .OrderByDescending(e => e.Date).ThenByDescending(e => e.Id)
            .Skip(query.Skip).Take(query.Take).Select(e => e.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The title entries of documents and resolutions (and decisions indexed since) begin with their symbol, so the
    /// symbol's words as a phrase ("eb 2025 691") find them in the full-text index; the symbol itself and its
    /// revisions are also taken by range on the symbol index, for decisions indexed before. The entries are then read
    /// by the symbol index, which the planner (without statistics) would otherwise pass over for the kind's.
    /// </summary>
    public IQueryable<SearchEntry> WithSymbolHolding(string family)
    {
        var phrase = "\"" + string.Join(' ', SymbolWord().Matches(family).Select(m => m.Value)) + "\"";
        // '0' follows '/': from "family/" up to "family0" is every "family/…" and nothing else.
#pragma warning disable EF1002
        return db.SearchEntries.FromSqlRaw(
            $$"""
            SELECT * FROM "SearchEntries" INDEXED BY "IX_SearchEntries_Symbol" WHERE "Symbol" IN (
                SELECT "Symbol" FROM "SearchEntries" WHERE "Symbol" IS NOT NULL
                    AND "Id" IN (SELECT rowid FROM "{{SearchIndexDdl.SqliteTable}}" WHERE "{{SearchIndexDdl.SqliteTable}}" MATCH {0})
                UNION SELECT "Symbol" FROM "SearchEntries" WHERE "Symbol" = {1} OR ("Symbol" >= {2} AND "Symbol" < {3}))
            """, phrase, family, family + "/", family + "0");
#pragma warning restore EF1002
    }

    /// <summary>How many entries hold the words, counted no further than needed to choose the way.</summary>
    private async Task<long> CountAsync(string match, CancellationToken cancellationToken)
    {
#pragma warning disable EF1002
        var counted = await db.Database.SqlQueryRaw<long>(
            $"SELECT count(*) AS \"Value\" FROM (SELECT 1 FROM \"{SearchIndexDdl.SqliteTable}\" WHERE \"{SearchIndexDdl.SqliteTable}\" MATCH {{0}} LIMIT {FewMatches + 1})", match)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
#pragma warning restore EF1002
        return counted.Count > 0 ? counted[0] : 0;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex SymbolWord();
}

/// <summary>
/// PostgreSQL: the entry's stored vector (built with its language's configuration) against the query read with that
/// language's configuration when one is asked for, else with each configuration in turn (OR-ed), so that "logements"
/// finds French text stemmed as French and English text as English; newest first. With the vector stored, checking
/// a row is cheap: first the newest entries are walked down the date index and checked one by one, which fills a
/// page of anything but a rare word after a few rows; only when that walk comes short does the planner choose
/// (a rare word's few rows from the GIN index, sorted). The walk comes first because the planner's guess of how many
/// rows hold a phrase (Chinese words are phrases of characters) is far too low, and it would read them all.
/// </summary>
internal sealed class PostgresSearchIndex(MeetingsDbContext db) : ISearchIndex
{
    /// <summary>How many of the newest entries (within the filters) are checked before asking the GIN index.</summary>
    internal const int Walk = 5_000;

    public async Task<IReadOnlyList<long>> MatchAsync(SearchIndexQuery query, CancellationToken cancellationToken)
    {
        // websearch_to_tsquery reads "住 房" in quotes as a phrase and never fails on what a user types.
        var text = string.Join(' ', query.Terms.Select(t => "\"" + t.Replace("\"", string.Empty, StringComparison.Ordinal) + "\""));
        var matches = Matches(text, query.Language);
        var entries = db.SearchEntries.AsNoTracking().Filtered(query);
        var walked = await entries.OrderByDescending(e => e.Date).ThenByDescending(e => e.Id).Take(Walk)
            .Where(matches).OrderByDescending(e => e.Date).ThenByDescending(e => e.Id)
            .Skip(query.Skip).Take(query.Take).Select(e => e.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (walked.Count == query.Take)
        {
            return walked;
        }

        return await entries.Where(matches).OrderByDescending(e => e.Date).ThenByDescending(e => e.Id)
            .Skip(query.Skip).Take(query.Take).Select(e => e.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    private static Expression<Func<SearchEntry, bool>> Matches(string text, string? language)
    {
        const string vector = SearchIndexDdl.PostgresVectorColumn;
        if (language is not null)
        {
            var configuration = SearchIndexDdl.PostgresConfigurationOf(language);
            return e => EF.Property<NpgsqlTsVector>(e, vector).Matches(EF.Functions.WebSearchToTsQuery(configuration, text));
        }

        // Whichever configuration the entry's language used (SearchIndexDdl.PostgresQueryConfigurations).
        return e => EF.Property<NpgsqlTsVector>(e, vector).Matches(
            EF.Functions.WebSearchToTsQuery("english", text).Or(EF.Functions.WebSearchToTsQuery("french", text))
                .Or(EF.Functions.WebSearchToTsQuery("spanish", text)).Or(EF.Functions.WebSearchToTsQuery("russian", text))
                .Or(EF.Functions.WebSearchToTsQuery("simple", text)));
    }

    /// <summary>Symbols hold the family as a substring: the trigram index on symbols finds those without reading them all.</summary>
    public IQueryable<SearchEntry> WithSymbolHolding(string family) =>
        db.SearchEntries.Where(e => e.Symbol != null && EF.Functions.ILike(e.Symbol, "%" + family + "%"));
}

/// <summary>
/// SQL Server, and any engine without a full-text structure here: every term as a substring of the title or the
/// text (LIKE, case-insensitive under the usual collations), newest first. Slower on a large archive; full-text
/// catalogs can replace it where the installation has them (ADR 023).
/// </summary>
internal sealed class LikeSearchIndex(MeetingsDbContext db) : ISearchIndex
{
    public async Task<IReadOnlyList<long>> MatchAsync(SearchIndexQuery query, CancellationToken cancellationToken)
    {
        var entries = db.SearchEntries.AsNoTracking().Filtered(query);
        foreach (var term in query.Terms)
        {
            entries = entries.Where(e => e.Title.Contains(term) || e.Text.Contains(term));
        }

        return await entries.OrderByDescending(e => e.Date).ThenByDescending(e => e.Id)
            .Skip(query.Skip).Take(query.Take).Select(e => e.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public IQueryable<SearchEntry> WithSymbolHolding(string family) =>
        db.SearchEntries.Where(e => e.Symbol != null && e.Symbol.Contains(family));
}
