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

/// <summary>The steps of the summary's workflow; <see cref="MeetingSummary.StepsFor"/> says which a caller may take now.</summary>
public enum WorkflowStep
{
    Submit,
    Return,
    Clear,
    Publish,
    Revise,
}

/// <summary>
/// One step of the summary's workflow as it happened: who took it, with what comment, and the text of the
/// summary at that moment (its numbered paragraphs, one per line), so a chair can see what changed since.
/// </summary>
public sealed class SummaryTransition
{
    public SummaryTransition(Guid id, int revision, WorkflowStep step, SummaryStatus from, SummaryStatus to, Actor by, bool byChair, DateTimeOffset at, string? comment, string? snapshot)
    {
        Id = id;
        Revision = revision;
        Step = step;
        From = from;
        To = to;
        ByUserId = by.UserId;
        ByName = by.Name;
        ByChair = byChair;
        At = at;
        Comment = comment;
        Snapshot = snapshot;
    }

    private SummaryTransition()
    {
        ByName = "";
    }

    public Guid Id { get; private set; }

    public int Revision { get; private set; }

    public WorkflowStep Step { get; private set; }

    public SummaryStatus From { get; private set; }

    public SummaryStatus To { get; private set; }

    public Guid ByUserId { get; private set; }

    public string ByName { get; private set; }

