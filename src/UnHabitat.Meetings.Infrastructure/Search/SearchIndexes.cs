using System.Globalization;
using System.Linq.Expressions;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Domain.Search;
using UnHabitat.Meetings.Infrastructure.Persistence;

namespace UnHabitat.Meetings.Infrastructure.Search;

/// <summary>
/// SQLite: FTS5's MATCH over Title and Text, newest first. The FTS5 rowid is the entry's date and id
/// (<see cref="SearchIndexDdl.SqliteKey"/>), so FTS5 itself gives the matches newest first and stops when asked
/// to: they are taken in growing batches and the entries of each batch read by id with the filters, until the page
/// is full or the matches run out. The cost follows the page, not the size of the archive (ADR 023).
/// </summary>
internal sealed partial class SqliteSearchIndex(MeetingsDbContext db) : ISearchIndex
{
    /// <summary>The first batch of matches; each next one is four times larger (up to <see cref="LastBatch"/>), for filters that keep few.</summary>
    internal const int FirstBatch = 100;

    internal const int LastBatch = 25_600;

    public async Task<IReadOnlyList<long>> MatchAsync(SearchIndexQuery query, CancellationToken cancellationToken)
    {
        // Each term a quoted string: a phrase for ideographs ("住 房"), a word otherwise; all must be found.
        var match = string.Join(' ', query.Terms.Select(t => "\"" + t.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
        // The dates asked for are a range of keys (a little wider within a second: the filters are exact).
        var lowest = query.From is { } from ? SearchIndexDdl.SqliteKeyOf(from) : long.MinValue;
        var below = query.To is { } to ? SearchIndexDdl.SqliteKeyAfter(to) : long.MaxValue;
        var wanted = query.Skip + query.Take;
        var batch = Math.Max(FirstBatch, wanted);
        var found = new List<long>();
        while (found.Count < wanted)
        {
            // Only constants are spliced in; what the user typed goes as the parameter {0}.
#pragma warning disable EF1002
            var keys = await db.Database.SqlQueryRaw<long>(
                $"SELECT rowid AS \"Value\" FROM \"{SearchIndexDdl.SqliteTable}\" WHERE \"{SearchIndexDdl.SqliteTable}\" MATCH {{0}} AND rowid >= {{1}} AND rowid < {{2}} ORDER BY rowid DESC LIMIT {{3}}",
                match, lowest, below, batch).ToListAsync(cancellationToken).ConfigureAwait(false);
#pragma warning restore EF1002
            if (keys.Count == 0)
            {
                break;
            }

            var ids = keys.Select(k => k & SearchIndexDdl.SqliteIdMask).ToList();
            // In the order of the keys (newest first), those the filters keep.
            var kept = (await ByIds(ids).AsNoTracking().Filtered(query).Select(e => e.Id)
                .ToListAsync(cancellationToken).ConfigureAwait(false)).ToHashSet();
            found.AddRange(ids.Where(kept.Contains));
            if (keys.Count < batch)
            {
                break;
            }

            below = keys[^1];
            batch = Math.Min(batch * 4, LastBatch);
        }

        return [.. found.Skip(query.Skip).Take(query.Take)];
    }

    /// <summary>
    /// The entries of these ids, looked up by their primary key: NOT INDEXED keeps SQLite (which has no statistics)
    /// from choosing the kind's index for the filters instead and reading every entry of that kind. (Checking the
    /// filters in the date index instead, which holds their columns, was slower: a batch's dates span several
    /// times as many entries as it holds.)
    /// </summary>
    private IQueryable<SearchEntry> ByIds(List<long> ids) =>
        db.SearchEntries.FromSqlRaw(
            "SELECT * FROM \"SearchEntries\" NOT INDEXED WHERE \"Id\" IN (SELECT value FROM json_each({0}))",
            "[" + string.Join(',', ids.Select(id => id.ToString(CultureInfo.InvariantCulture))) + "]");

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
                    AND "Id" IN (SELECT rowid & {{SearchIndexDdl.SqliteIdMask}} FROM "{{SearchIndexDdl.SqliteTable}}" WHERE "{{SearchIndexDdl.SqliteTable}}" MATCH {0})
                UNION SELECT "Symbol" FROM "SearchEntries" WHERE "Symbol" = {1} OR ("Symbol" >= {2} AND "Symbol" < {3}))
            """, phrase, family, family + "/", family + "0");
#pragma warning restore EF1002
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
