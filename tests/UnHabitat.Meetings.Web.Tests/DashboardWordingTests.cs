using System.Net;
using System.Net.Http.Json;
using UnHabitat.Meetings.Application.Bodies;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Testing;
using UnHabitat.Meetings.Web.Tests.Support;

namespace UnHabitat.Meetings.Web.Tests;

/// <summary>The dashboard's counts read as English: "1 agenda awaiting approval", "2 upcoming meetings".</summary>
[TestFixture]
[Category("Database")]
public sealed class DashboardWordingTests : AppFixture
{
    [Test]
    public async Task A_count_of_one_takes_the_singular_and_other_counts_the_plural()
    {
        var officer = await App.UserAsync(Roles.Secretariat);
        var body = (await Bodies.CreateBodyAsync(officer.Client)).Id;
        var first = (await MeetingApi.CreateMeetingAsync(officer.Client, body, MeetingApi.At(body, "2030-03-04T10:00:00+03:00", "2030-03-04T13:00:00+03:00"))).Id;
        await MeetingApi.CreateMeetingAsync(officer.Client, body, MeetingApi.At(body, "2030-03-05T10:00:00+03:00", "2030-03-05T13:00:00+03:00"));
        (await MeetingApi.StepAsync(officer.Client, first, "submit")).EnsureSuccessStatusCode();
        using var browser = App.Anonymous();
        var signIn = await SignInPage.SignInAsync(browser, officer.Email, MeetingsApp.UserPassword);
        Assert.That(signIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        var dashboard = WebUtility.HtmlDecode(await browser.GetStringAsync("/dashboard"));

        Assert.That(dashboard, Does.Contain("<strong>1</strong> agenda awaiting approval"));
        Assert.That(dashboard, Does.Contain("<strong>2</strong> upcoming meetings"));
        Assert.That(dashboard, Does.Contain("<strong>0</strong> agendas returned"));
        Assert.That(dashboard, Does.Contain("<strong>0</strong> summaries awaiting clearance"));
        Assert.That(dashboard, Does.Not.Contain("1</strong> agendas"));
    }

    [Test]
    public async Task The_dashboard_counts_the_open_action_points_of_meetings_not_yet_held()
    {
        var officer = await App.UserAsync(Roles.Secretariat);
        var secretariat = officer.Client;
        var body = (await Bodies.CreateBodyAsync(secretariat, Bodies.Working())).Id;
        var ahead = DateTimeOffset.UtcNow.AddDays(40);
        var meeting = (await MeetingApi.CreateMeetingAsync(secretariat, body, MeetingApi.At(body,
            ahead.ToString("yyyy-MM-ddT10:00:00+03:00", System.Globalization.CultureInfo.InvariantCulture),
            ahead.ToString("yyyy-MM-ddT13:00:00+03:00", System.Globalization.CultureInfo.InvariantCulture)))).Id;
        var added = await secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/action-points", new { text = "Circulate the draft roadmap to the working group", owner = "Secretariat" }, MeetingsApp.Json);
        Assert.That(added.StatusCode, Is.EqualTo(HttpStatusCode.Created), await added.ExplainAsync());

        var browser = App.Anonymous();
        var signedIn = await SignInPage.SignInAsync(browser, officer.Email, MeetingsApp.UserPassword);
        Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await signedIn.ExplainAsync());
        var page = await browser.GetStringAsync("/dashboard");

        Assert.That(page, Does.Contain("Circulate the draft roadmap to the working group"));
    }
}
