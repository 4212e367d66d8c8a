using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Domain.Notifications;

namespace UnHabitat.Meetings.Infrastructure.Persistence.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("Notifications");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Kind).HasMaxLength(Limits.ShortText).IsRequired();
        builder.Property(n => n.Text).HasMaxLength(Limits.Title * 2).IsRequired();
        builder.Property(n => n.Link).HasMaxLength(Limits.Title);
        builder.HasIndex(n => new { n.UserId, n.CreatedAt });
    }
}
