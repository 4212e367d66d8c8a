using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Domain.Records;

namespace UnHabitat.Meetings.Domain.Tests;

[TestFixture]
public sealed class MeetingRecordRulesTests
{
    private static readonly DateTimeOffset Opening = new(2024, 10, 16, 7, 0, 0, TimeSpan.Zero);

    [Test]
    public void MeetingIsCalledToOrderBeforeItIsAdjourned_an_adjournment_before_the_call_to_order_is_refused()
    {
        var record = new MeetingRecord(Guid.NewGuid());
        record.CallToOrder(Opening);

        var early = Assert.Throws<DomainRuleException>(() => record.Adjourn(Opening.AddMinutes(-5)));
        record.Adjourn(Opening.AddHours(3));
        var late = Assert.Throws<DomainRuleException>(() => record.CallToOrder(Opening.AddHours(4)));

        Assert.That(early!.Rule, Is.EqualTo("MeetingIsCalledToOrderBeforeItIsAdjourned"));
        Assert.That(late!.Rule, Is.EqualTo("MeetingIsCalledToOrderBeforeItIsAdjourned"));
        Assert.That(record.AdjournedAt, Is.EqualTo(Opening.AddHours(3)));
    }

    [Test]
    public void AttendanceListsEachStateOnce_a_list_naming_a_state_twice_is_refused_and_the_list_before_is_kept()
    {
        var record = new MeetingRecord(Guid.NewGuid());
        record.RecordAttendance([Line("KE", AttendanceStatus.Present)]);

        var error = Assert.Throws<DomainRuleException>(() => record.RecordAttendance([Line("BR", AttendanceStatus.Present), Line("BRA", AttendanceStatus.Absent)]));

        Assert.That(error!.Rule, Is.EqualTo("AttendanceListsEachStateOnce"));
        Assert.That(record.Attendance.Select(a => a.MemberState), Is.EqualTo(new[] { "KE" }));
    }

    [Test]
    public void The_quorum_is_a_majority_of_the_members_on_the_day_present_in_person_or_online()
    {
        var record = new MeetingRecord(Guid.NewGuid());
        record.RecordAttendance([
            Line("KE", AttendanceStatus.Present),
            new AttendanceEntry("BR", AttendanceStatus.Present, AttendanceMode.Online, null),
            Line("FR", AttendanceStatus.Apologies),
            Line("US", AttendanceStatus.Present),
        ]);

        var quorum = record.QuorumFor(["KE", "BR", "FR", "DE", "CN"]);

        Assert.That(quorum, Is.EqualTo(new Quorum(Members: 5, Present: 2, Needed: 3, Reached: false)), "the United States is present but not a member that day");
        Assert.That(record.QuorumFor(["KE", "BR", "FR"])!.Reached, Is.True);
    }

    [Test]
    public void A_body_without_members_on_the_day_has_no_quorum_to_count()
    {
        var record = new MeetingRecord(Guid.NewGuid());
        record.RecordAttendance([Line("KE", AttendanceStatus.Present)]);

        Assert.That(record.QuorumFor([]), Is.Null);
    }

    [Test]
    public void A_state_that_took_the_floor_is_marked_present_and_one_not_listed_is_added_at_the_end()
    {
        var record = new MeetingRecord(Guid.NewGuid());
        record.RecordAttendance([Line("KE", AttendanceStatus.Apologies), Line("BR", AttendanceStatus.Present)]);

        record.MarkPresent("KEN");
        record.MarkPresent("France");

        Assert.That(record.Attendance.Select(a => $"{a.MemberState} {a.Status}"), Is.EqualTo(new[] { "KE Present", "BR Present", "FR Present" }));
    }

    private static AttendanceEntry Line(string state, AttendanceStatus status) => new(state, status, AttendanceMode.InPerson, null);
}
