using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Domain.Journals;
using UnHabitat.Meetings.Domain.Sessions;

namespace UnHabitat.Meetings.Infrastructure.Persistence.Configurations;

internal sealed class DailyJournalConfiguration : IEntityTypeConfiguration<DailyJournal>
{
    public void Configure(EntityTypeBuilder<DailyJournal> builder)
    {
        builder.ToTable("DailyJournals");
        builder.HasKey(j => j.Id);
        builder.Property(j => j.Id).ValueGeneratedNever();
        builder.HasOne<Session>().WithMany().HasForeignKey(j => j.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(j => new { j.SessionId, j.Date }).IsUnique();
        builder.Ignore(j => j.LatestPublished);
        builder.OwnsMany(j => j.Published, p =>
        {
            p.ToTable("PublishedJournalRevisions");
            p.WithOwner().HasForeignKey("JournalId");
            p.HasKey("JournalId", nameof(Domain.Summaries.PublishedRevision.Revision));
            p.Property(x => x.Revision).ValueGeneratedNever();
            p.Property(x => x.PublishedBy).HasMaxLength(Limits.Name).IsRequired();
            p.Property(x => x.Content).IsRequired();
        });
        builder.Navigation(j => j.Published).HasField("_published").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