    /// <summary>Taken as a chair of the body (a return by the chair rather than a take-back by the Secretariat).</summary>
    public bool ByChair { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string? Comment { get; private set; }

    public string? Snapshot { get; private set; }
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
/// Published. From Submitted the chair may return it with a comment; the Secretariat may take a submitted
/// or cleared summary back to draft. A published revision never changes; a correction starts the next
/// revision. While the summary is anything but a draft, the record behind it is frozen.
/// </summary>
public sealed class MeetingSummary : AggregateRoot
{
    private readonly List<PublishedRevision> _published = [];
    private readonly List<SummaryTransition> _history = [];

    public MeetingSummary(Guid meetingId) : base(meetingId) => Revision = 1;

    private MeetingSummary()
    {
    }

    public SummaryStatus Status { get; private set; } = SummaryStatus.Draft;

    public int Revision { get; private set; }

    public IReadOnlyList<PublishedRevision> Published => _published;

    public PublishedRevision? LatestPublished => _published.MaxBy(p => p.Revision);

    public IReadOnlyList<SummaryTransition> History => _history;

    /// <summary>Why the record cannot change now and how to reopen it, or null while it can.</summary>
    public string? RecordFrozenBecause => Status switch
    {
        SummaryStatus.Submitted => "The summary is submitted to the chair, so the record is frozen. To change the record, take the summary back to draft (Summary page, \"Take back to draft\"), correct it and submit it again.",
        SummaryStatus.Cleared => "The chair has cleared the summary, so the record is frozen. To change the record, take the summary back to draft (Summary page, \"Take back to draft\"); it will need clearing again.",
        SummaryStatus.Published => $"Revision {Revision} of the summary is published and never changes, so the record is frozen. To correct it, start a correcting revision (Summary page, \"Start a correcting revision\").",
        _ => null,
    };

    /// <summary>The record behind the summary changes only while the summary is a draft.</summary>
    public void EnsureRecordCanChange()
    {
        if (RecordFrozenBecause is { } why)
        {
            throw new DomainRuleException(Status switch
            {
                SummaryStatus.Submitted => "SubmittedSummaryFreezesTheRecord",
                SummaryStatus.Cleared => "ClearedSummaryFreezesTheRecord",
                _ => "PublishedSummaryCannotChange",
            }, why);
        }
    }

    /// <summary>
    /// The steps a caller may take now: the Secretariat submits, takes back, publishes and revises; a chair of
    /// the body clears or returns a submitted summary. Pages offer these and nothing else.
    /// </summary>
    public IReadOnlyList<WorkflowStep> StepsFor(bool secretariat, bool chairOfBody)
    {
        var steps = new List<WorkflowStep>();
        if (secretariat)
        {
            steps.AddRange(Status switch
            {
                SummaryStatus.Draft => [WorkflowStep.Submit],
                SummaryStatus.Submitted => [WorkflowStep.Return],
                SummaryStatus.Cleared => [WorkflowStep.Publish, WorkflowStep.Return],
                _ => [WorkflowStep.Revise],
            });
        }

        if (chairOfBody && Status == SummaryStatus.Submitted)
        {
            steps.Insert(0, WorkflowStep.Clear);
            if (!steps.Contains(WorkflowStep.Return))
            {
                steps.Add(WorkflowStep.Return);
            }
        }

        return steps;
    }

    /// <summary>Submitted for clearing, once the meeting has begun (a summary of a meeting not yet held is not a summary).</summary>
    public void Submit(Meetings.Meeting meeting, Actor by, DateTimeOffset at, AssembledSummary text)
    {
        if (Status != SummaryStatus.Draft)
        {
            throw new DomainRuleException("OnlyADraftSummaryCanBeSubmitted", $"The summary is {Status.ToString().ToLowerInvariant()}: only a draft can be submitted.");
        }

        meeting.EnsureHasBegun(at, "Its summary can be submitted");
        Move(WorkflowStep.Submit, SummaryStatus.Submitted, by, false, at, null, text);
    }

    public void Clear(Body body, Actor by, DateTimeOffset at, AssembledSummary text)
    {
        if (!body.IsChairedBy(by.UserId))
        {
            throw new PermissionDeniedException($"Only a chair of the {body.ShortName} may clear the summaries of its meetings.");
        }

        if (Status != SummaryStatus.Submitted)
        {
            throw new DomainRuleException("OnlyASubmittedSummaryCanBeCleared", $"The summary is {Status.ToString().ToLowerInvariant()}: only a submitted summary can be cleared.");
        }

        Move(WorkflowStep.Clear, SummaryStatus.Cleared, by, true, at, null, text);
    }

    /// <summary>
    /// Back to draft with a comment: by a chair of the body from Submitted (a return), or by the Secretariat
    /// from Submitted or Cleared (a take-back, after which the chair must clear it again).
    /// </summary>
    public void Return(Body body, Actor by, bool bySecretariat, DateTimeOffset at, string comment, AssembledSummary text)
    {
        var chair = body.IsChairedBy(by.UserId);
        if (!chair && !bySecretariat)
        {
            throw new PermissionDeniedException($"Only a chair of the {body.ShortName} or the Secretariat may send its summaries back to draft.");
        }

        var asChair = chair && Status == SummaryStatus.Submitted;
        var asSecretariat = bySecretariat && Status is SummaryStatus.Submitted or SummaryStatus.Cleared;
        if (!asChair && !asSecretariat)
        {
            throw new DomainRuleException("OnlyASubmittedOrClearedSummaryGoesBackToDraft", Status switch
            {
                SummaryStatus.Draft => "The summary is already a draft.",
                SummaryStatus.Cleared => "The summary is cleared: only the Secretariat can take it back to draft now.",
                _ => $"Revision {Revision} is published and never changes: start a correcting revision instead.",
            });
        }

        Move(WorkflowStep.Return, SummaryStatus.Draft, by, asChair, at, comment, text);
    }

    public void Publish(Actor by, DateTimeOffset at, string content)
    {
        if (Status != SummaryStatus.Cleared)
        {
            throw new DomainRuleException("OnlyAClearedSummaryCanBePublished", $"The summary is {Status.ToString().ToLowerInvariant()}: a chair of the body must clear it before it is published.");
        }

        Move(WorkflowStep.Publish, SummaryStatus.Published, by, false, at, null, null);
        _published.Add(new PublishedRevision(Revision, at, by.Name, content));
    }

    /// <summary>Starts the next revision from the published one; the published one stays readable.</summary>
    public void Revise(Actor by, DateTimeOffset at)
    {
        if (Status != SummaryStatus.Published)
        {
            throw new DomainRuleException("OnlyAPublishedSummaryIsRevised", "Only a published summary needs a revision; this one can still be edited.");
        }

        Revision++;
        Move(WorkflowStep.Revise, SummaryStatus.Draft, by, false, at, null, null);
    }

    /// <summary>The last return or clearing by <paramref name="userId"/> that kept the text: what that chair last decided on.</summary>
    public SummaryTransition? LastDecisionBy(Guid userId) =>
        _history.LastOrDefault(h => h.ByUserId == userId && h.ByChair && h.Step is WorkflowStep.Return or WorkflowStep.Clear && h.Snapshot is not null);

    /// <summary>The last time a chair sent the summary back, with the comment the Secretariat must act on.</summary>
    public SummaryTransition? LastReturnByChair => _history.LastOrDefault(h => h.Step == WorkflowStep.Return && h.ByChair);

    /// <summary>What differs between the text now and the text as it read at <paramref name="seen"/>, paragraph by paragraph.</summary>
    public static IReadOnlyList<SummaryTextChange> ChangesSince(SummaryTransition seen, AssembledSummary now) =>
        SummaryText.Compare(SummaryText.Lines(seen.Snapshot ?? ""), SummaryText.Lines(SummaryText.Snapshot(now)));

    private void Move(WorkflowStep step, SummaryStatus to, Actor by, bool byChair, DateTimeOffset at, string? comment, AssembledSummary? text)
    {
        Changed();
        _history.Add(new SummaryTransition(Guid.NewGuid(), Revision, step, Status, to, by, byChair, at, comment, text is null ? null : SummaryText.Snapshot(text)));
        Status = to;
    }
}
