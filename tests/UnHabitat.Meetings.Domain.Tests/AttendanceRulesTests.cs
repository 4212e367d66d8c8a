using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Domain.Records;

namespace UnHabitat.Meetings.Domain.Tests;

[TestFixture]
public sealed class AttendanceRulesTests
{
    [Test]
    public void A_state_is_recorded_under_its_alpha_2_code_however_it_was_typed()
    {
        var record = new MeetingRecord(Guid.NewGuid());

        record.RecordAttendance([
            new AttendanceEntry("KEN", AttendanceStatus.Present, AttendanceMode.InPerson, null),
            new AttendanceEntry("United States", AttendanceStatus.Present, AttendanceMode.Online, null),
            new AttendanceEntry("aut", AttendanceStatus.Apologies, AttendanceMode.InPerson, null),
        ]);

        Assert.That(record.Attendance.Select(a => a.MemberState), Is.EqualTo(new[] { "KE", "US", "AT" }));
    }

    [Test]
    public void The_same_state_under_two_writings_is_listed_twice_and_refused()
    {
        var record = new MeetingRecord(Guid.NewGuid());

        var refused = Assert.Throws<DomainRuleException>(() => record.RecordAttendance([
            new AttendanceEntry("CN", AttendanceStatus.Present, AttendanceMode.InPerson, null),
            new AttendanceEntry("CHN", AttendanceStatus.Apologies, AttendanceMode.InPerson, null),
        ]));

        Assert.That(refused!.Message, Does.Contain("CN appears more than once"));
    }

    [Test]
    public void A_state_marked_away_that_took_the_floor_is_pointed_out_and_others_are_not()
    {
        var record = new MeetingRecord(Guid.NewGuid());
        record.RecordAttendance([
            new AttendanceEntry("KE", AttendanceStatus.Apologies, AttendanceMode.InPerson, null),
            new AttendanceEntry("FR", AttendanceStatus.Absent, AttendanceMode.InPerson, null),
            new AttendanceEntry("BR", AttendanceStatus.Present, AttendanceMode.InPerson, null),
            new AttendanceEntry("CN", AttendanceStatus.Absent, AttendanceMode.InPerson, null),
        ]);

        var away = record.MarkedAwayAmong([
            new Speaker(SpeakerKind.MemberState, "KE"),
            new Speaker(SpeakerKind.MemberStates, memberStates: ["BR", "FR"]),
            new Speaker(SpeakerKind.Chair),
        ]);

        Assert.That(away.Select(a => $"{a.MemberState} {a.Status}"), Is.EqualTo(new[] { "KE Apologies", "FR Absent" }), "China was marked absent but did not speak");
    }

    [Test]
    public void Marking_a_state_present_keeps_its_place_and_a_state_not_listed_is_added_last()
    {
        var record = new MeetingRecord(Guid.NewGuid());
        record.RecordAttendance([
            new AttendanceEntry("KE", AttendanceStatus.Apologies, AttendanceMode.Online, ["Ms. A. Wanjiru"]),
            new AttendanceEntry("FR", AttendanceStatus.Present, AttendanceMode.InPerson, null),
        ]);

        record.MarkPresent("KE");
        record.MarkPresent("Brazil");

        Assert.That(record.Attendance.Select(a => $"{a.MemberState} {a.Status} {a.Mode} {a.Delegates}"),
            Is.EqualTo(new[] { "KE Present Online Ms. A. Wanjiru", "FR Present InPerson ", "BR Present InPerson " }));
    }
}
