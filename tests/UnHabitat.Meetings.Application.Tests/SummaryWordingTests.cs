using UnHabitat.Meetings.Application.Agendas;
using UnHabitat.Meetings.Application.Bodies;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Records;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Application.Summaries;
using UnHabitat.Meetings.Application.Tests.Support;
using UnHabitat.Meetings.Domain.Bodies;
using UnHabitat.Meetings.Domain.Meetings;
using UnHabitat.Meetings.Domain.Records;

namespace UnHabitat.Meetings.Application.Tests;

/// <summary>How the summary words what the record holds, through the use cases themselves (issue 19, points 8 and 9).</summary>
[TestFixture]
[Category("Database")]
public sealed class SummaryWordingTests
{
    private ApplicationHost _host = null!;

    [OneTimeSetUp]
    public async Task Start() => _host = await ApplicationHost.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _host.DisposeAsync();

    [SetUp]
    public void SignInAsSecretariat() => _host.User.SignIn(Roles.Secretariat);

    [Test]
    public async Task Views_after_a_briefing_follow_the_presentation_lead_in_and_views_without_one_follow_directly()
    {
        var (meeting, item) = await MeetingAsync();
        await _host.SendAsync(new AddRecordParagraph(meeting, item, 1, ParagraphKind.Briefing, "The Secretariat presented the report.", null));
        await _host.SendAsync(View(meeting, item, 1, "KE"));
        await _host.SendAsync(new AddRecordParagraph(meeting, item, 2, ParagraphKind.Narrative, "The Chair opened the floor on other matters.", null));
        await _host.SendAsync(View(meeting, item, 2, "FR"));

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
        await _host.SendAsync(View(meeting, item, 1, "KE"));
        await _host.SendAsync(View(meeting, item, 1, "FR"));
        await _host.SendAsync(new RecordIntervention(meeting, item, 1, null,
            new SpeakerDto(SpeakerKind.Group, "KE", null, "Group of African States", null), null, null, "welcomed the report.", false));
        await _host.SendAsync(View(meeting, item, 1, "KE"));
        await _host.SendAsync(View(meeting, item, 1, "KE"));

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

    /// <summary>A working group's meeting and the first item of its agenda, as the Secretariat creates them.</summary>
    private async Task<(Guid Meeting, Guid Item)> MeetingAsync()
    {
        var body = await _host.SendAsync(new CreateBody("Ad hoc working group on programmatic, budgetary and administrative matters",
            "PBA-" + Guid.NewGuid().ToString("N")[..8], BodyKind.WorkingGroup, "HSP/EB", null, SummaryStyle.Numbered, AttributionPolicy.Anonymous, 7, []));
        var meeting = await _host.SendAsync(new CreateMeeting(body.Id, null, null,
            DateTimeOffset.Parse("2024-10-16T10:00:00+03:00", System.Globalization.CultureInfo.InvariantCulture),
            DateTimeOffset.Parse("2024-10-16T13:00:00+03:00", System.Globalization.CultureInfo.InvariantCulture),
            "Africa/Nairobi", "UNON Conference Room 4", Modality.InPerson,
            new ChairDto("H.E. Dr.", "Pedro Leon Cortes Ruiz", "Permanent Representative of the Republic of Colombia to UN-Habitat")));
        var agenda = await _host.SendAsync(new GetAgenda(meeting.Id));
        return (meeting.Id, agenda.Items[0].Id);
    }

    private static RecordIntervention View(Guid meeting, Guid item, int round, string state) =>
        new(meeting, item, round, null, new SpeakerDto(SpeakerKind.MemberState, state, null, null, null), null, null, "asked about the timeline.", false);

    private async Task<List<(string Kind, string Text)>> BlocksAsync(Guid meeting)
    {
        var summary = await _host.SendAsync(new GetSummary(meeting));
        return [.. summary.Summary.Blocks.Select(b => (b.Kind.ToString(), b.Text))];
    }
}
