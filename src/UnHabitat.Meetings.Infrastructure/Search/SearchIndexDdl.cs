using Microsoft.EntityFrameworkCore.Migrations;

namespace UnHabitat.Meetings.Infrastructure.Search;

/// <summary>
/// Each engine's full-text structure over <c>SearchEntries</c>, in one place for the migration that creates it and
/// the queries that use it (ADR 023). The table itself is in the model; these are not, on purpose: EF cannot
/// describe them, and the schema test leaves out exactly the names declared here.
/// <list type="bullet">
/// <item>SQLite: an FTS5 table over Title and Text, kept in step by triggers in the same transaction as every
/// change of an entry; words split by unicode61 (diacritics folded), English endings by porter.</item>
/// <item>PostgreSQL: a GIN index over <c>to_tsvector</c> with the text search configuration of each entry's
/// language (english, french, spanish, russian; simple for Arabic and Chinese, whose ideographs the
/// application sets apart as single-character words); kept in step by PostgreSQL itself.</item>
/// <item>SQL Server: nothing; its full-text search needs a catalog the installation may not have, so the search
/// there is a LIKE over the same table (slower, same answers for whole words).</item>
/// </list>
/// </summary>
public static class SearchIndexDdl
{
    /// <summary>SQLite's FTS5 table; its shadow tables are named after it (SearchText_data, …).</summary>
    public const string SqliteTable = "SearchText";

    /// <summary>PostgreSQL's first text-search index on SearchEntries, over the expression (dropped since <c>SearchExpressionIndexDropped</c>).</summary>
    public const string PostgresIndex = "IX_SearchEntries_FullText";

    private const string Sqlite = "Microsoft.EntityFrameworkCore.Sqlite";
    private const string Postgres = "Npgsql.EntityFrameworkCore.PostgreSQL";

    /// <summary>The configuration for an entry's language; records and titles without one are English.</summary>
    public const string PostgresConfiguration =
        "(CASE \"Language\" WHEN 'fr' THEN 'french'::regconfig WHEN 'es' THEN 'spanish'::regconfig WHEN 'ru' THEN 'russian'::regconfig " +
        "WHEN 'ar' THEN 'simple'::regconfig WHEN 'zh' THEN 'simple'::regconfig ELSE 'english'::regconfig END)";

    /// <summary>The document vector; a query must repeat this exact expression for the index to serve it.</summary>
    public const string PostgresVector = "to_tsvector(" + PostgresConfiguration + ", \"Title\" || ' ' || \"Text\")";

    /// <summary>PostgreSQL: the stored column holding <see cref="PostgresVector"/> (in the model), which the queries use.</summary>
    public const string PostgresVectorColumn = "Vector";

    /// <summary>The configurations a query is read with, one after the other (OR-ed): whichever the entry's language used.</summary>
    public static readonly IReadOnlyList<string> PostgresQueryConfigurations = ["english", "french", "spanish", "russian", "simple"];

    /// <summary>The configuration of one language, as in <see cref="PostgresConfiguration"/>: a search in one language reads the query once.</summary>
    public static string PostgresConfigurationOf(string language) => language switch
    {
        "fr" => "french",
        "es" => "spanish",
        "ru" => "russian",
        "ar" or "zh" => "simple",
        _ => "english",
    };

    /// <summary>The entries by date (with the filters' columns), in the model: the way a search goes newest first.</summary>
    public const string NewestFirstIndex = "IX_SearchEntries_Date_Id_Kind_Published_BodyId_Language";

