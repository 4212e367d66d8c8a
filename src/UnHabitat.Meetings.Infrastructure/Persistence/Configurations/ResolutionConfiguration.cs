using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UnHabitat.Meetings.Domain.Bodies;
using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Domain.Resolutions;

namespace UnHabitat.Meetings.Infrastructure.Persistence.Configurations;

internal sealed class ResolutionConfiguration : IEntityTypeConfiguration<Resolution>
{
    public void Configure(EntityTypeBuilder<Resolution> builder)
    {
        builder.ToTable("Resolutions");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasOne<Body>().WithMany().HasForeignKey(r => r.BodyId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.Symbol).HasMaxLength(Limits.Symbol).IsRequired();
        builder.HasIndex(r => r.Symbol).IsUnique();
        builder.Property(r => r.Reference).HasMaxLength(Limits.ShortText).IsRequired();
        builder.HasIndex(r => new { r.BodyId, r.Reference }).IsUnique();
        builder.HasIndex(r => r.Reference);
        builder.Property(r => r.Title).HasMaxLength(Limits.Title).IsRequired();
        builder.Property(r => r.Units).HasMaxLength(Limits.Text).IsRequired();
        builder.Property(r => r.Documents).HasMaxLength(Limits.Text).IsRequired();
        builder.Ignore(r => r.UnitList);
        builder.Ignore(r => r.DocumentList);
        builder.Ignore(r => r.ParsedReference);
        builder.Ignore(r => r.UpdatesInOrder);
        builder.Ignore(r => r.ParagraphList);

        builder.OwnsMany(r => r.Paragraphs, op =>
        {
            op.ToTable("ResolutionParagraphs");
            op.WithOwner().HasForeignKey("ResolutionId");
            op.Property<Guid>("Id");
            op.HasKey("Id");
            op.Property(p => p.Number).HasMaxLength(Limits.EnumText).IsRequired();
            op.Property(p => p.Text).HasMaxLength(Limits.Text);
            op.Ignore(p => p.Parsed);
        });
        builder.Navigation(r => r.Paragraphs).HasField("_paragraphs").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(r => r.Updates, update =>
        {
            update.ToTable("ResolutionUpdates");
            update.WithOwner().HasForeignKey("ResolutionId");
            update.HasKey(u => u.Id);
            update.Property(u => u.Id).ValueGeneratedNever();
            update.Property(u => u.Period).HasMaxLength(Limits.Name).IsRequired();
            update.Property(u => u.Challenges).HasMaxLength(Limits.Text);
            update.Property(u => u.LessonsLearned).HasMaxLength(Limits.Text);
            update.Property(u => u.RecordedBy).HasMaxLength(Limits.Name).IsRequired();
            update.Ignore(u => u.PointsInOrder);
            update.Ignore(u => u.MilestonesInOrder);
            update.Ignore(u => u.ReferencedParagraphs);

            update.OwnsMany(u => u.Points, point =>
            {
                point.ToTable("ResolutionUpdatePoints");
                point.WithOwner().HasForeignKey("UpdateId");
                point.Property<Guid>("Id");
                point.HasKey("Id");
                point.Property(p => p.Text).HasMaxLength(Limits.Text).IsRequired();
                point.Property(p => p.Paragraphs).HasMaxLength(Limits.Title).IsRequired();
                point.Ignore(p => p.References);
            });
            update.Navigation(u => u.Points).HasField("_points").UsePropertyAccessMode(PropertyAccessMode.Field);

            update.OwnsMany(u => u.ParagraphStatuses, status =>
            {
                status.ToTable("ResolutionParagraphStatuses");
                status.WithOwner().HasForeignKey("UpdateId");
                status.Property<Guid>("Id");
                status.HasKey("Id");
                status.Property(s => s.Paragraph).HasMaxLength(Limits.EnumText).IsRequired();
                status.Ignore(s => s.Parsed);
            });
            update.Navigation(u => u.ParagraphStatuses).HasField("_paragraphStatuses").UsePropertyAccessMode(PropertyAccessMode.Field);

            update.OwnsMany(u => u.Milestones, milestone =>
            {
                milestone.ToTable("ResolutionMilestones");
                milestone.WithOwner().HasForeignKey("UpdateId");
                milestone.Property<Guid>("Id");
                milestone.HasKey("Id");
                milestone.Property(m => m.Label).HasMaxLength(Limits.Name).IsRequired();
                milestone.Property(m => m.Due).HasMaxLength(10).IsRequired();
                milestone.Ignore(m => m.DueDate);
            });
            update.Navigation(u => u.Milestones).HasField("_milestones").UsePropertyAccessMode(PropertyAccessMode.Field);
        });
        builder.Navigation(r => r.Updates).HasField("_updates").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
