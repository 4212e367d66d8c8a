using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Domain.Summaries;

namespace UnHabitat.Meetings.Domain.Journals;

public enum JournalStatus
{
    Draft,
    Published,
}

/// <summary>
/// The life of one day's journal: a draft while the day runs (assembled afresh from the record), published by
/// the Secretariat as it then reads, corrected by revisions ("Rev. 1") that leave every published text as it was.
/// </summary>
public sealed class DailyJournal : AggregateRoot
{
    private readonly List<PublishedRevision> _published = [];

    public DailyJournal(Guid id, Guid sessionId, DateOnly date) : base(id)
    {
        SessionId = sessionId;
        Date = date;
        Revision = 1;
    }

    /// <summary>For EF Core.</summary>
    private DailyJournal()
    {
    }

    public Guid SessionId { get; private set; }

    public DateOnly Date { get; private set; }

    public JournalStatus Status { get; private set; } = JournalStatus.Draft;

    /// <summary>1 for the original, 2 for "Rev. 1", and so on.</summary>
    public int Revision { get; private set; }

    public IReadOnlyList<PublishedRevision> Published => _published;

    public PublishedRevision? LatestPublished => _published.MaxBy(p => p.Revision);

    /// <summary>How the header marks a text: "Draft" while it is one, "Rev. 1" from the first revision on.</summary>
    public static string? Mark(JournalStatus status, int revision) =>
        status == JournalStatus.Draft ? "DRAFT" : revision > 1 ? $"Rev. {revision - 1}" : null;

    public void Publish(Actor by, DateTimeOffset at, string content)
    {
        if (Status == JournalStatus.Published)
        {
            throw new DomainRuleException("PublishedJournalNeverChanges",
                "This day's journal is already published and never changes: start a correcting revision to correct it.");
        }

        Changed();
        Status = JournalStatus.Published;
        _published.Add(new PublishedRevision(Revision, at, by.Name, content));
    }

    /// <summary>Starts the next revision; the published one stays readable as it was.</summary>
    public void Revise()
    {
        if (Status != JournalStatus.Published)
        {
            throw new DomainRuleException("OnlyAPublishedJournalIsRevised", "Only a published journal needs a revision; this one is still a draft.");
        }

        Changed();
        Revision++;
        Status = JournalStatus.Draft;
    }
}
