using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Infrastructure.Identity;

namespace UnHabitat.Meetings.Infrastructure.Persistence.Configurations;

internal sealed class MeetingsUserConfiguration : IEntityTypeConfiguration<MeetingsUser>
{
    public void Configure(EntityTypeBuilder<MeetingsUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(Limits.Name).IsRequired();
        builder.Property(u => u.MemberState).HasMaxLength(Limits.MemberStateCode);
    }
}

internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> builder)
    {
        builder.ToTable("DataProtectionKeys");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Id).ValueGeneratedNever();
        builder.Property(k => k.FriendlyName).HasMaxLength(Limits.Name);
        builder.Property(k => k.Xml).IsRequired();
    }
}
