using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Domain.Auditing;
using UnHabitat.Meetings.Domain.Bodies;
using UnHabitat.Meetings.Domain.Decisions;
using UnHabitat.Meetings.Domain.Documents;
using UnHabitat.Meetings.Domain.Journals;
using UnHabitat.Meetings.Domain.Meetings;
using UnHabitat.Meetings.Domain.Notifications;
using UnHabitat.Meetings.Domain.Records;
using UnHabitat.Meetings.Domain.Resolutions;
using UnHabitat.Meetings.Domain.Summaries;
using UnHabitat.Meetings.Domain.Sessions;

namespace UnHabitat.Meetings.Application.Abstractions;

/// <summary>
/// The application's view of the database: handlers load aggregates and project queries through these
/// sets. Saving is the unit-of-work behaviour's job, not the handlers'.
/// </summary>
public interface IMeetingsDbContext
{
    DbSet<Body> Bodies { get; }

    DbSet<AuditEntry> AuditEntries { get; }

    DbSet<Meeting> Meetings { get; }

    DbSet<Session> Sessions { get; }

    DbSet<Notification> Notifications { get; }

    DbSet<MeetingRecord> MeetingRecords { get; }

    DbSet<RecordParagraph> RecordParagraphs { get; }

    DbSet<Intervention> Interventions { get; }

    DbSet<SecretariatResponse> SecretariatResponses { get; }

    DbSet<ActionPoint> ActionPoints { get; }

    DbSet<MeetingSummary> MeetingSummaries { get; }

    DbSet<Document> Documents { get; }

    DbSet<DownloadRecord> Downloads { get; }

    DbSet<MeetingVisit> MeetingVisits { get; }

    DbSet<EmailMessage> EmailOutbox { get; }

    DbSet<Subscription> Subscriptions { get; }

    DbSet<CalendarFeed> CalendarFeeds { get; }

    DbSet<Resolution> Resolutions { get; }

    DbSet<Decision> Decisions { get; }

    DbSet<DailyJournal> DailyJournals { get; }

    /// <summary>The texts the search looks in, rebuilt from their sources as they change (never edited by handlers).</summary>
    DbSet<Domain.Search.SearchEntry> SearchEntries { get; }
}