    public static void Create(MigrationBuilder migrationBuilder)
    {
        switch (migrationBuilder.ActiveProvider)
        {
            case Sqlite:
                migrationBuilder.Sql($"""
                    CREATE VIRTUAL TABLE "{SqliteTable}" USING fts5("Title", "Text", content='SearchEntries', content_rowid='Id', tokenize='porter unicode61 remove_diacritics 2');
                    """);
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "SearchEntries_Inserted" AFTER INSERT ON "SearchEntries" BEGIN
                        INSERT INTO "{SqliteTable}"(rowid, "Title", "Text") VALUES (new."Id", new."Title", new."Text");
                    END;
                    """);
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "SearchEntries_Deleted" AFTER DELETE ON "SearchEntries" BEGIN
                        INSERT INTO "{SqliteTable}"("{SqliteTable}", rowid, "Title", "Text") VALUES ('delete', old."Id", old."Title", old."Text");
                    END;
                    """);
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "SearchEntries_Updated" AFTER UPDATE OF "Title", "Text" ON "SearchEntries" BEGIN
                        INSERT INTO "{SqliteTable}"("{SqliteTable}", rowid, "Title", "Text") VALUES ('delete', old."Id", old."Title", old."Text");
                        INSERT INTO "{SqliteTable}"(rowid, "Title", "Text") VALUES (new."Id", new."Title", new."Text");
                    END;
                    """);
                break;
            case Postgres:
                migrationBuilder.Sql($"CREATE INDEX \"{PostgresIndex}\" ON \"SearchEntries\" USING gin (({PostgresVector}));");
                break;
        }
    }

    /// <summary>
    /// SQLite (migration <c>SearchNewestFirst</c>): the FTS5 table made contentless and keyed by
    /// <see cref="SqliteKey"/> instead of the entry's id, so that FTS5 hands the matches over newest first and a
    /// common word's first page is read without taking every match (ADR 023); filled from the entries. Other engines: nothing.
    /// </summary>
    public static void CreateNewestFirst(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        if (migrationBuilder.ActiveProvider != Sqlite)
        {
            return;
        }

        DropSqlite(migrationBuilder);
        // Contentless: the key is not the entries' Id any more, so FTS5 cannot read Title and Text back from them
        // (nothing asks it to: snippets are made from SearchEntries). A 'delete' gives the old values, as before.
        migrationBuilder.Sql($"""
            CREATE VIRTUAL TABLE "{SqliteTable}" USING fts5("Title", "Text", content='', tokenize='porter unicode61 remove_diacritics 2');
            """);
        migrationBuilder.Sql($"""
            CREATE TRIGGER "SearchEntries_Inserted" AFTER INSERT ON "SearchEntries" BEGIN
                INSERT INTO "{SqliteTable}"(rowid, "Title", "Text") VALUES ({SqliteKey("new")}, new."Title", new."Text");
            END;
            """);
        migrationBuilder.Sql($"""
            CREATE TRIGGER "SearchEntries_Deleted" AFTER DELETE ON "SearchEntries" BEGIN
                INSERT INTO "{SqliteTable}"("{SqliteTable}", rowid, "Title", "Text") VALUES ('delete', {SqliteKey("old")}, old."Title", old."Text");
            END;
            """);
        // The date is part of the key: a rescheduled meeting (SearchEntry.MovedTo) moves its entries in the index.
        migrationBuilder.Sql($"""
            CREATE TRIGGER "SearchEntries_Updated" AFTER UPDATE OF "Title", "Text", "Date" ON "SearchEntries" BEGIN
                INSERT INTO "{SqliteTable}"("{SqliteTable}", rowid, "Title", "Text") VALUES ('delete', {SqliteKey("old")}, old."Title", old."Text");
                INSERT INTO "{SqliteTable}"(rowid, "Title", "Text") VALUES ({SqliteKey("new")}, new."Title", new."Text");
            END;
            """);
        migrationBuilder.Sql($"""
            INSERT INTO "{SqliteTable}"(rowid, "Title", "Text") SELECT {SqliteKey("\"SearchEntries\"")}, "Title", "Text" FROM "SearchEntries";
            """);
    }

    /// <summary>SQLite: back from <see cref="CreateNewestFirst"/> to the table of <see cref="Create"/>, keyed by Id, rebuilt from the entries.</summary>
    public static void DropNewestFirst(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        if (migrationBuilder.ActiveProvider != Sqlite)
        {
            return;
        }

        DropSqlite(migrationBuilder);
        Create(migrationBuilder);
        migrationBuilder.Sql($"""INSERT INTO "{SqliteTable}"("{SqliteTable}") VALUES ('rebuild');""");
    }

    /// <summary>SQLite: the low bits of an FTS5 rowid hold the entry's Id (below 2^31), the high bits its date.</summary>
    public const int SqliteIdBits = 31;

    /// <summary>SQLite: an FTS5 rowid's Id, <c>rowid &amp; SqliteIdMask</c>.</summary>
    public const long SqliteIdMask = (1L << SqliteIdBits) - 1;

    /// <summary>The most seconds a key holds (2106-02-07): later dates share it, and go by Id among themselves.</summary>
    private const long SqliteLastSecond = (1L << (63 - SqliteIdBits)) - 1;

    /// <summary>
    /// SQLite: the FTS5 rowid of the entry <paramref name="row"/> (new, old, or the table), in the order of
    /// <c>ORDER BY "Date" DESC, "Id" DESC</c>: the date's whole seconds since 1970 (as EF stores it, UTC text with
    /// or without fractions) shifted above the Id. No date gives 0 seconds, last, as SQLite sorts NULL; a date is
    /// kept between 1 and <see cref="SqliteLastSecond"/> seconds, so one before 1970 still comes before those.
    /// Within one second entries go by Id.
    /// </summary>
    public static string SqliteKey(string row) =>
        $"((COALESCE(min(max(CAST(strftime('%s', {row}.\"Date\") AS INTEGER), 1), {SqliteLastSecond}), 0) << {SqliteIdBits}) | {row}.\"Id\")";

    /// <summary>SQLite: the first key of the second <paramref name="date"/> falls in, as <see cref="SqliteKey"/> computes it.</summary>
    public static long SqliteKeyOf(DateTimeOffset date) => Math.Clamp(date.ToUnixTimeSeconds(), 1, SqliteLastSecond) << SqliteIdBits;

    /// <summary>SQLite: the first key after the second <paramref name="date"/> falls in (no key is above it when that is the last one).</summary>
    public static long SqliteKeyAfter(DateTimeOffset date)
    {
        var second = Math.Clamp(date.ToUnixTimeSeconds(), 1, SqliteLastSecond);
        return second == SqliteLastSecond ? long.MaxValue : (second + 1) << SqliteIdBits;
    }

    /// <summary>
    /// PostgreSQL (migration <c>SearchExpressionIndexDropped</c>): the first migration's index over the text-search
    /// expression goes. Since <c>SearchChange</c> the queries read the stored <see cref="PostgresVectorColumn"/> and its
    /// own GIN index, so this one was read by nothing and written on every change (52 MB on ten years of records).
    /// </summary>
    public static void DropPostgresExpressionIndex(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        if (migrationBuilder.ActiveProvider == Postgres)
        {
            migrationBuilder.Sql($"DROP INDEX IF EXISTS \"{PostgresIndex}\";");
        }
    }

    /// <summary>The Down of <see cref="DropPostgresExpressionIndex"/>: the index as the first migration made it.</summary>
    public static void RestorePostgresExpressionIndex(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        if (migrationBuilder.ActiveProvider == Postgres)
        {
            migrationBuilder.Sql($"CREATE INDEX IF NOT EXISTS \"{PostgresIndex}\" ON \"SearchEntries\" USING gin (({PostgresVector}));");
        }
    }

    public static void Drop(MigrationBuilder migrationBuilder)
    {
        switch (migrationBuilder.ActiveProvider)
        {
            case Sqlite:
                DropSqlite(migrationBuilder);
                break;
            case Postgres:
                migrationBuilder.Sql($"DROP INDEX IF EXISTS \"{PostgresIndex}\";");
                break;
        }
    }

    private static void DropSqlite(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"SearchEntries_Inserted\";");
        migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"SearchEntries_Deleted\";");
        migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"SearchEntries_Updated\";");
        migrationBuilder.Sql($"DROP TABLE IF EXISTS \"{SqliteTable}\";");
    }
}
