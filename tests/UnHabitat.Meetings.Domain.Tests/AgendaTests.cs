using UnHabitat.Meetings.Domain.Bodies;
using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Domain.Meetings;

namespace UnHabitat.Meetings.Domain.Tests;

[TestFixture]
public sealed class AgendaTests
{
    private static readonly Actor Officer = new(Guid.NewGuid(), "Secretariat officer");
    private static readonly DateTimeOffset Now = new(2024, 10, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>When the meeting sits (16 October 2024, 10:00 EAT): agendas are adopted then.</summary>
    private static readonly DateTimeOffset AtTheMeeting = new(2024, 10, 16, 7, 5, 0, TimeSpan.Zero);

    [Test]
    public void Items_are_numbered_1_2_a_and_c_v_by_level()
    {
        var meeting = NewMeeting();
        var items = Build(meeting, ("1", null), ("2", null), ("3", null), ("4", null), ("5", null), ("6", null));
        var six = items["6"];
        var a = Add(meeting, "6a", six);
        Add(meeting, "6b", six);
        var c = Add(meeting, "6c", six);
        for (var i = 1; i <= 5; i++)
        {
            Add(meeting, $"6c{i}", c);
        }

        Assert.That(Numbers(meeting), Is.EqualTo(new[]
        {
            "1", "2", "3", "4", "5", "6", "6 (a)", "6 (b)", "6 (c)", "6 (c) (i)", "6 (c) (ii)", "6 (c) (iii)", "6 (c) (iv)", "6 (c) (v)",
        }));
        Assert.That(meeting.Agenda.NumberOf(a), Is.EqualTo("6 (a)"));
    }

    [Test]
    public void Inserting_an_item_renumbers_the_ones_after_it()
    {
        var meeting = NewMeeting();
        var items = Build(meeting, ("Adoption of the agenda", null), ("Any other business", null));

        meeting.AddAgendaItem(Guid.NewGuid(), "Implementation of resolutions", null, 2, Officer, Now);

        Assert.That(Titles(meeting), Is.EqualTo(new[] { "1 Adoption of the agenda", "2 Implementation of resolutions", "3 Any other business" }));
        Assert.That(meeting.Agenda.NumberOf(items["Any other business"]), Is.EqualTo("3"));
    }

    [Test]
    public void Moving_an_item_under_another_renumbers_both_levels()
    {
        var meeting = NewMeeting();
        var items = Build(meeting, ("A", null), ("B", null), ("C", null), ("D", null));

        meeting.ChangeAgendaItem(items["C"], "C", items["B"], null, Officer, Now);

        Assert.That(Titles(meeting), Is.EqualTo(new[] { "1 A", "2 B", "2 (a) C", "3 D" }));
    }

    [Test]
    public void Moving_an_item_with_its_sub_items_carries_them_along()
    {
        var meeting = NewMeeting();
        var items = Build(meeting, ("A", null), ("B", null));
        var b1 = Add(meeting, "B1", items["B"]);
        Add(meeting, "B1x", b1);

        meeting.ChangeAgendaItem(items["B"], "B", null, 1, Officer, Now);

        Assert.That(Titles(meeting), Is.EqualTo(new[] { "1 B", "1 (a) B1", "1 (a) (i) B1x", "2 A" }));
    }

    [Test]
    public void Deleting_an_item_removes_its_sub_items_and_closes_the_gap()
    {
        var meeting = NewMeeting();
        var items = Build(meeting, ("A", null), ("B", null), ("C", null));
        Add(meeting, "B1", items["B"]);
        var a1 = Add(meeting, "A1", items["A"]);
        Add(meeting, "A2", items["A"]);

        meeting.RemoveAgendaItem(items["B"], Officer, Now);
        meeting.RemoveAgendaItem(a1, Officer, Now);

        Assert.That(Titles(meeting), Is.EqualTo(new[] { "1 A", "1 (a) A2", "2 C" }));
    }

    [Test]
    public void An_agenda_has_at_most_three_levels()
    {
        var meeting = NewMeeting();
        var top = Add(meeting, "6", null);
        var c = Add(meeting, "6 (c)", top);
        var v = Add(meeting, "6 (c) (i)", c);

        var error = Assert.Throws<DomainRuleException>(() => meeting.AddAgendaItem(Guid.NewGuid(), "too deep", v, null, Officer, Now));

        Assert.That(error!.Rule, Is.EqualTo("AgendaHasAtMostThreeLevels"));
    }

    [Test]
    public void A_move_that_would_make_a_fourth_level_is_refused()
    {
        var meeting = NewMeeting();
        var items = Build(meeting, ("A", null), ("B", null));
        var a1 = Add(meeting, "A1", items["A"]);
        var b1 = Add(meeting, "B1", items["B"]);
        Add(meeting, "B1x", b1);

        Assert.Throws<DomainRuleException>(() => meeting.ChangeAgendaItem(items["B"], "B", a1, null, Officer, Now));
    }

    [Test]
    public void An_item_cannot_move_under_its_own_sub_item()
    {
        var meeting = NewMeeting();
        var top = Add(meeting, "A", null);
        var child = Add(meeting, "A1", top);

        var error = Assert.Throws<DomainRuleException>(() => meeting.ChangeAgendaItem(top, "A", child, null, Officer, Now));

        Assert.That(error!.Rule, Is.EqualTo("AgendaItemCannotMoveUnderItself"));
    }

    [Test]
    public void A_new_agenda_can_start_with_the_procedural_items()
    {
        var meeting = NewMeeting();

        meeting.StartAgendaWithProceduralItems();

        Assert.That(Titles(meeting), Is.EqualTo(new[] { "1 Adoption of the agenda", "2 Any other business" }));
    }

    [Test]
    public void The_next_meeting_can_start_from_the_previous_meetings_agenda()
    {
        var previous = NewMeeting();
        var items = Build(previous, ("A", null), ("B", null));
        Add(previous, "B1", items["B"]);
        var next = NewMeeting(57);

        next.StartAgendaFrom(previous);

        Assert.That(Titles(next), Is.EqualTo(Titles(previous)));
        Assert.That(next.Agenda.Items.Select(i => i.Id), Has.No.AnyOf(previous.Agenda.Items.Select(i => i.Id).ToArray()));
    }

    [Test]
    public void A_new_meeting_starts_from_the_previous_agenda_only_when_there_is_one()
    {
        var previous = NewMeeting();
        Build(previous, ("Report of the Executive Director", null));
        var next = NewMeeting(57);
        var first = NewMeeting(1);

        next.StartAgenda(previous, fromPrevious: true, proceduralItems: true);
        first.StartAgenda(null, fromPrevious: true, proceduralItems: true);

        Assert.That(Titles(next), Is.EqualTo(new[] { "1 Report of the Executive Director" }));
        Assert.That(Titles(first), Is.EqualTo(new[] { "1 Adoption of the agenda", "2 Any other business" }));
    }

    [Test]
    public void MeetingNumberMustBeUnique_a_meeting_takes_the_next_number_or_a_free_one_asked_for()
    {
        Assert.That(Meeting.Numbered(null, 56, askedIsTaken: false, "PBA"), Is.EqualTo(57));
        Assert.That(Meeting.Numbered(null, null, askedIsTaken: false, "PBA"), Is.EqualTo(1));
        Assert.That(Meeting.Numbered(60, 56, askedIsTaken: false, "PBA"), Is.EqualTo(60));

        var error = Assert.Throws<DomainRuleException>(() => Meeting.Numbered(12, 56, askedIsTaken: true, "PBA"));

        Assert.That(error!.Rule, Is.EqualTo("MeetingNumberMustBeUnique"));
        Assert.That(error.Message, Does.Contain("PBA already has a meeting number 12"));
    }

    [Test]
    public void The_agenda_is_editable_until_the_meeting_adopts_it_or_is_cancelled()
    {
        var (meeting, body, chair) = WithChair();
        Build(meeting, ("A", null));
        var cancelled = NewMeeting(57);

        meeting.SubmitAgenda(Officer, Now);
        meeting.ApproveAgenda(body, chair, Now.AddHours(1));
        var editableWhenApproved = meeting.AgendaIsEditable;
        meeting.AdoptAgenda(Officer, AtTheMeeting, null);
        cancelled.Cancel("The venue is closed.");

        Assert.That(editableWhenApproved, Is.True);
        Assert.That(meeting.AgendaIsEditable, Is.False);
        Assert.That(Assert.Throws<DomainRuleException>(() => meeting.AddAgendaItem(Guid.NewGuid(), "B", null, null, Officer, AtTheMeeting))!.Rule, Is.EqualTo("AdoptedAgendaCannotChange"));
        Assert.That(cancelled.AgendaIsEditable, Is.False);
    }

    [Test]
    public void The_agenda_goes_from_draft_to_submitted_to_approved_to_adopted_and_keeps_its_history()
    {
        var (meeting, body, chair) = WithChair();
        Build(meeting, ("Adoption of the agenda", null));

        meeting.SubmitAgenda(Officer, Now);
        meeting.ApproveAgenda(body, chair, Now.AddHours(1));
        meeting.AdoptAgenda(Officer, AtTheMeeting, "Item 3 was taken before item 2.");

        Assert.That(meeting.Agenda.Status, Is.EqualTo(AgendaStatus.Adopted));
        Assert.That(meeting.Agenda.Amendments, Is.EqualTo("Item 3 was taken before item 2."));
        Assert.That(meeting.Agenda.History.Select(h => $"{h.From}>{h.To} {h.ByName}"), Is.EqualTo(new[]
        {
            "Draft>Submitted Secretariat officer", "Submitted>Approved The chair", "Approved>Adopted Secretariat officer",
        }));
    }

    [Test]
    public void A_returned_agenda_keeps_the_chairs_comment_and_can_be_submitted_again()
    {
        var (meeting, body, chair) = WithChair();
        Build(meeting, ("A", null));
        meeting.SubmitAgenda(Officer, Now);

        meeting.ReturnAgenda(body, chair, Now, "Add the briefing on resolution 2/7.");
        meeting.SubmitAgenda(Officer, Now);

        Assert.That(meeting.Agenda.History[1].Comment, Is.EqualTo("Add the briefing on resolution 2/7."));
        Assert.That(meeting.Agenda.Status, Is.EqualTo(AgendaStatus.Submitted));
    }

    [TestCase("approve", "OnlyASubmittedAgendaCanBeApproved")]
    [TestCase("return", "OnlyASubmittedAgendaCanBeReturned")]
    [TestCase("adopt", "OnlyAnApprovedAgendaCanBeAdopted")]
    public void A_draft_agenda_cannot_skip_a_step(string step, string rule)
    {
        var (meeting, body, chair) = WithChair();
        Build(meeting, ("A", null));

        var error = Assert.Throws<DomainRuleException>(() =>
        {
            switch (step)
            {
                case "approve": meeting.ApproveAgenda(body, chair, Now); break;
                case "return": meeting.ReturnAgenda(body, chair, Now, "no"); break;
                default: meeting.AdoptAgenda(Officer, Now, null); break;
            }
        });

        Assert.That(error!.Rule, Is.EqualTo(rule));
    }

    [Test]
    public void An_empty_agenda_cannot_be_submitted()
    {
        var meeting = NewMeeting();

        Assert.That(Assert.Throws<DomainRuleException>(() => meeting.SubmitAgenda(Officer, Now))!.Rule, Is.EqualTo("AnEmptyAgendaCannotBeSubmitted"));
    }

    [Test]
    public void Only_a_chair_of_the_meetings_own_body_may_approve()
    {
        var (meeting, body, _) = WithChair();
        Build(meeting, ("A", null));
        meeting.SubmitAgenda(Officer, Now);
        var otherBody = new Body(Guid.NewGuid(), "Other", "O", BodyKind.Bureau, "HSP/EB", SummaryStyle.Numbered, AttributionPolicy.Anonymous);
        var otherChair = new Actor(Guid.NewGuid(), "Another chair");
        otherBody.AppointChairs([otherChair.UserId]);

        Assert.Throws<PermissionDeniedException>(() => meeting.ApproveAgenda(body, Officer, Now));
        Assert.Throws<PermissionDeniedException>(() => meeting.ApproveAgenda(otherBody, otherChair, Now));
        Assert.Throws<PermissionDeniedException>(() => meeting.ApproveAgenda(body, otherChair, Now));
        Assert.That(meeting.Agenda.Status, Is.EqualTo(AgendaStatus.Submitted));
    }

    [Test]
    public void A_chair_sees_what_was_added_removed_reworded_and_renumbered_since_returning_the_agenda()
    {
        var (meeting, body, chair) = WithChair();
        var ids = Build(meeting, ("Opening", null), ("Budget", null), ("Work programme", null), ("Other matters", null));
        meeting.SubmitAgenda(Officer, Now);
        meeting.ReturnAgenda(body, chair, Now, "Add the audit report; drop other matters.");
        var returned = meeting.Agenda.LastDecisionBy(chair.UserId)!;

        meeting.AddAgendaItem(Guid.NewGuid(), "Audit report", null, 2, Officer, Now);
        meeting.ChangeAgendaItem(ids["Budget"], "Proposed budget for 2026", null, null, Officer, Now);
        meeting.RemoveAgendaItem(ids["Other matters"], Officer, Now);
        var changes = meeting.Agenda.ChangesSince(returned);

        Assert.That(changes.Select(c => $"{c.Kind} {c.Number} {c.Title} ({c.Before})"), Is.EqualTo(new[]
        {
            "Added 2 Audit report ()",
            "Reworded 3 Proposed budget for 2026 (Budget)",
            "Renumbered 4 Work programme (3)",
            "Removed 4 Other matters ()",
        }));
        Assert.That(meeting.Agenda.LastDecisionBy(Officer.UserId), Is.Null, "the officer never decided on it");
    }

    [Test]
    public void Editing_an_approved_agenda_sends_it_back_to_draft_and_says_so()
    {
        var (meeting, body, chair) = WithChair();
        Build(meeting, ("A", null));
        meeting.SubmitAgenda(Officer, Now);
        meeting.ApproveAgenda(body, chair, Now);

        var sentBack = meeting.AddAgendaItem(Guid.NewGuid(), "B", null, null, Officer, Now);

        Assert.That(sentBack, Is.True);
        Assert.That(meeting.Agenda.Status, Is.EqualTo(AgendaStatus.Draft));
        Assert.That(meeting.Agenda.History[^1].Comment, Does.Contain("approve it again"));
    }

    [Test]
    public void An_adopted_agenda_cannot_change()
    {
        var (meeting, body, chair) = WithChair();
        var items = Build(meeting, ("A", null));
        meeting.SubmitAgenda(Officer, Now);
        meeting.ApproveAgenda(body, chair, Now);
        meeting.AdoptAgenda(Officer, AtTheMeeting, null);

        var error = Assert.Throws<DomainRuleException>(() => meeting.RemoveAgendaItem(items["A"], Officer, Now));

        Assert.That(error!.Rule, Is.EqualTo("AdoptedAgendaCannotChange"));
    }

    [Test]
    public void A_cancelled_meeting_keeps_its_number_and_cannot_change()
    {
        var meeting = NewMeeting(56);

        meeting.Cancel("Lack of quorum");

        Assert.That(meeting.Number, Is.EqualTo(56));
        Assert.That(meeting.Status, Is.EqualTo(MeetingStatus.Cancelled));
        Assert.Throws<DomainRuleException>(() => meeting.Reschedule(Schedule(2)));
    }

    [Test]
    public void Rescheduling_keeps_the_number_and_brings_a_postponed_meeting_back()
    {
        var meeting = NewMeeting(56);
        meeting.Postpone("The room is not available.");

        meeting.Reschedule(Schedule(3));

        Assert.That(meeting.Number, Is.EqualTo(56));
        Assert.That(meeting.Status, Is.EqualTo(MeetingStatus.Scheduled));
        Assert.That(meeting.Schedule.LocalStart.Day, Is.EqualTo(19));
    }

    [Test]
    public void The_title_gives_the_number_in_words()
    {
        Assert.That(Meeting.TitleFor(56, "Ad hoc working group on programmatic, budgetary and administrative matters of the Executive Board"),
            Is.EqualTo("fifty-sixth meeting of the ad hoc working group on programmatic, budgetary and administrative matters of the Executive Board"));
    }

    [TestCase("Executive Board", "first meeting of the Executive Board")]
    [TestCase("Bureau of the Executive Board", "first meeting of the Bureau of the Executive Board")]
    [TestCase("Informal Contact Group on the strategic plan", "first meeting of the Informal Contact Group on the strategic plan")]
    [TestCase("Open-ended working group", "first meeting of the open-ended working group")]
    public void A_proper_name_keeps_its_capitals_in_the_title_and_a_sentence_case_name_loses_its_first(string name, string title)
    {
        Assert.That(Meeting.TitleFor(1, name), Is.EqualTo(title));
    }

    [Test]
    public void A_meeting_must_end_after_it_starts_in_a_known_time_zone()
    {
        var start = new DateTimeOffset(2024, 10, 16, 10, 0, 0, TimeSpan.FromHours(3));

        Assert.Throws<DomainRuleException>(() => _ = new MeetingSchedule(start, start, "Africa/Nairobi"));
        Assert.Throws<DomainRuleException>(() => _ = new MeetingSchedule(start, start.AddHours(3), "Africa/Atlantis"));
        Assert.That(new MeetingSchedule(start, start.AddHours(3), "Africa/Nairobi").LocalStart.Hour, Is.EqualTo(10));
    }

    private static MeetingSchedule Schedule(int dayOffset)
    {
        var start = new DateTimeOffset(2024, 10, 16 + dayOffset, 10, 0, 0, TimeSpan.FromHours(3));
        return new MeetingSchedule(start, start.AddHours(3), "Africa/Nairobi");
    }

    private static Meeting NewMeeting(int number = 56) =>
        new(Guid.NewGuid(), Guid.NewGuid(), null, number, Schedule(0), "UNON Conference Room 4", Modality.InPerson, new MeetingChair("H.E. Dr.", "Pedro Leon Cortes Ruiz", null));

    private static (Meeting Meeting, Body Body, Actor Chair) WithChair()
    {
        var chair = new Actor(Guid.NewGuid(), "The chair");
        var body = new Body(Guid.NewGuid(), "Working group", "PBA", BodyKind.WorkingGroup, "HSP/EB", SummaryStyle.Numbered, AttributionPolicy.Anonymous);
        body.AppointChairs([chair.UserId]);
        var meeting = new Meeting(Guid.NewGuid(), body.Id, null, 56, Schedule(0), "UNON", Modality.InPerson, new MeetingChair(null, "Chair", null));
        return (meeting, body, chair);
    }

    private static Dictionary<string, Guid> Build(Meeting meeting, params (string Title, Guid? Parent)[] items) =>
        items.ToDictionary(i => i.Title, i => Add(meeting, i.Title, i.Parent));

    private static Guid Add(Meeting meeting, string title, Guid? parent)
    {
        var id = Guid.NewGuid();
        meeting.AddAgendaItem(id, title, parent, null, Officer, Now);
        return id;
    }

    private static string[] Numbers(Meeting meeting) => [.. meeting.Agenda.InOrder().Select(i => meeting.Agenda.NumberOf(i.Id))];

    private static string[] Titles(Meeting meeting) => [.. meeting.Agenda.InOrder().Select(i => $"{meeting.Agenda.NumberOf(i.Id)} {i.Title}")];
}
