using UnHabitat.Meetings.Domain.Bodies;
using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Domain.Meetings;
using UnHabitat.Meetings.Domain.Summaries;

namespace UnHabitat.Meetings.Domain.Tests;

/// <summary>Publishing and revising a meeting's summary: what is kept, what may happen next.</summary>
[TestFixture]
public sealed class SummaryPublishingTests
{
    private static readonly Actor Officer = new(Guid.NewGuid(), "Secretariat officer");
    private static readonly Actor Chair = new(Guid.NewGuid(), "The chair");
    private static readonly DateTimeOffset After = new(2024, 10, 16, 12, 0, 0, TimeSpan.Zero);
    private static readonly AssembledSummary Text = new(SummaryStyle.Numbered, "Summary", "Wednesday, 16 October 2024",
        [new SummaryBlock(SummaryBlockKind.Title, "Summary"), new SummaryBlock(SummaryBlockKind.Paragraph, "The Chair opened the meeting.", 1)]);

    [TestCase(SummaryStatus.Draft)]
    [TestCase(SummaryStatus.Submitted)]
    public void OnlyAClearedSummaryCanBePublished_a_summary_the_chair_has_not_cleared_is_not_published(SummaryStatus status)
    {
        var (summary, meeting, _) = NewSummary();
        if (status == SummaryStatus.Submitted)
        {
            summary.Submit(meeting, Officer, After, Text);
        }

        var error = Assert.Throws<DomainRuleException>(() => summary.Publish(Officer, After, "{}"));

        Assert.That(error!.Rule, Is.EqualTo("OnlyAClearedSummaryCanBePublished"));
        Assert.That(summary.Published, Is.Empty);
    }

    /// <summary>The dead end that once slipped through: a cleared summary must lead somewhere for the Secretariat.</summary>
    [Test]
    public void A_cleared_summary_offers_the_Secretariat_publishing_or_taking_it_back_and_the_chair_nothing_more()
    {
        var (summary, _, _) = Cleared();

        Assert.That(summary.StepsFor(secretariat: true, chairOfBody: false), Is.EqualTo(new[] { WorkflowStep.Publish, WorkflowStep.Return }));
        Assert.That(summary.StepsFor(secretariat: false, chairOfBody: true), Is.Empty);
    }

    [Test]
    public void Publishing_keeps_the_revision_as_published_and_freezes_the_record()
    {
        var (summary, _, _) = Cleared();

        summary.Publish(Officer, After, "{\"rev\":1}");

        Assert.That(summary.Status, Is.EqualTo(SummaryStatus.Published));
        var published = summary.LatestPublished!;
        Assert.That($"{published.Revision} {published.PublishedAt:O} {published.PublishedBy} {published.Content}", Is.EqualTo($"1 {After:O} Secretariat officer {{\"rev\":1}}"));
        Assert.That(Assert.Throws<DomainRuleException>(summary.EnsureRecordCanChange)!.Rule, Is.EqualTo("PublishedSummaryCannotChange"));
    }

    [Test]
    public void A_correcting_revision_starts_a_new_draft_and_the_published_one_stays_readable()
    {
        var (summary, meeting, body) = Cleared();
        summary.Publish(Officer, After, "first");

        summary.Revise(Officer, After.AddDays(3));

        Assert.That(summary.Revision, Is.EqualTo(2));
        Assert.That(summary.Status, Is.EqualTo(SummaryStatus.Draft));
        Assert.That(summary.LatestPublished!.Content, Is.EqualTo("first"));
        Assert.DoesNotThrow(summary.EnsureRecordCanChange);

        summary.Submit(meeting, Officer, After.AddDays(3), Text);
        summary.Clear(body, Chair, After.AddDays(4), Text);
        summary.Publish(Officer, After.AddDays(4), "second");

        Assert.That(summary.Published.Select(p => $"{p.Revision} {p.Content}"), Is.EqualTo(new[] { "1 first", "2 second" }));
    }

    [TestCase(SummaryStatus.Draft)]
    [TestCase(SummaryStatus.Submitted)]
    [TestCase(SummaryStatus.Cleared)]
    public void OnlyAPublishedSummaryIsRevised_a_summary_still_being_worked_on_is_not_revised(SummaryStatus status)
    {
        var (summary, meeting, body) = NewSummary();
        if (status != SummaryStatus.Draft)
        {
            summary.Submit(meeting, Officer, After, Text);
        }

        if (status == SummaryStatus.Cleared)
        {
            summary.Clear(body, Chair, After, Text);
        }

        var error = Assert.Throws<DomainRuleException>(() => summary.Revise(Officer, After));

        Assert.That(error!.Rule, Is.EqualTo("OnlyAPublishedSummaryIsRevised"));
        Assert.That(summary.Revision, Is.EqualTo(1));
    }

    private static (MeetingSummary Summary, Meeting Meeting, Body Body) Cleared()
    {
        var (summary, meeting, body) = NewSummary();
        summary.Submit(meeting, Officer, After, Text);
        summary.Clear(body, Chair, After, Text);
        return (summary, meeting, body);
    }

    private static (MeetingSummary Summary, Meeting Meeting, Body Body) NewSummary()
    {
        var body = new Body(Guid.NewGuid(), "Working group", "PBA", BodyKind.WorkingGroup, "HSP/EB", SummaryStyle.Numbered, AttributionPolicy.Anonymous);
        body.AppointChairs([Chair.UserId]);
        var start = new DateTimeOffset(2024, 10, 16, 10, 0, 0, TimeSpan.FromHours(3));
        var meeting = new Meeting(Guid.NewGuid(), body.Id, null, 56, new MeetingSchedule(start, start.AddHours(3), "Africa/Nairobi"), "UNON", Modality.InPerson,
            new MeetingChair(null, "Chair", null));
        return (new MeetingSummary(meeting.Id), meeting, body);
    }
}
