using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UnHabitat.Meetings.Domain.Bodies;
using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Domain.Meetings;
using UnHabitat.Meetings.Domain.Sessions;

namespace UnHabitat.Meetings.Infrastructure.Persistence.Configurations;

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    /// <summary>
    /// PostgreSQL only: a trigram index over agenda item titles, so that a resolution's history finds the items naming
    /// "2/7" (a LIKE with the number inside the title) without reading every item of the archive.
    /// </summary>
    public static void ConfigurePostgres(EntityTypeBuilder<Meeting> builder) =>
        builder.OwnsOne(m => m.Agenda, agenda => agenda.OwnsMany(a => a.Items, item =>
            item.HasIndex(i => i.Title, "IX_AgendaItems_Title_Trigrams").HasMethod("gin").HasOperators("gin_trgm_ops")));

    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.ToTable("Meetings");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.HasOne<Body>().WithMany().HasForeignKey(m => m.BodyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Session>().WithMany().HasForeignKey(m => m.SessionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.BodyId, m.Number }).IsUnique();
        builder.HasIndex(m => m.StartsAt);
        builder.Property(m => m.TimeZoneId).HasMaxLength(Limits.TimeZoneId).IsRequired();
        builder.Property(m => m.Venue).HasMaxLength(Limits.Name).IsRequired();
        builder.Property(m => m.StatusReason).HasMaxLength(Limits.Title);
        builder.Ignore(m => m.Schedule);
        builder.Property(m => m.EnteredAfterTheFact).HasDefaultValue(false);

        builder.OwnsOne(m => m.Chair, chair =>
        {
            chair.Property(c => c.Honorific).HasColumnName("ChairHonorific").HasMaxLength(Limits.ShortText);
            chair.Property(c => c.Name).HasColumnName("ChairName").HasMaxLength(Limits.Name).IsRequired();
            chair.Property(c => c.Function).HasColumnName("ChairFunction").HasMaxLength(Limits.Name);
            chair.Ignore(c => c.Display);
        });
        builder.Navigation(m => m.Chair).IsRequired();

        builder.OwnsOne(m => m.Agenda, agenda =>
        {
            agenda.Property(a => a.Status).HasColumnName("AgendaStatus");
            agenda.Property(a => a.Amendments).HasColumnName("AgendaAmendments").HasMaxLength(Limits.Text);
            agenda.Ignore(a => a.IsVisibleToDelegations);

            agenda.OwnsMany(a => a.Items, item =>
            {
                item.ToTable("AgendaItems");
                item.WithOwner().HasForeignKey("MeetingId");
                item.HasKey(i => i.Id);
                item.Property(i => i.Id).ValueGeneratedNever();
                item.Property(i => i.Title).HasMaxLength(Limits.Title).IsRequired();
            });
            agenda.Navigation(a => a.Items).HasField("_items").UsePropertyAccessMode(PropertyAccessMode.Field);

            agenda.OwnsMany(a => a.History, step =>
            {
                step.ToTable("AgendaTransitions");
                step.WithOwner().HasForeignKey("MeetingId");
                step.HasKey(s => s.Id);
                step.Property(s => s.Id).ValueGeneratedNever();
                step.Property(s => s.ByName).HasMaxLength(Limits.Name).IsRequired();
                step.Property(s => s.Comment).HasMaxLength(Limits.Text);
                step.Property(s => s.Snapshot);
            });
            agenda.Navigation(a => a.History).HasField("_history").UsePropertyAccessMode(PropertyAccessMode.Field);
        });
        builder.Navigation(m => m.Agenda).IsRequired();
    }
}

internal sealed class SessionConfiguration : IEntityTypeConfiguration<Session>
{
    public void Configure(EntityTypeBuilder<Session> builder)
    {
        builder.ToTable("Sessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasOne<Body>().WithMany().HasForeignKey(s => s.BodyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.BodyId, s.Year, s.Number }).IsUnique();
        builder.Property(s => s.Venue).HasMaxLength(Limits.Name).IsRequired();
        builder.Property(s => s.ProvisionalAgendaSymbol).HasMaxLength(Limits.Symbol);
        builder.Ignore(s => s.Title);
    }
}
