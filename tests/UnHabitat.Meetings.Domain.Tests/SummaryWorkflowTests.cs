using UnHabitat.Meetings.Domain.Bodies;
using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Domain.Meetings;
using UnHabitat.Meetings.Domain.Summaries;

namespace UnHabitat.Meetings.Domain.Tests;

[TestFixture]
public sealed class SummaryWorkflowTests
{
    private static readonly Actor Officer = new(Guid.NewGuid(), "Secretariat officer");
    private static readonly Actor Chair = new(Guid.NewGuid(), "The chair");
    private static readonly Actor Delegate = new(Guid.NewGuid(), "A delegate");

    /// <summary>The meeting sits on 16 October 2024 from 10:00 EAT; the summary is worked on that afternoon.</summary>
    private static readonly DateTimeOffset After = new(2024, 10, 16, 12, 0, 0, TimeSpan.Zero);

    private static readonly AssembledSummary Text = Summary("The Chair opened the meeting.", "A Member State commended the Secretariat.");

    [Test]
    public void A_submitted_summary_freezes_the_record_and_says_how_to_reopen_it()
    {
        var (summary, meeting, _) = Submitted();

        var error = Assert.Throws<DomainRuleException>(summary.EnsureRecordCanChange);

        Assert.That(error!.Rule, Is.EqualTo("SubmittedSummaryFreezesTheRecord"));
        Assert.That(error.Message, Does.Contain("take the summary back to draft"));
        Assert.That(meeting, Is.Not.Null);
    }

    [Test]
    public void A_cleared_summary_freezes_the_record_and_points_to_taking_it_back_not_to_a_revision()
    {
        var (summary, _, body) = Submitted();
        summary.Clear(body, Chair, After, Text);

        var error = Assert.Throws<DomainRuleException>(summary.EnsureRecordCanChange);

        Assert.That(error!.Rule, Is.EqualTo("ClearedSummaryFreezesTheRecord"));
        Assert.That(error.Message, Does.Contain("take the summary back to draft").And.Not.Contain("revision"));
    }

    [Test]
    public void The_record_can_change_again_once_the_summary_is_back_to_draft()
    {
        var (summary, _, body) = Submitted();

        summary.Return(body, Officer, bySecretariat: true, After, "I forgot an intervention.", Text);

        Assert.DoesNotThrow(summary.EnsureRecordCanChange);
        Assert.That(summary.RecordFrozenBecause, Is.Null);
    }

    [Test]
    public void A_chair_returns_a_submitted_summary_with_a_comment_kept_in_its_history()
    {
        var (summary, _, body) = Submitted();

        summary.Return(body, Chair, bySecretariat: false, After, "Paragraph 2 names the wrong State.", Text);

        Assert.That(summary.Status, Is.EqualTo(SummaryStatus.Draft));
        Assert.That(summary.LastReturnByChair?.Comment, Is.EqualTo("Paragraph 2 names the wrong State."));
        Assert.That(summary.History.Select(h => $"{h.Step} {h.From}>{h.To} {h.ByName}"), Is.EqualTo(new[]
        {
            "Submit Draft>Submitted Secretariat officer", "Return Submitted>Draft The chair",
        }));
    }

    [Test]
    public void The_Secretariat_takes_a_cleared_summary_back_to_draft_and_the_chair_must_clear_it_again()
    {
        var (summary, meeting, body) = Submitted();
        summary.Clear(body, Chair, After, Text);

        summary.Return(body, Officer, bySecretariat: true, After, "A correction from the delegation of Kenya.", Text);
        summary.Submit(meeting, Officer, After, Text);

        Assert.That(summary.Status, Is.EqualTo(SummaryStatus.Submitted));
        Assert.That(summary.History[2].ByChair, Is.False);
    }

    [Test]
    public void A_chair_cannot_return_a_summary_already_cleared()
    {
        var (summary, _, body) = Submitted();
        summary.Clear(body, Chair, After, Text);

        var error = Assert.Throws<DomainRuleException>(() => summary.Return(body, Chair, bySecretariat: false, After, "Wait.", Text));

        Assert.That(error!.Rule, Is.EqualTo("OnlyASubmittedOrClearedSummaryGoesBackToDraft"));
    }

    [Test]
    public void Only_a_chair_of_the_body_or_the_Secretariat_sends_a_summary_back()
    {
        var (summary, _, body) = Submitted();

        Assert.Throws<PermissionDeniedException>(() => summary.Return(body, Delegate, bySecretariat: false, After, "No.", Text));
    }

    [Test]
    public void A_summary_cannot_be_submitted_before_the_meeting_has_begun()
    {
        var (meeting, _) = MeetingAndBody();
        var summary = new MeetingSummary(meeting.Id);

        var error = Assert.Throws<DomainRuleException>(() => summary.Submit(meeting, Officer, meeting.StartsAt.AddHours(-2), Text));

        Assert.That(error!.Rule, Is.EqualTo("MeetingMustHaveBegun"));
        Assert.That(summary.Status, Is.EqualTo(SummaryStatus.Draft));
    }

    [Test]
    public void Every_state_of_the_summary_offers_the_Secretariat_a_way_forward()
    {
        foreach (var status in Enum.GetValues<SummaryStatus>())
        {
            var (summary, _, _) = InState(status);

            Assert.That(summary.StepsFor(secretariat: true, chairOfBody: false), Is.Not.Empty, status.ToString());
        }
    }

