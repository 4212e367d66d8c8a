using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Domain.Meetings;
using UnHabitat.Meetings.Domain.Records;

namespace UnHabitat.Meetings.Domain.Tests;

[TestFixture]
public sealed class MeetingDatesTests
{
    private static readonly Actor Officer = new(Guid.NewGuid(), "Secretariat officer");

    /// <summary>16 October 2024, 10:00 EAT.</summary>
    private static readonly DateTimeOffset Start = new(2024, 10, 16, 10, 0, 0, TimeSpan.FromHours(3));

    [Test]
    public void A_meeting_scheduled_after_its_start_is_marked_as_entered_after_the_fact()
    {
        var meeting = NewMeeting();

        meeting.NoteScheduledAt(Start.AddDays(30));

        Assert.That(meeting.EnteredAfterTheFact, Is.True);
    }

    [Test]
    public void A_meeting_scheduled_ahead_is_not_entered_after_the_fact()
    {
        var meeting = NewMeeting();

        meeting.NoteScheduledAt(Start.AddDays(-30));

        Assert.That(meeting.EnteredAfterTheFact, Is.False);
    }

    [Test]
    public void The_agenda_cannot_be_adopted_before_the_meeting_has_begun()
    {
        var meeting = ApprovedAgenda();

        var error = Assert.Throws<DomainRuleException>(() => meeting.AdoptAgenda(Officer, Start.AddDays(-1), null));

        Assert.That(error!.Rule, Is.EqualTo("MeetingMustHaveBegun"));
        Assert.That(error.Message, Does.Contain("16 October 2024 at 10:00 EAT"));
        Assert.That(meeting.Agenda.Status, Is.EqualTo(AgendaStatus.Approved));
    }

    [Test]
    public void The_agenda_is_adopted_once_the_meeting_has_begun_even_called_to_order_a_few_minutes_early()
    {
        var meeting = ApprovedAgenda();

        meeting.AdoptAgenda(Officer, Start.AddMinutes(-10), null);

        Assert.That(meeting.Agenda.Status, Is.EqualTo(AgendaStatus.Adopted));
    }

    [Test]
    public void A_meeting_cannot_be_called_to_order_before_it_has_begun()
    {
        var meeting = NewMeeting();

        var error = Assert.Throws<DomainRuleException>(() => meeting.EnsureHasBegun(Start.AddHours(-3), "It can be called to order"));

        Assert.That(error!.Rule, Is.EqualTo("MeetingMustHaveBegun"));
        Assert.That(meeting.HasBegun(Start.AddMinutes(5)), Is.True);
    }

    [Test]
    public void An_action_point_is_closed_once_with_a_note_of_what_was_done()
    {
        var point = new ActionPoint(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "Circulate the draft strategic plan", "Secretariat", null);
        var next = Guid.NewGuid();

        point.Close("Circulated on 1 November.", next, Start.AddDays(20));
        var error = Assert.Throws<DomainRuleException>(() => point.Close("Again.", next, Start.AddDays(21)));

        Assert.That(point.Status, Is.EqualTo(ActionPointStatus.Done));
        Assert.That(point.ClosingNote, Is.EqualTo("Circulated on 1 November."));
        Assert.That(point.ClosedInMeetingId, Is.EqualTo(next));
        Assert.That(error!.Rule, Is.EqualTo("ActionPointIsClosedOnce"));
    }

    private static Meeting NewMeeting() =>
        new(Guid.NewGuid(), Guid.NewGuid(), null, 56, new MeetingSchedule(Start, Start.AddHours(3), "Africa/Nairobi"), "UNON", Modality.InPerson, new MeetingChair(null, "Chair", null));

    private static Meeting ApprovedAgenda()
    {
        var body = new Bodies.Body(Guid.NewGuid(), "Working group", "PBA", Bodies.BodyKind.WorkingGroup, "HSP/EB", Bodies.SummaryStyle.Numbered, Bodies.AttributionPolicy.Anonymous);
        var chair = new Actor(Guid.NewGuid(), "Chair");
        body.AppointChairs([chair.UserId]);
        var meeting = new Meeting(Guid.NewGuid(), body.Id, null, 56, new MeetingSchedule(Start, Start.AddHours(3), "Africa/Nairobi"), "UNON", Modality.InPerson,
            new MeetingChair(null, "Chair", null));
        meeting.AddAgendaItem(Guid.NewGuid(), "Adoption of the agenda", null, null, Officer, Start.AddDays(-20));
        meeting.SubmitAgenda(Officer, Start.AddDays(-15));
        meeting.ApproveAgenda(body, chair, Start.AddDays(-14));
        return meeting;
    }
}
