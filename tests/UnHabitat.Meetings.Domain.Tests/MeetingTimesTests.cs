using UnHabitat.Meetings.Domain.Meetings;

namespace UnHabitat.Meetings.Domain.Tests;

/// <summary>One way of writing times (HOUSE-STYLE.md section 1): the venue's clock and the zone's abbreviation.</summary>
[TestFixture]
public sealed class MeetingTimesTests
{
    [Test]
    public void A_time_is_written_on_the_venues_clock_with_the_zones_abbreviation()
    {
        var at = DateTimeOffset.Parse("2024-10-16T10:05:00Z", System.Globalization.CultureInfo.InvariantCulture);

        Assert.That(MeetingTimes.At(at, "Africa/Nairobi"), Is.EqualTo("13:05 EAT"));
        Assert.That(MeetingTimes.MomentAt(at, "Africa/Nairobi"), Is.EqualTo("16 October 2024, 13:05 EAT"));
        Assert.That(MeetingTimes.At(at, "Europe/Paris"), Is.EqualTo("12:05 CEST"));
    }
}
