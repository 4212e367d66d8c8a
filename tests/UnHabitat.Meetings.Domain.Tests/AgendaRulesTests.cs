using UnHabitat.Meetings.Domain.Bodies;
using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Domain.Meetings;

namespace UnHabitat.Meetings.Domain.Tests;

/// <summary>
/// The rules behind the agenda's item edits (add, change, remove), each test named after the rule it shows
/// (<see cref="AgendaRules"/>): what a Secretariat officer is refused, and what an edit does to the agenda's approval.
/// </summary>
[TestFixture]
public sealed class AgendaRulesTests
{
    private static readonly Actor Officer = new(Guid.NewGuid(), "Secretariat officer");
    private static readonly Actor Chair = new(Guid.NewGuid(), "The chair");
    private static readonly DateTimeOffset Now = new(2024, 10, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset AtTheMeeting = new(2024, 10, 16, 7, 5, 0, TimeSpan.Zero);

    [Test]
    public void AgendaHasAtMostThreeLevels_an_item_cannot_be_added_under_a_third_level_item()
    {
        var (meeting, _) = NewMeeting();
        var v = Add(meeting, "6 (c) (v)", Add(meeting, "6 (c)", Add(meeting, "6", null)));

        Assert.That(Refusal(() => meeting.AddAgendaItem(Guid.NewGuid(), "Too deep", v, null, Officer, Now)), Is.EqualTo(AgendaRules.AgendaHasAtMostThreeLevels));
        Assert.That(meeting.Agenda.Items, Has.Count.EqualTo(3));
    }

    [Test]
    public void AgendaHasAtMostThreeLevels_an_item_with_sub_items_cannot_be_moved_so_deep_that_they_would_make_a_fourth_level()
    {
        var (meeting, _) = NewMeeting();
        var a1 = Add(meeting, "A1", Add(meeting, "A", null));
        var b = Add(meeting, "B", null);
        Add(meeting, "B1", b);

        Assert.That(Refusal(() => meeting.ChangeAgendaItem(b, "B", a1, null, Officer, Now)), Is.EqualTo(AgendaRules.AgendaHasAtMostThreeLevels));
        Assert.That(meeting.Agenda.NumberOf(b), Is.EqualTo("2"), "the item stays where it was");
    }

    [Test]
    public void AgendaItemCannotMoveUnderItself_an_item_cannot_be_put_under_its_own_sub_item()
    {
        var (meeting, _) = NewMeeting();
        var a = Add(meeting, "A", null);
        var a1 = Add(meeting, "A1", a);

        Assert.That(Refusal(() => meeting.ChangeAgendaItem(a, "A", a1, null, Officer, Now)), Is.EqualTo(AgendaRules.AgendaItemCannotMoveUnderItself));
        Assert.That(Refusal(() => meeting.ChangeAgendaItem(a, "A", a, null, Officer, Now)), Is.EqualTo(AgendaRules.AgendaItemCannotMoveUnderItself));
    }

    [Test]
    public void AgendaItemMustExist_an_item_not_on_the_agenda_cannot_be_changed_or_removed()
    {
        var (meeting, _) = NewMeeting();
        Add(meeting, "A", null);
        var elsewhere = Guid.NewGuid();

        Assert.That(Refusal(() => meeting.ChangeAgendaItem(elsewhere, "B", null, null, Officer, Now)), Is.EqualTo(AgendaRules.AgendaItemMustExist));
        Assert.That(Refusal(() => meeting.RemoveAgendaItem(elsewhere, Officer, Now)), Is.EqualTo(AgendaRules.AgendaItemMustExist));
    }

    [TestCase("add")]
    [TestCase("change")]
    [TestCase("remove")]
    public void AdoptedAgendaCannotChange_no_item_is_added_changed_or_removed_once_the_meeting_adopted_the_agenda(string edit)
    {
        var (meeting, body) = NewMeeting();
        var a = Add(meeting, "A", null);
        meeting.SubmitAgenda(Officer, Now);
        meeting.ApproveAgenda(body, Chair, Now);
        meeting.AdoptAgenda(Officer, AtTheMeeting, null);

        Assert.That(Refusal(() => Edit(meeting, edit, a)), Is.EqualTo(AgendaRules.AdoptedAgendaCannotChange));
        Assert.That(meeting.Agenda.Status, Is.EqualTo(AgendaStatus.Adopted));
    }

    [TestCase("add", AgendaStatus.Submitted)]
    [TestCase("change", AgendaStatus.Submitted)]
    [TestCase("remove", AgendaStatus.Submitted)]
    [TestCase("add", AgendaStatus.Approved)]
    [TestCase("change", AgendaStatus.Approved)]
    [TestCase("remove", AgendaStatus.Approved)]
    public void Editing_a_submitted_or_approved_agenda_sends_it_back_to_draft_for_the_chair_to_approve_again(string edit, AgendaStatus status)
    {
        var (meeting, body) = NewMeeting();
        var a = Add(meeting, "A", null);
        Add(meeting, "B", null);
        meeting.SubmitAgenda(Officer, Now);
        if (status == AgendaStatus.Approved)
        {
            meeting.ApproveAgenda(body, Chair, Now);
        }

        var sentBack = Edit(meeting, edit, a);

        Assert.That(sentBack, Is.True);
        Assert.That(meeting.Agenda.Status, Is.EqualTo(AgendaStatus.Draft));
        Assert.That(meeting.Agenda.History[^1].From, Is.EqualTo(status));
    }

    [TestCase("add")]
    [TestCase("change")]
    [TestCase("remove")]
    public void Editing_a_draft_agenda_leaves_it_a_draft_without_a_step_in_its_history(string edit)
    {
        var (meeting, _) = NewMeeting();
        var a = Add(meeting, "A", null);

        var sentBack = Edit(meeting, edit, a);

        Assert.That(sentBack, Is.False);
        Assert.That(meeting.Agenda.Status, Is.EqualTo(AgendaStatus.Draft));
        Assert.That(meeting.Agenda.History, Is.Empty);
    }

    [Test]
    public void Renaming_an_item_keeps_its_place_and_number()
    {
        var (meeting, _) = NewMeeting();
        Add(meeting, "A", null);
        var b = Add(meeting, "B", null);
        Add(meeting, "C", null);

        meeting.ChangeAgendaItem(b, "Budget", null, null, Officer, Now);

        Assert.That(meeting.Agenda.InOrder().Select(i => $"{meeting.Agenda.NumberOf(i.Id)} {i.Title}"), Is.EqualTo(new[] { "1 A", "2 Budget", "3 C" }));
    }

    [TestCase("add")]
    [TestCase("change")]
    [TestCase("remove")]
    public void CancelledMeetingCannotChange_a_cancelled_meetings_agenda_takes_no_edit(string edit)
    {
        var (meeting, _) = NewMeeting();
        var a = Add(meeting, "A", null);
        meeting.Cancel("Lack of quorum");

        Assert.That(Refusal(() => Edit(meeting, edit, a)), Is.EqualTo("CancelledMeetingCannotChange"));
        Assert.That(meeting.Agenda.Items, Has.Count.EqualTo(1));
    }

    private static bool Edit(Meeting meeting, string edit, Guid item) => edit switch
    {
        "add" => meeting.AddAgendaItem(Guid.NewGuid(), "Any other business", null, null, Officer, Now),
        "change" => meeting.ChangeAgendaItem(item, "Adoption of the provisional agenda", null, null, Officer, Now),
        _ => meeting.RemoveAgendaItem(item, Officer, Now),
    };

    private static string Refusal(TestDelegate edit) => Assert.Throws<DomainRuleException>(edit)!.Rule;

    private static (Meeting Meeting, Body Body) NewMeeting()
    {
        var body = new Body(Guid.NewGuid(), "Working group", "PBA", BodyKind.WorkingGroup, "HSP/EB", SummaryStyle.Numbered, AttributionPolicy.Anonymous);
        body.AppointChairs([Chair.UserId]);
        var start = new DateTimeOffset(2024, 10, 16, 10, 0, 0, TimeSpan.FromHours(3));
        var meeting = new Meeting(Guid.NewGuid(), body.Id, null, 56, new MeetingSchedule(start, start.AddHours(3), "Africa/Nairobi"), "UNON", Modality.InPerson, new MeetingChair(null, "Chair", null));
        return (meeting, body);
    }

    private static Guid Add(Meeting meeting, string title, Guid? parent)
    {
        var id = Guid.NewGuid();
        meeting.AddAgendaItem(id, title, parent, null, Officer, Now);
        return id;
    }
}
