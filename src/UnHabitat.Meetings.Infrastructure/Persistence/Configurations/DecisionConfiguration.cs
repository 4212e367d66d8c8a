using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UnHabitat.Meetings.Domain.Bodies;
using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Domain.Decisions;
using UnHabitat.Meetings.Domain.Meetings;

namespace UnHabitat.Meetings.Infrastructure.Persistence.Configurations;

internal sealed class DecisionConfiguration : IEntityTypeConfiguration<Decision>
{
    public void Configure(EntityTypeBuilder<Decision> builder)
    {
        builder.ToTable("Decisions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.HasOne<Body>().WithMany().HasForeignKey(d => d.BodyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(d => d.MeetingId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(d => d.Number).HasMaxLength(Limits.EnumText).IsRequired();

        // The safety net behind the aggregate's rule: two officers racing for one number cannot both win.
        builder.HasIndex(d => new { d.BodyId, d.Series, d.Ordinal }).IsUnique();
        builder.HasIndex(d => new { d.BodyId, d.Year });
        builder.HasIndex(d => d.MeetingId);
        builder.Property(d => d.Title).HasMaxLength(Limits.Title).IsRequired();
        builder.Property(d => d.Text).HasMaxLength(Limits.Text);
        builder.Property(d => d.DocumentSymbol).HasMaxLength(Limits.Symbol);
    }
}
