using System.Net;
using System.Net.Http.Json;
using UnHabitat.Meetings.Application.Agendas;
using UnHabitat.Meetings.Application.Bodies;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Application.Summaries;
using UnHabitat.Meetings.Testing;
using UnHabitat.Meetings.Web.Tests.Support;

namespace UnHabitat.Meetings.Web.Tests;

/// <summary>How the summary words what the record holds, through the same use cases the API uses (issue 19, points 8 and 9).</summary>
[TestFixture]
[Category("Database")]
public sealed class SummaryWordingTests : AppFixture
{
    private SignedIn _officer = null!;
    private HttpClient _secretariat = null!;

    protected override async Task OnStartedAsync()
    {
        _officer = await App.UserAsync(Roles.Secretariat);
        _secretariat = _officer.Client;
    }

    [Test]
    public async Task Views_after_a_briefing_follow_the_presentation_lead_in_and_views_without_one_follow_directly()
    {
        var (meeting, item) = await MeetingAsync();
        await Post($"/api/meetings/{meeting}/paragraphs", new { agendaItemId = item, round = 1, kind = "Briefing", text = "The Secretariat presented the report." });
        await Post($"/api/meetings/{meeting}/interventions", View(item, 1, "KE"));
        await Post($"/api/meetings/{meeting}/paragraphs", new { agendaItemId = item, round = 2, kind = "Narrative", text = "The Chair opened the floor on other matters." });
        await Post($"/api/meetings/{meeting}/interventions", View(item, 2, "FR"));

        var blocks = await BlocksAsync(meeting);

        var leadIns = blocks.Where(b => b.Kind == "LeadIn").Select(b => b.Text).ToList();
        Assert.That(leadIns, Is.EqualTo(new[] { "Following the presentation by the Secretariat, the discussions highlighted the following:" }));
        var narrative = blocks.FindIndex(b => b.Text.StartsWith("The Chair opened the floor", StringComparison.Ordinal));
        Assert.That(blocks[narrative + 1].Text, Does.StartWith("A Member State "), "the views of the round without a briefing follow its opening paragraph directly");
    }

    [Test]
    public async Task A_group_statement_after_another_state_is_a_member_state_speaking_on_behalf_of_the_group_and_never_the_same()
    {
        var (meeting, item) = await MeetingAsync();
        await Post($"/api/meetings/{meeting}/interventions", View(item, 1, "KE"));
        await Post($"/api/meetings/{meeting}/interventions", View(item, 1, "FR"));
        await Post($"/api/meetings/{meeting}/interventions", new
        {
            agendaItemId = item, round = 1, text = "welcomed the report.",
            speaker = new { kind = "Group", memberState = "KE", onBehalfOf = "Group of African States" },
        });
        await Post($"/api/meetings/{meeting}/interventions", View(item, 1, "KE"));
        await Post($"/api/meetings/{meeting}/interventions", View(item, 1, "KE"));

        var views = (await BlocksAsync(meeting)).Where(b => b.Kind == "Paragraph" && (b.Text.Contains(" asked ", StringComparison.Ordinal) || b.Text.Contains(" welcomed ", StringComparison.Ordinal))).Select(b => b.Text).ToList();

        Assert.That(views.Select(v => v[..v.IndexOf(v.Contains(" asked ", StringComparison.Ordinal) ? " asked " : " welcomed ", StringComparison.Ordinal)]), Is.EqualTo(new[]
        {
            "A Member State",
            "Another Member State",
            "A Member State, speaking on behalf of the Group of African States,",
            "The same Member State",
            "The same Member State",
        }));
    }

    [Test]
    public async Task The_dashboard_counts_the_open_action_points_of_meetings_not_yet_held()
    {
        var body = (await Bodies.CreateBodyAsync(_secretariat, Bodies.Working())).Id;
        var ahead = DateTimeOffset.UtcNow.AddDays(40);
        var meeting = (await MeetingApi.CreateMeetingAsync(_secretariat, body, MeetingApi.At(body,
            ahead.ToString("yyyy-MM-ddT10:00:00+03:00", System.Globalization.CultureInfo.InvariantCulture),
            ahead.ToString("yyyy-MM-ddT13:00:00+03:00", System.Globalization.CultureInfo.InvariantCulture)))).Id;
        var added = await _secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/action-points", new { text = "Circulate the draft roadmap to the working group", owner = "Secretariat" }, MeetingsApp.Json);
        Assert.That(added.StatusCode, Is.EqualTo(HttpStatusCode.Created), await added.ExplainAsync());

        var browser = App.Anonymous();
        var signedIn = await SignInPage.SignInAsync(browser, _officer.Email, MeetingsApp.UserPassword);
        Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await signedIn.ExplainAsync());
        var page = await browser.GetStringAsync("/dashboard");

        Assert.That(page, Does.Contain("Circulate the draft roadmap to the working group"));
    }

    private async Task<(Guid Meeting, Guid Item)> MeetingAsync() =>
        await MeetingApi.CreateMeetingWithItemAsync(_secretariat, (await Bodies.CreateBodyAsync(_secretariat)).Id);

    private static object View(Guid item, int round, string state) =>
        new { agendaItemId = item, round, text = "asked about the timeline.", speaker = new { kind = "MemberState", memberState = state } };

    private async Task Post(string path, object body)
    {
        var response = await _secretariat.PostAsJsonAsync(path, body, MeetingsApp.Json);
        Assert.That(response.IsSuccessStatusCode, Is.True, await response.ExplainAsync());
    }

    private async Task<List<(string Kind, string Text)>> BlocksAsync(Guid meeting)
    {
        var summary = await _secretariat.GetFromJsonAsync<SummaryDto>($"/api/meetings/{meeting}/summary", MeetingsApp.Json);
        return [.. summary!.Summary.Blocks.Select(b => (b.Kind.ToString(), b.Text))];
    }
}
