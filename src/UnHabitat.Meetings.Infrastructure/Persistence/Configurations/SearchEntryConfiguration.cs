using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Domain.Search;

namespace UnHabitat.Meetings.Infrastructure.Persistence.Configurations;

/// <summary>
/// The search entries. The engines' full-text structures over them (SQLite's FTS5 table and its triggers,
/// PostgreSQL's text-search index) are outside the model: see <see cref="Search.SearchIndexDdl"/>.
/// </summary>
internal sealed class SearchEntryConfiguration : IEntityTypeConfiguration<SearchEntry>
{
    public void Configure(EntityTypeBuilder<SearchEntry> builder)
    {
        builder.ToTable("SearchEntries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedOnAdd();
        builder.Property(e => e.Symbol).HasMaxLength(Limits.Symbol);
        builder.Property(e => e.Title).HasMaxLength(Limits.Title + Limits.Name).IsRequired();
        builder.Property(e => e.Language).HasMaxLength(Limits.MemberStateCode);
        builder.Property(e => e.Text).IsRequired();
        builder.Property(e => e.ContentHash).HasMaxLength(64);

        // Rebuilding a source's entries finds them by source; a rescheduled meeting moves its entries' dates.
        builder.HasIndex(e => new { e.Kind, e.SourceId });
        builder.HasIndex(e => e.MeetingId);
        builder.HasIndex(e => e.Symbol);

        // Newest first: a search walks this index from the newest entry and stops at the page's end, so a common word
        // costs the same on ten years as on one (ADR 023). The filters' columns ride along so SQLite need not read the row.
        builder.HasIndex(e => new { e.Date, e.Id, e.Kind, e.Published, e.BodyId, e.Language });
    }

    /// <summary>
    /// PostgreSQL only: the entry's text-search vector stored with the row (its language's configuration, as
    /// <see cref="Search.SearchIndexDdl.PostgresVector"/>), so that checking an entry met in date order is a look at a
    /// column rather than parsing its text again; and a trigram index over symbols for a part of a symbol.
    /// </summary>
    public static void ConfigurePostgres(ModelBuilder model, EntityTypeBuilder<SearchEntry> builder)
    {
        model.HasPostgresExtension("pg_trgm");
        builder.Property<NpgsqlTypes.NpgsqlTsVector>(Search.SearchIndexDdl.PostgresVectorColumn)
            .HasComputedColumnSql(Search.SearchIndexDdl.PostgresVector, stored: true);
        builder.HasIndex(Search.SearchIndexDdl.PostgresVectorColumn).HasMethod("gin");
        builder.HasIndex(e => e.Symbol, "IX_SearchEntries_Symbol_Trigrams").HasMethod("gin").HasOperators("gin_trgm_ops");
    }
}
