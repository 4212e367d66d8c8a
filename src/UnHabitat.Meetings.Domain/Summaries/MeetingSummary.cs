using UnHabitat.Meetings.Domain.Bodies;
using UnHabitat.Meetings.Domain.Common;

namespace UnHabitat.Meetings.Domain.Summaries;

public enum SummaryStatus
{
    Draft,
    Submitted,
    Cleared,
    Published,
}

/// <summary>A published revision, kept as it was published: it never changes.</summary>
public sealed class PublishedRevision
{
    public PublishedRevision(int revision, DateTimeOffset publishedAt, string publishedBy, string content)
    {
        Revision = revision;
        PublishedAt = publishedAt;
        PublishedBy = publishedBy;
        Content = content;
    }

    public int Revision { get; private set; }

    public DateTimeOffset PublishedAt { get; private set; }

    public string PublishedBy { get; private set; }

    /// <summary>The assembled summary as it was published (JSON).</summary>
    public string Content { get; private set; }
}

/// <summary>
/// The summary's workflow (its id is the meeting's): Draft → Submitted → Cleared by a chair of the body →
/// Published. A published revision never changes; a correction starts the next revision.
/// </summary>
public sealed class MeetingSummary : AggregateRoot
{
    private readonly List<PublishedRevision> _published = [];

    public MeetingSummary(Guid meetingId) : base(meetingId) => Revision = 1;

    private MeetingSummary()
    {
    }

    public SummaryStatus Status { get; private set; } = SummaryStatus.Draft;

    public int Revision { get; private set; }

    public IReadOnlyList<PublishedRevision> Published => _published;

    public PublishedRevision? LatestPublished => _published.MaxBy(p => p.Revision);

    /// <summary>The record behind the current revision can change only while it is a draft or submitted.</summary>
    public void EnsureRecordCanChange()
    {
        if (Status == SummaryStatus.Published)
        {
            throw new DomainRuleException("PublishedSummaryCannotChange",
                $"Revision {Revision} of the summary is published and never changes: start a revision (POST …/summary/revise) to correct it.");
        }

        if (Status == SummaryStatus.Cleared)
        {
            throw new DomainRuleException("ClearedSummaryCannotChange",
                "The chair has cleared this summary: start a revision (POST …/summary/revise) to change it, and it will need clearing again.");
        }
    }

    public void Submit()
    {
        if (Status != SummaryStatus.Draft)
        {
            throw new DomainRuleException("OnlyADraftSummaryCanBeSubmitted", $"The summary is {Status.ToString().ToLowerInvariant()}: only a draft can be submitted.");
        }

        Changed();
        Status = SummaryStatus.Submitted;
    }

    public void Clear(Body body, Actor by)
    {
        if (!body.IsChairedBy(by.UserId))
        {
            throw new PermissionDeniedException($"Only a chair of the {body.ShortName} may clear the summaries of its meetings.");
        }

        if (Status != SummaryStatus.Submitted)
        {
            throw new DomainRuleException("OnlyASubmittedSummaryCanBeCleared", $"The summary is {Status.ToString().ToLowerInvariant()}: only a submitted summary can be cleared.");
        }

        Changed();
        Status = SummaryStatus.Cleared;
    }

    /// <summary>Sent back to draft by the chair, or by the Secretariat before clearing.</summary>
    public void ReturnToDraft()
    {
        if (Status != SummaryStatus.Submitted)
        {
            throw new DomainRuleException("OnlyASubmittedSummaryCanBeReturned", "Only a submitted summary can go back to draft.");
        }

        Changed();
        Status = SummaryStatus.Draft;
    }

    public void Publish(Actor by, DateTimeOffset at, string content)
    {
        if (Status != SummaryStatus.Cleared)
        {
            throw new DomainRuleException("OnlyAClearedSummaryCanBePublished", $"The summary is {Status.ToString().ToLowerInvariant()}: a chair of the body must clear it before it is published.");
        }

        Changed();
        Status = SummaryStatus.Published;
        _published.Add(new PublishedRevision(Revision, at, by.Name, content));
    }

    /// <summary>Starts the next revision from the published one; the published one stays readable.</summary>
    public void Revise()
    {
        if (Status != SummaryStatus.Published)
        {
            throw new DomainRuleException("OnlyAPublishedSummaryIsRevised", "Only a published summary needs a revision; this one can still be edited.");
        }

        Changed();
        Revision++;
        Status = SummaryStatus.Draft;
    }
}
