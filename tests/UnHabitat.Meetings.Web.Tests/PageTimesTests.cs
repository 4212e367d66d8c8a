using UnHabitat.Meetings.Web.Ui;

namespace UnHabitat.Meetings.Web.Tests;

/// <summary>One way of writing times on the pages: a clock with its zone's abbreviation, never bare UTC.</summary>
[TestFixture]
public sealed class PageTimesTests
{
    [Test]
    public void A_notification_or_a_workflow_step_is_written_on_the_secretariats_clock_in_Nairobi()
    {
        var at = new DateTimeOffset(2026, 11, 25, 7, 12, 0, TimeSpan.Zero);

        Assert.That(Show.Moment(at), Is.EqualTo("25 November 2026, 10:12 EAT"));
    }

    [Test]
    public void A_moment_of_a_meeting_elsewhere_is_written_on_its_venues_clock()
    {
        var at = new DateTimeOffset(2031, 7, 8, 8, 0, 0, TimeSpan.Zero);

        Assert.That(Show.MomentIn(at, "Europe/Zurich"), Does.StartWith("8 July 2031, 10:00"));
    }
}
