using System.Text;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Testing;
using UnHabitat.Meetings.Web.Tests.Support;

namespace UnHabitat.Meetings.Web.Tests;

/// <summary>The calendar feeds read back by a real iCalendar parser, as a calendar app reads them.</summary>
[TestFixture]
[Category("Database")]
public sealed class CalendarFeedTests : AppFixture
{
    private HttpClient _secretariat = null!;

    protected override async Task OnStartedAsync()
    {
        _secretariat = (await App.UserAsync(Roles.Secretariat)).Client;
    }

    [Test]
    public async Task A_venue_with_line_breaks_stays_one_location_and_cannot_add_an_attendee()
    {
        var body = (await Bodies.CreateBodyAsync(_secretariat)).Id;
        var meeting = (await MeetingApi.CreateMeetingAsync(_secretariat, body)).Id;
        // Stored as it is, whatever the forms accept today: the feed must be safe for what is already in the database.
        const string hostile = "UNON\rATTENDEE:mailto:spy@evil.example\r\nATTENDEE:mailto:spy2@evil.example\nX-A:1;B,C\\D\u0001";
        await App.WithDbAsync(db => db.Meetings.Where(m => m.Id == meeting).ExecuteUpdateAsync(s => s.SetProperty(m => m.Venue, hostile)));

        var feed = await App.Anonymous().GetStringAsync($"/api/calendar.ics?bodyId={body}");
        var calendar = Ical.Net.Calendar.Load(feed)!;

        var events = calendar.Events.ToList();
        Assert.That(events, Has.Count.EqualTo(1));
        Assert.That(events[0].Location, Is.EqualTo("UNON\nATTENDEE:mailto:spy@evil.example\nATTENDEE:mailto:spy2@evil.example\nX-A:1;B,C\\D"));
        Assert.That(events[0].Attendees, Is.Empty);
        Assert.That(events[0].Properties.Select(p => p.Name), Has.None.EqualTo("ATTENDEE").And.None.EqualTo("X-A"));
        Assert.That(feed.Split("\r\n").Where(l => !l.StartsWith(' ')), Has.None.StartsWith("ATTENDEE"));
    }

    [Test]
    public async Task Long_lines_are_folded_at_75_octets_without_splitting_a_character()
    {
        var body = (await Bodies.CreateBodyAsync(_secretariat)).Id;
        var meeting = (await MeetingApi.CreateMeetingAsync(_secretariat, body)).Id;
        var venue = "Salle des conférences n° 4, Palais des Nations — " + string.Concat(Enumerable.Repeat("محكمة 会议室 ", 12));
        await App.WithDbAsync(db => db.Meetings.Where(m => m.Id == meeting).ExecuteUpdateAsync(s => s.SetProperty(m => m.Venue, venue)));

        var feed = await App.Anonymous().GetStringAsync($"/api/calendar.ics?bodyId={body}");

        var lines = feed.Split("\r\n");
        Assert.That(lines.Select(l => Encoding.UTF8.GetByteCount(l)), Has.All.LessThanOrEqualTo(75));
        Assert.That(feed, Does.Not.Contain('\uFFFD'));
        Assert.That(Ical.Net.Calendar.Load(feed)!.Events.Single().Location, Is.EqualTo(venue));
    }

    [Test]
    public async Task A_meeting_in_a_zone_with_summer_time_starts_at_the_same_instant_in_a_calendar_app()
    {
        var body = (await Bodies.CreateBodyAsync(_secretariat)).Id;
        // 10:00 in Geneva in July is 08:00 UTC (summer time, +02:00); in January it would be 09:00 UTC.
        var startsAt = new DateTimeOffset(2031, 7, 8, 8, 0, 0, TimeSpan.Zero);
        await MeetingApi.CreateMeetingAsync(_secretariat, body, new
        {
            bodyId = body,
            startsAt,
            endsAt = startsAt.AddHours(3),
            timeZone = "Europe/Zurich",
            venue = "Palais des Nations",
            modality = "InPerson",
            chair = new { honorific = "Ms.", name = "A. Example", function = "Chair" },
        });

        var feed = await App.Anonymous().GetStringAsync($"/api/calendar.ics?bodyId={body}");
        var calendar = Ical.Net.Calendar.Load(feed)!;

        Assert.That(calendar.TimeZones.Select(z => z.TzId), Does.Contain("Europe/Zurich"));
        Assert.That(feed, Does.Contain("BEGIN:DAYLIGHT").And.Contain("BEGIN:STANDARD"));
        var start = calendar.Events.Single().DtStart!;
        Assert.That(start.TzId, Is.EqualTo("Europe/Zurich"));
        Assert.That(start.Value, Is.EqualTo(new DateTime(2031, 7, 8, 10, 0, 0)));
        Assert.That(start.AsUtc, Is.EqualTo(startsAt.UtcDateTime));
    }
}
