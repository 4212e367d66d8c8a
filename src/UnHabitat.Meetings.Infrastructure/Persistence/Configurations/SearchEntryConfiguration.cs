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
    }
}
