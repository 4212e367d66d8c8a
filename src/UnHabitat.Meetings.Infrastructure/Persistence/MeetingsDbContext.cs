using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Domain.Auditing;
using UnHabitat.Meetings.Domain.Bodies;
using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Domain.Decisions;
using UnHabitat.Meetings.Domain.Documents;
using UnHabitat.Meetings.Domain.Journals;
using UnHabitat.Meetings.Domain.Meetings;
using UnHabitat.Meetings.Domain.Notifications;
using UnHabitat.Meetings.Domain.Records;
using UnHabitat.Meetings.Domain.Resolutions;
using UnHabitat.Meetings.Domain.Summaries;
using UnHabitat.Meetings.Domain.Sessions;
using UnHabitat.Meetings.Infrastructure.Identity;

namespace UnHabitat.Meetings.Infrastructure.Persistence;

public sealed class MeetingsDbContext(DbContextOptions<MeetingsDbContext> options)
    : IdentityDbContext<MeetingsUser, IdentityRole<Guid>, Guid>(options), IMeetingsDbContext
{
    private readonly List<string> _changed = [];
    private readonly List<Search.SearchSource> _searchSources = [];

    public DbSet<Body> Bodies => Set<Body>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Meeting> Meetings => Set<Meeting>();

    public DbSet<Session> Sessions => Set<Session>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<MeetingRecord> MeetingRecords => Set<MeetingRecord>();

    public DbSet<RecordParagraph> RecordParagraphs => Set<RecordParagraph>();

    public DbSet<Intervention> Interventions => Set<Intervention>();

    public DbSet<SecretariatResponse> SecretariatResponses => Set<SecretariatResponse>();

    public DbSet<ActionPoint> ActionPoints => Set<ActionPoint>();

    public DbSet<MeetingSummary> MeetingSummaries => Set<MeetingSummary>();

    public DbSet<Document> Documents => Set<Document>();

    public DbSet<DownloadRecord> Downloads => Set<DownloadRecord>();

    public DbSet<MeetingVisit> MeetingVisits => Set<MeetingVisit>();

    public DbSet<EmailMessage> EmailOutbox => Set<EmailMessage>();

    public DbSet<Subscription> Subscriptions => Set<Subscription>();

    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();

    public DbSet<Resolution> Resolutions => Set<Resolution>();

    public DbSet<Decision> Decisions => Set<Decision>();

    public DbSet<DailyJournal> DailyJournals => Set<DailyJournal>();

    public DbSet<Domain.Search.SearchEntry> SearchEntries => Set<Domain.Search.SearchEntry>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Entities saved since the unit of work began, as <c>Type:id</c>, for its audit entry.</summary>
    internal IReadOnlyList<string> ChangedEntities => _changed;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Stored as UTC DateTime: SQLite cannot compare DateTimeOffset in queries, PostgreSQL wants UTC
        // for timestamptz. The venue's time zone is kept beside the times that need it.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcConverter>();
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(Limits.EnumText);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(MeetingsDbContext).Assembly);
        if (Database.IsNpgsql())
        {
            Configurations.SearchEntryConfiguration.ConfigurePostgres(builder, builder.Entity<Domain.Search.SearchEntry>());
            Configurations.MeetingConfiguration.ConfigurePostgres(builder.Entity<Meeting>());
        }

        foreach (var entity in builder.Model.GetEntityTypes().Where(e => typeof(AggregateRoot).IsAssignableFrom(e.ClrType)))
        {
            builder.Entity(entity.ClrType).Property(nameof(AggregateRoot.Version)).IsConcurrencyToken();
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        PrepareChanges();
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken).ConfigureAwait(false);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        PrepareChanges();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <summary>What was saved since the last call that the search entries may have to follow (see <see cref="Search.SearchIndexer"/>).</summary>
    internal IReadOnlyList<Search.SearchSource> TakeSearchSources()
    {
        var sources = _searchSources.Distinct().ToList();
        _searchSources.Clear();
        return sources;
    }

    internal void ForgetChanges()
    {
        _changed.Clear();
        _searchSources.Clear();
    }

    /// <summary>
    /// Refuses edits of the audit log, bumps the version of every aggregate that changed (also through
    /// the parts it owns) and notes what changed for the audit entry.
    /// </summary>
    private void PrepareChanges()
    {
        ChangeTracker.DetectChanges();
        var changed = ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList();
        if (changed.Exists(e => e.Entity is AuditEntry && e.State != EntityState.Added))
        {
            throw new InvalidOperationException("The audit log is append-only.");
        }

        var roots = new HashSet<EntityEntry>();
        foreach (var entry in changed)
        {
            if (entry.Entity is AggregateRoot)
            {
                roots.Add(entry);
            }
            else if (OwnerOf(entry) is { } owner)
            {
                roots.Add(owner);
            }
        }

        // The aggregate moves its own version on; this is the safety net for a change that did not.
        foreach (var root in roots.Where(r => r.State is EntityState.Modified or EntityState.Unchanged))
        {
            var version = root.Property(nameof(AggregateRoot.Version));
            if ((int)version.CurrentValue! == (int)version.OriginalValue!)
            {
                version.CurrentValue = (int)version.OriginalValue! + 1;
            }
        }

        foreach (var root in roots.Where(r => Search.SearchSource.Concerns(r.Metadata.ClrType) && (r.Entity is not Meeting || r.State == EntityState.Modified)))
        {
            _searchSources.Add(new Search.SearchSource(root.Metadata.ClrType, ((AggregateRoot)root.Entity).Id));
        }

        foreach (var entry in changed.Where(e => e.Entity is not (AuditEntry or DataProtectionKey or DownloadRecord or MeetingVisit or EmailMessage or Domain.Search.SearchEntry) && !e.Metadata.IsOwned()))
        {
            var key = entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue);
            _changed.Add($"{entry.Metadata.ClrType.Name}:{string.Join(',', key)}");
        }
    }

    /// <summary>The aggregate root that owns an owned entry, through any number of owned levels.</summary>
    private EntityEntry? OwnerOf(EntityEntry entry)
    {
        var ownership = entry.Metadata.FindOwnership();
        if (ownership is null)
        {
            return entry.Entity is AggregateRoot ? entry : null;
        }

        var ownerId = entry.Property(ownership.Properties[0].Name).CurrentValue;
        var owner = ChangeTracker.Entries()
            .FirstOrDefault(e => e.Metadata == ownership.PrincipalEntityType && Equals(e.Property(ownership.PrincipalKey.Properties[0].Name).CurrentValue, ownerId));
        return owner is null ? null : OwnerOf(owner);
    }

    private sealed class UtcConverter() : ValueConverter<DateTimeOffset, DateTime>(
        v => v.UtcDateTime,
        v => new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)));
}
