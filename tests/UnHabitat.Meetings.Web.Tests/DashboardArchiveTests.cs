using System.Net;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Web.Tests.Support;

namespace UnHabitat.Meetings.Web.Tests;

/// <summary>The dashboard of a Secretariat with years of meetings behind it still shows what comes next.</summary>
[TestFixture]
[Category("Database")]
public sealed class DashboardArchiveTests : AppFixture
{
    [Test]
    public async Task With_sixty_meetings_held_the_dashboard_still_shows_the_meeting_ahead_and_its_agenda_awaiting_approval()
    {
        var officer = await App.UserAsync(Roles.Secretariat);
        var body = (await Bodies.CreateBodyAsync(officer.Client)).Id;
        var held = DateTimeOffset.Parse("2021-01-04T10:00:00+03:00", System.Globalization.CultureInfo.InvariantCulture);
        for (var i = 0; i < 60; i++)
        {
            var starts = held.AddDays(7 * i);
            await MeetingApi.CreateMeetingAsync(officer.Client, body, MeetingApi.At(body, starts.ToString("O"), starts.AddHours(3).ToString("O")));
        }

        var ahead = (await MeetingApi.CreateMeetingAsync(officer.Client, body, MeetingApi.At(body, "2031-05-06T10:00:00+03:00", "2031-05-06T13:00:00+03:00"))).Id;
        (await MeetingApi.StepAsync(officer.Client, ahead, "submit")).EnsureSuccessStatusCode();
        using var browser = App.Anonymous();
        Assert.That((await SignInPage.SignInAsync(browser, officer.Email, MeetingsApp.UserPassword)).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        var dashboard = WebUtility.HtmlDecode(await browser.GetStringAsync("/dashboard"));

        Assert.That(dashboard, Does.Contain("<strong>1</strong> upcoming meeting"));
        Assert.That(dashboard, Does.Contain("<strong>1</strong> agenda awaiting approval"));
        Assert.That(dashboard, Does.Contain($"/meetings/{ahead}"));
    }
    [Test]
    public async Task A_summary_awaiting_clearance_of_a_meeting_held_long_before_the_latest_ones_is_still_on_the_dashboard()
    {
        var officer = await App.UserAsync(Roles.Secretariat);
        var body = (await Bodies.CreateBodyAsync(officer.Client)).Id;
        var (old, item) = await MeetingApi.CreateMeetingWithItemAsync(officer.Client, body);
        await MeetingApi.AddInterventionAsync(officer.Client, old, item, "welcomed the report.");
        (await MeetingApi.VersionedPostAsync(officer.Client, $"/api/meetings/{old}/summary/submit")).EnsureSuccessStatusCode();
        var later = DateTimeOffset.Parse("2025-02-03T10:00:00+03:00", System.Globalization.CultureInfo.InvariantCulture);
        for (var i = 0; i < 10; i++)
        {
            var starts = later.AddDays(7 * i);
            await MeetingApi.CreateMeetingAsync(officer.Client, body, MeetingApi.At(body, starts.ToString("O"), starts.AddHours(3).ToString("O")));
        }

        using var browser = App.Anonymous();
        Assert.That((await SignInPage.SignInAsync(browser, officer.Email, MeetingsApp.UserPassword)).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        var dashboard = WebUtility.HtmlDecode(await browser.GetStringAsync("/dashboard"));

        Assert.That(dashboard, Does.Contain("<strong>1</strong> summary awaiting clearance"));
        Assert.That(dashboard, Does.Contain($"/meetings/{old}"));
    }
}