    /// <summary>The pages offer <see cref="MeetingSummary.StepsFor"/>: every step offered succeeds, every other step is refused.</summary>
    [Test]
    public void The_steps_offered_are_exactly_the_steps_the_workflow_allows()
    {
        foreach (var status in Enum.GetValues<SummaryStatus>())
        {
            foreach (var (secretariat, chair) in new[] { (true, false), (false, true), (true, true) })
            {
                var offered = InState(status).Summary.StepsFor(secretariat, chair);
                foreach (var step in Enum.GetValues<WorkflowStep>())
                {
                    var (summary, meeting, body) = InState(status);
                    var by = chair ? Chair : Officer;
                    if (secretariat && chair)
                    {
                        body.AppointChairs([Chair.UserId, Officer.UserId]);
                        by = Officer;
                    }

                    var done = Try(() => Take(step, summary, meeting, body, by, secretariat));
                    Assert.That(done, Is.EqualTo(offered.Contains(step)), $"{step} from {status} by {(secretariat ? "Secretariat" : "")}{(chair ? " chair" : "")}");
                }
            }
        }
    }

    [Test]
    public void The_chair_sees_what_changed_in_the_text_since_they_last_returned_it()
    {
        var (summary, meeting, body) = Submitted();
        summary.Return(body, Chair, bySecretariat: false, After, "Name the State in paragraph 2 correctly.", Text);
        var corrected = Summary("The Chair opened the meeting.", "Another Member State commended the Secretariat.", "The Secretariat thanked the Member States.");
        summary.Submit(meeting, Officer, After, corrected);

        var seen = summary.LastDecisionBy(Chair.UserId)!;
        var changes = MeetingSummary.ChangesSince(seen, corrected);

        Assert.That(changes.Select(c => $"{c.Kind} {c.Label}: {c.Text} (was {c.Was ?? "-"})"), Is.EqualTo(new[]
        {
            "Reworded 2: Another Member State commended the Secretariat. (was A Member State commended the Secretariat.)",
            "Added 3: The Secretariat thanked the Member States. (was -)",
        }));
    }

    [Test]
    public void A_paragraph_inserted_early_is_one_addition_not_a_rewording_of_every_later_number()
    {
        var before = SummaryText.Lines(SummaryText.Snapshot(Summary("A", "B", "C")));
        var after = SummaryText.Lines(SummaryText.Snapshot(Summary("New", "A", "B", "C")));

        var changes = SummaryText.Compare(before, after);

        Assert.That(changes.Select(c => $"{c.Kind} {c.Label} {c.Text}"), Is.EqualTo(new[] { "Added 1 New" }));
    }

    private static bool Try(Action step)
    {
        try
        {
            step();
            return true;
        }
        catch (Exception e) when (e is DomainRuleException or PermissionDeniedException)
        {
            return false;
        }
    }

    private static void Take(WorkflowStep step, MeetingSummary summary, Meeting meeting, Body body, Actor by, bool secretariat)
    {
        switch (step)
        {
            case WorkflowStep.Submit:
                if (!secretariat)
                {
                    throw new PermissionDeniedException("Only the Secretariat submits.");
                }

                summary.Submit(meeting, by, After, Text);
                break;
            case WorkflowStep.Clear: summary.Clear(body, by, After, Text); break;
            case WorkflowStep.Return: summary.Return(body, by, secretariat, After, "Comment", Text); break;
            case WorkflowStep.Publish:
                if (!secretariat)
                {
                    throw new PermissionDeniedException("Only the Secretariat publishes.");
                }

                summary.Publish(by, After, "{}");
                break;
            default:
                if (!secretariat)
                {
                    throw new PermissionDeniedException("Only the Secretariat revises.");
                }

                summary.Revise(by, After);
                break;
        }
    }

    private static (MeetingSummary Summary, Meeting Meeting, Body Body) InState(SummaryStatus status)
    {
        var (meeting, body) = MeetingAndBody();
        var summary = new MeetingSummary(meeting.Id);
        if (status == SummaryStatus.Draft)
        {
            return (summary, meeting, body);
        }

        summary.Submit(meeting, Officer, After, Text);
        if (status != SummaryStatus.Submitted)
        {
            summary.Clear(body, Chair, After, Text);
        }

        if (status == SummaryStatus.Published)
        {
            summary.Publish(Officer, After, "{}");
        }

        return (summary, meeting, body);
    }

    private static (MeetingSummary Summary, Meeting Meeting, Body Body) Submitted() => InState(SummaryStatus.Submitted);

    private static (Meeting Meeting, Body Body) MeetingAndBody()
    {
        var body = new Body(Guid.NewGuid(), "Working group", "PBA", BodyKind.WorkingGroup, "HSP/EB", SummaryStyle.Numbered, AttributionPolicy.Anonymous);
        body.AppointChairs([Chair.UserId]);
        var start = new DateTimeOffset(2024, 10, 16, 10, 0, 0, TimeSpan.FromHours(3));
        var meeting = new Meeting(Guid.NewGuid(), body.Id, null, 56, new MeetingSchedule(start, start.AddHours(3), "Africa/Nairobi"), "UNON", Modality.InPerson,
            new MeetingChair(null, "Chair", null));
        return (meeting, body);
    }

    private static AssembledSummary Summary(params string[] paragraphs) =>
        new(SummaryStyle.Numbered, "Summary", "Wednesday, 16 October 2024",
            [new SummaryBlock(SummaryBlockKind.Title, "Summary"), .. paragraphs.Select((p, i) => new SummaryBlock(SummaryBlockKind.Paragraph, p, i + 1))]);
}
