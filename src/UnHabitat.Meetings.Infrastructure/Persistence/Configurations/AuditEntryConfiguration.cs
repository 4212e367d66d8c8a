using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UnHabitat.Meetings.Domain.Auditing;
using UnHabitat.Meetings.Domain.Common;

namespace UnHabitat.Meetings.Infrastructure.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.UserName).HasMaxLength(Limits.Email).IsRequired();
        builder.Property(a => a.Request).HasMaxLength(Limits.ShortText).IsRequired();
        builder.Property(a => a.Entities).IsRequired();
        builder.HasIndex(a => a.At);
    }
}
