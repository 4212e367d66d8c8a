using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Infrastructure.Persistence;

namespace UnHabitat.Meetings.Infrastructure.Search;

/// <summary>An entry the engine's full-text search found, with its score (lower is better in SQLite, higher in PostgreSQL).</summary>
internal sealed class RankedEntry
{
    public long Id { get; set; }

    public double Rank { get; set; }
}

/// <summary>SQLite: FTS5's MATCH over Title and Text, best (lowest bm25 rank) first.</summary>
internal sealed class SqliteSearchIndex(MeetingsDbContext db) : ISearchIndex
{
    public async Task<IReadOnlyList<long>> MatchAsync(SearchIndexQuery query, CancellationToken cancellationToken)
    {
        // Each term a quoted string: a phrase for ideographs ("住 房"), a word otherwise; all must be found.
        var match = string.Join(' ', query.Terms.Select(t => "\"" + t.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
        // Only the table's name is spliced in; what the user typed goes as the parameter {0}.
#pragma warning disable EF1002
        var found = db.Database.SqlQueryRaw<RankedEntry>(
            $"SELECT rowid AS \"Id\", rank AS \"Rank\" FROM \"{SearchIndexDdl.SqliteTable}\" WHERE \"{SearchIndexDdl.SqliteTable}\" MATCH {{0}}", match);
#pragma warning restore EF1002
        return await db.SearchEntries.AsNoTracking().Filtered(query)
            .Join(found, e => e.Id, f => f.Id, (e, f) => new { e.Id, f.Rank })
            .OrderBy(x => x.Rank).ThenBy(x => x.Id)
            .Skip(query.Skip).Take(query.Take).Select(x => x.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>
/// PostgreSQL: the entry's vector (built with its language's configuration) against the query read with each
/// configuration in turn, so that "logements" finds French text stemmed as French and English text as English;
/// best (highest ts_rank) first. The vector expression is the index's, so the GIN index serves the match.
/// </summary>
internal sealed class PostgresSearchIndex(MeetingsDbContext db) : ISearchIndex
{
    public async Task<IReadOnlyList<long>> MatchAsync(SearchIndexQuery query, CancellationToken cancellationToken)
    {
        // websearch_to_tsquery reads "住 房" in quotes as a phrase and never fails on what a user types.
        var text = string.Join(' ', query.Terms.Select(t => "\"" + t.Replace("\"", string.Empty, StringComparison.Ordinal) + "\""));
        var tsquery = "(" + string.Join(" || ", SearchIndexDdl.PostgresQueryConfigurations.Select(c => $"websearch_to_tsquery('{c}', {{0}})")) + ")";
        // Only constants are spliced in; what the user typed goes as the parameter {0}.
#pragma warning disable EF1002
        var found = db.Database.SqlQueryRaw<RankedEntry>(
            $"SELECT \"Id\", ts_rank({SearchIndexDdl.PostgresVector}, {tsquery})::float8 AS \"Rank\" FROM \"SearchEntries\" WHERE {SearchIndexDdl.PostgresVector} @@ {tsquery}", text);
#pragma warning restore EF1002
        return await db.SearchEntries.AsNoTracking().Filtered(query)
            .Join(found, e => e.Id, f => f.Id, (e, f) => new { e.Id, f.Rank })
            .OrderByDescending(x => x.Rank).ThenBy(x => x.Id)
            .Skip(query.Skip).Take(query.Take).Select(x => x.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }
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

        return await entries.OrderByDescending(e => e.Date).ThenBy(e => e.Id)
            .Skip(query.Skip).Take(query.Take).Select(e => e.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }
}
