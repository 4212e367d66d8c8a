using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Domain.Meetings;
using UnHabitat.Meetings.Domain.Records;

namespace UnHabitat.Meetings.Infrastructure.Persistence.Configurations;

internal sealed class MeetingRecordConfiguration : IEntityTypeConfiguration<MeetingRecord>
{
    public void Configure(EntityTypeBuilder<MeetingRecord> builder)
    {
        builder.ToTable("MeetingRecords");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasOne<Meeting>().WithOne().HasForeignKey<MeetingRecord>(r => r.Id).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.Observers).HasMaxLength(Limits.Text).IsRequired().HasDefaultValue("");
        builder.Property(r => r.SecretariatPresent).HasMaxLength(Limits.Text).IsRequired().HasDefaultValue("");
        builder.Ignore(r => r.ObserverList);
        builder.Ignore(r => r.SecretariatList);
        builder.OwnsMany(r => r.Attendance, a =>
        {
            a.ToTable("Attendance");
            a.WithOwner().HasForeignKey("MeetingRecordId");
            a.Property<Guid>("Id");
            a.HasKey("Id");
            a.Property(x => x.MemberState).HasMaxLength(Limits.MemberStateCode).IsRequired();
            a.Property(x => x.Delegates).HasMaxLength(Limits.Text).IsRequired();
            a.Property(x => x.Position).HasDefaultValue(0);
            a.Ignore(x => x.DelegateList);
        });
        builder.Navigation(r => r.Attendance).HasField("_attendance").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class RecordParagraphConfiguration : IEntityTypeConfiguration<RecordParagraph>
{
    public void Configure(EntityTypeBuilder<RecordParagraph> builder)
    {
        builder.ToTable("RecordParagraphs");
        RecordEntryShape.Apply(builder);
        builder.Property(p => p.Items).HasMaxLength(Limits.Text).IsRequired();
        builder.Ignore(p => p.ItemList);
        builder.Ignore(p => p.ResolutionReference);
    }
}

internal sealed class InterventionConfiguration : IEntityTypeConfiguration<Intervention>
{
    public void Configure(EntityTypeBuilder<Intervention> builder)
    {
        builder.ToTable("Interventions");
        RecordEntryShape.Apply(builder);
        builder.Property(i => i.LeadIn).HasMaxLength(Limits.Name);
        builder.OwnsOne(i => i.Speaker, speaker =>
        {
            speaker.Property(s => s.Kind).HasColumnName("SpeakerKind");
            speaker.Property(s => s.MemberState).HasColumnName("SpeakerMemberState").HasMaxLength(Limits.MemberStateCode);
            speaker.Property(s => s.MemberStates).HasColumnName("SpeakerMemberStates").HasMaxLength(Limits.Title).IsRequired();
            speaker.Property(s => s.OnBehalfOf).HasColumnName("SpeakerOnBehalfOf").HasMaxLength(Limits.Name);
            speaker.Property(s => s.Name).HasColumnName("SpeakerName").HasMaxLength(Limits.Name);
            speaker.Property(s => s.Function).HasColumnName("SpeakerFunction").HasMaxLength(Limits.Name);
            speaker.HasIndex(s => s.MemberState);
            speaker.Ignore(s => s.JointStates);
            speaker.Ignore(s => s.StateName);
        });
        builder.Navigation(i => i.Speaker).IsRequired();
    }
}

internal sealed class SecretariatResponseConfiguration : IEntityTypeConfiguration<SecretariatResponse>
{
    public void Configure(EntityTypeBuilder<SecretariatResponse> builder)
    {
        builder.ToTable("SecretariatResponses");
        RecordEntryShape.Apply(builder);
        builder.OwnsMany(r => r.Answers, link =>
        {
            link.ToTable("ResponseLinks");
            link.WithOwner().HasForeignKey("ResponseId");
            link.Property<Guid>("Id");
            link.HasKey("Id");
            link.HasIndex(l => l.InterventionId);
        });
        builder.Navigation(r => r.Answers).HasField("_answers").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ActionPointConfiguration : IEntityTypeConfiguration<ActionPoint>
{
    public void Configure(EntityTypeBuilder<ActionPoint> builder)
    {
        builder.ToTable("ActionPoints");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasOne<Meeting>().WithMany().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.BodyId, a.Status });
        builder.Property(a => a.Text).HasMaxLength(Limits.Text).IsRequired();
        builder.Property(a => a.Owner).HasMaxLength(Limits.Name).IsRequired();
        builder.Property(a => a.ClosingNote).HasMaxLength(Limits.Text);
    }
}

/// <summary>The columns every record entry shares, in each entry's own table.</summary>
internal static class RecordEntryShape
{
    public static void Apply<T>(EntityTypeBuilder<T> builder)
        where T : RecordEntry
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasOne<Meeting>().WithMany().HasForeignKey(e => e.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.MeetingId, e.Sequence });
        builder.Property(e => e.Topic).HasMaxLength(Limits.Name);
        builder.Property(e => e.ResolutionReference).HasMaxLength(Limits.ShortText);
        // A resolution's history asks for the entries linked to it, or not linked and naming it in their topic (recorded
        // before links existed): both are ranges of this index, which holds the topic too, so no entry row is read.
        builder.HasIndex(e => new { e.ResolutionReference, e.Topic });
        builder.Property(e => e.Text).HasMaxLength(Limits.Text).IsRequired();
    }
}
