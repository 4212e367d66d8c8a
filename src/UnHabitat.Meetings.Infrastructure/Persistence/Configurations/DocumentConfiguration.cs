using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Domain.Documents;
using UnHabitat.Meetings.Domain.Meetings;
using UnHabitat.Meetings.Domain.Notifications;

namespace UnHabitat.Meetings.Infrastructure.Persistence.Configurations;

internal sealed class DocumentConfiguration : IEntityTypeConfiguration<Document>
{
    public void Configure(EntityTypeBuilder<Document> builder)
    {
        builder.ToTable("Documents");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.HasOne<Meeting>().WithMany().HasForeignKey(d => d.MeetingId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(d => d.Symbol).HasMaxLength(Limits.Symbol).IsRequired();
        builder.HasIndex(d => d.Symbol).IsUnique();
        builder.HasIndex(d => new { d.MeetingId, d.DueAt });
        builder.Property(d => d.Title).HasMaxLength(Limits.Title).IsRequired();
        builder.Property(d => d.OriginalLanguage).HasMaxLength(2).IsRequired();
        builder.Property(d => d.LateJustification).HasMaxLength(Limits.Title * 2);
        builder.Ignore(d => d.IsPublished);
        builder.Ignore(d => d.WasLate);
        // The ids of the document's scheduled jobs (deadline, then each reminder), so that rescheduling moves
        // them rather than adding more; the scheduler's business, not the document's, hence a shadow property.
        builder.Property<string>(Deadlines.DeadlineJobIds.Column).HasMaxLength(Deadlines.DeadlineJobIds.MaxLength);

        builder.OwnsMany(d => d.Languages, l =>
        {
            l.ToTable("DocumentLanguages");
            l.WithOwner().HasForeignKey("DocumentId");
            l.HasKey("DocumentId", nameof(DocumentLanguage.Language));
            l.Property(x => x.Language).HasMaxLength(2);
        });
        builder.Navigation(d => d.Languages).HasField("_languages").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(d => d.Files, f =>
        {
            f.ToTable("DocumentFiles");
            f.WithOwner().HasForeignKey("DocumentId");
            f.HasKey("DocumentId", nameof(DocumentFile.Language), nameof(DocumentFile.Version));
            f.Property(x => x.Language).HasMaxLength(2);
            f.Property(x => x.Version).ValueGeneratedNever();
            f.Property(x => x.Sha256).HasMaxLength(64).IsRequired();
            f.Property(x => x.FileName).HasMaxLength(Limits.Name).IsRequired();
            f.Property(x => x.ContentType).HasMaxLength(Limits.ShortText).IsRequired();
            f.Property(x => x.UploadedBy).HasMaxLength(Limits.Name).IsRequired();
        });
        builder.Navigation(d => d.Files).HasField("_files").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class DownloadRecordConfiguration : IEntityTypeConfiguration<DownloadRecord>
{
    public void Configure(EntityTypeBuilder<DownloadRecord> builder)
    {
        builder.ToTable("Downloads");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Language).HasMaxLength(2).IsRequired();
        builder.Property(d => d.MemberState).HasMaxLength(Limits.MemberStateCode);
        builder.HasIndex(d => new { d.DocumentId, d.At });
    }
}

internal sealed class MeetingVisitConfiguration : IEntityTypeConfiguration<MeetingVisit>
{
    public void Configure(EntityTypeBuilder<MeetingVisit> builder)
    {
        builder.ToTable("MeetingVisits");
        builder.HasKey(v => new { v.UserId, v.MeetingId });
    }
}

internal sealed class EmailMessageConfiguration : IEntityTypeConfiguration<EmailMessage>
{
    public void Configure(EntityTypeBuilder<EmailMessage> builder)
    {
        builder.ToTable("EmailOutbox");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.To).HasMaxLength(Limits.Email).IsRequired();
        builder.Property(e => e.Subject).HasMaxLength(Limits.Title).IsRequired();
        builder.Property(e => e.Body).HasMaxLength(Limits.Text).IsRequired();
        builder.Property(e => e.LastError).HasMaxLength(1000);
        builder.HasIndex(e => new { e.SentAt, e.NextAttemptAt });
    }
}

internal sealed class SubscriptionConfiguration : IEntityTypeConfiguration<Subscription>
{
    public void Configure(EntityTypeBuilder<Subscription> builder)
    {
        builder.ToTable("Subscriptions");
        builder.HasKey(s => new { s.UserId, s.BodyId });
        builder.Property(s => s.Languages).HasMaxLength(Limits.ShortText).IsRequired();
        builder.Ignore(s => s.LanguageList);
        builder.HasIndex(s => s.BodyId);
    }
}

internal sealed class CalendarFeedConfiguration : IEntityTypeConfiguration<CalendarFeed>
{
    public void Configure(EntityTypeBuilder<CalendarFeed> builder)
    {
        builder.ToTable("CalendarFeeds");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.TokenHash).HasMaxLength(64).IsRequired();
        builder.HasIndex(c => c.TokenHash).IsUnique();
    }
}
