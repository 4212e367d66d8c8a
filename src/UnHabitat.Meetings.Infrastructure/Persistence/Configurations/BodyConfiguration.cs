using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UnHabitat.Meetings.Domain.Bodies;
using UnHabitat.Meetings.Domain.Common;

namespace UnHabitat.Meetings.Infrastructure.Persistence.Configurations;

internal sealed class BodyConfiguration : IEntityTypeConfiguration<Body>
{
    public void Configure(EntityTypeBuilder<Body> builder)
    {
        builder.ToTable("Bodies");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Name).HasMaxLength(Limits.Name).IsRequired();
        builder.Property(b => b.ShortName).HasMaxLength(Limits.ShortText).IsRequired();
        builder.HasIndex(b => b.ShortName).IsUnique();
        builder.Property(b => b.SymbolPrefix).HasMaxLength(Limits.SymbolPrefix).IsRequired();
        builder.Property(b => b.DocumentDistribution).HasDefaultValue(Domain.Documents.Distribution.General);
        builder.Property(b => b.SecretariatName).HasMaxLength(Limits.ShortText);
        builder.HasOne<Body>().WithMany().HasForeignKey(b => b.ParentBodyId).OnDelete(DeleteBehavior.Restrict);

        builder.OwnsMany(b => b.Chairs, chair =>
        {
            chair.ToTable("BodyChairs");
            chair.WithOwner().HasForeignKey("BodyId");
            chair.Property<Guid>("Id");
            chair.HasKey("Id");
            chair.HasIndex("BodyId", nameof(BodyChair.UserId)).IsUnique();
        });
        builder.Navigation(b => b.Chairs).HasField("_chairs").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(b => b.Members, member =>
        {
            member.ToTable("BodyMembers");
            member.WithOwner().HasForeignKey("BodyId");
            member.Property<Guid>("Id");
            member.HasKey("Id");
            member.Property(m => m.MemberState).HasMaxLength(Limits.MemberStateCode).IsRequired();
            member.HasIndex("BodyId", nameof(BodyMembership.MemberState), nameof(BodyMembership.From)).IsUnique();
        });
        builder.Navigation(b => b.Members).HasField("_members").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
