using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Domain.Meetings;
using UnHabitat.Meetings.Domain.Summaries;

namespace UnHabitat.Meetings.Infrastructure.Persistence.Configurations;

internal sealed class MeetingSummaryConfiguration : IEntityTypeConfiguration<MeetingSummary>
{
    public void Configure(EntityTypeBuilder<MeetingSummary> builder)
    {
        builder.ToTable("MeetingSummaries");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasOne<Meeting>().WithOne().HasForeignKey<MeetingSummary>(s => s.Id).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(s => s.LatestPublished);
        builder.OwnsMany(s => s.Published, p =>
        {
            p.ToTable("PublishedSummaryRevisions");
            p.WithOwner().HasForeignKey("MeetingId");
            p.HasKey("MeetingId", nameof(PublishedRevision.Revision));
            p.Property(x => x.Revision).ValueGeneratedNever();
            p.Property(x => x.PublishedBy).HasMaxLength(Limits.Name).IsRequired();
            p.Property(x => x.Content).IsRequired();
        });
        builder.Navigation(s => s.Published).HasField("_published").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(s => s.RecordFrozenBecause);
        builder.Ignore(s => s.LastReturnByChair);
        builder.OwnsMany(s => s.History, step =>
        {
            step.ToTable("SummaryTransitions");
            step.WithOwner().HasForeignKey("MeetingId");
            step.HasKey(x => x.Id);
            step.Property(x => x.Id).ValueGeneratedNever();
            step.Property(x => x.ByName).HasMaxLength(Limits.Name).IsRequired();
            step.Property(x => x.Comment).HasMaxLength(Limits.Text);
            step.Property(x => x.Snapshot);
        });
        builder.Navigation(s => s.History).HasField("_history").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
