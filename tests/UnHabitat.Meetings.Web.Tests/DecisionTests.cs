using System.Net;
using System.Net.Http.Json;
using UnHabitat.Meetings.Application.Decisions;
using UnHabitat.Meetings.Application.Resolutions;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Application.Sessions;
using UnHabitat.Meetings.Application.Summaries;
using UnHabitat.Meetings.Domain.Resolutions;
using UnHabitat.Meetings.Testing;
using UnHabitat.Meetings.Web.Tests.Support;

namespace UnHabitat.Meetings.Web.Tests;

/// <summary>The decisions a body adopts: numbered in the body's series, unique in the body, the outcome of their item.</summary>
[TestFixture]
[Category("Database")]
public sealed class DecisionTests : AppFixture
{
    private HttpClient _secretariat = null!;

    protected override async Task OnStartedAsync() => _secretariat = (await App.UserAsync(Roles.Secretariat)).Client;

    [Test]
    public async Task The_board_numbers_its_decisions_per_year_and_lists_them_by_year()
    {
        var board = await BodyAsync("ExecutiveBoard");
        var (meeting2024, item2024) = await MeetingAsync(board, "2024-12-05T10:00:00+03:00");
        var (meeting2025, item2025) = await MeetingAsync(board, "2025-03-04T10:00:00+03:00");

        var first = await AdoptAsync(meeting2024, item2024, "the annual report for 2023");
        var second = await AdoptAsync(meeting2024, item2024, "the work programme and budget for 2025");
        var nextYear = await AdoptAsync(meeting2025, item2025, "the strategic plan");
        var listed = await (await _secretariat.GetAsync($"/api/bodies/{board}/decisions?year=2024")).ReadAsync<List<DecisionDto>>();

        Assert.That(new[] { first, second, nextYear }.Select(d => d.Number), Is.EqualTo(new[] { "2024/1", "2024/2", "2025/1" }));
        Assert.That(listed.Select(d => d.Number), Is.EqualTo(new[] { "2024/1", "2024/2" }));
        Assert.That(first.Reference, Is.EqualTo("decision 2024/1"));
    }

    [Test]
    public async Task The_assembly_numbers_its_decisions_by_session()
    {
        var assembly = await BodyAsync("Assembly");
        var session = await _secretariat.PostAsJsonAsync("/api/sessions", new { bodyId = assembly, number = 2, startsOn = "2023-06-05", endsOn = "2023-06-09", venue = "Nairobi, Kenya" }, MeetingsApp.Json);
        Assert.That(session.StatusCode, Is.EqualTo(HttpStatusCode.Created), await session.ExplainAsync());
        var (meeting, item) = await MeetingAsync(assembly, "2023-06-05T10:00:00+03:00", (await session.ReadAsync<SessionDto>()).Id);

        var decision = await AdoptAsync(meeting, item, "the dates of the next session");

        Assert.That(decision.Number, Is.EqualTo("2/1"));
    }

    [Test]
    public async Task A_number_the_body_has_already_used_is_refused_409_naming_the_rule_but_another_body_may_use_it()
    {
        var board = await BodyAsync("ExecutiveBoard");
        var other = await BodyAsync("ExecutiveBoard");
        var (meeting, item) = await MeetingAsync(board, "2024-12-05T10:00:00+03:00");
        var (otherMeeting, otherItem) = await MeetingAsync(other, "2024-12-05T10:00:00+03:00");
        await AdoptAsync(meeting, item, "the annual report", "2024/3");

        var again = await _secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/decisions", new { agendaItemId = item, number = "2024/3", title = "the budget" }, MeetingsApp.Json);
        var elsewhere = await AdoptAsync(otherMeeting, otherItem, "the annual report", "2024/3");
        var next = await AdoptAsync(meeting, item, "the budget");

        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), await again.ExplainAsync());
        Assert.That((await again.ProblemAsync()).Rule, Is.EqualTo("DecisionNumberIsUniqueInItsBody"));
        Assert.That(elsewhere.Number, Is.EqualTo("2024/3"));
        Assert.That(next.Number, Is.EqualTo("2024/4"), "the next number follows the highest one used");
    }

    [Test]
    public async Task A_malformed_number_or_a_missing_title_is_answered_400_naming_the_field()
    {
        var board = await BodyAsync("ExecutiveBoard");
        var (meeting, item) = await MeetingAsync(board, "2024-12-05T10:00:00+03:00");

        var badNumber = await _secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/decisions", new { agendaItemId = item, number = "2024-3", title = "the budget" }, MeetingsApp.Json);
        var noTitle = await _secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/decisions", new { agendaItemId = item }, MeetingsApp.Json);

        Assert.That(badNumber.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await badNumber.ProblemAsync()).Errors.Keys, Does.Contain("number"), await badNumber.ExplainAsync());
        Assert.That((await noTitle.ProblemAsync()).Errors.Keys, Does.Contain("title"), await noTitle.ExplainAsync());
    }

    [Test]
    public async Task A_decision_closes_its_item_in_the_numbered_summary()
    {
        var board = await BodyAsync("ExecutiveBoard");
        var (meeting, item) = await MeetingAsync(board, "2024-12-05T10:00:00+03:00");
        await MeetingApi.AddAgendaItemAsync(_secretariat, meeting, "Any other business");
        (await _secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/paragraphs", new { agendaItemId = item, kind = "Narrative", text = "The Chair introduced the report" }, MeetingsApp.Json)).EnsureSuccessStatusCode();
        await AdoptAsync(meeting, item, "the annual report for 2023");

        var blocks = (await (await _secretariat.GetAsync($"/api/meetings/{meeting}/summary")).ReadAsync<SummaryDto>()).Summary.Blocks.Select(b => b.Text).ToList();

        var outcome = blocks.IndexOf("The Executive Board adopted decision 2024/1 on the annual report for 2023.");
        Assert.That(outcome, Is.GreaterThan(blocks.IndexOf("The Chair introduced the report.")), string.Join("\n", blocks));
        Assert.That(outcome, Is.LessThan(blocks.FindIndex(b => b.StartsWith("Agenda item 2", StringComparison.Ordinal))), "the outcome closes its own item");
    }

    [Test]
    public async Task A_decision_is_followed_up_like_a_resolution_and_appears_in_the_implementation_report()
    {
        // A session number no other test uses: follow-up symbols (HSP/HA.9/DEC.1) are unique across bodies.
        var board = await BodyAsync("Assembly");
        var session = await _secretariat.PostAsJsonAsync("/api/sessions", new { bodyId = board, number = 9, startsOn = "2031-06-02", endsOn = "2031-06-06", venue = "Nairobi, Kenya" }, MeetingsApp.Json);
        Assert.That(session.StatusCode, Is.EqualTo(HttpStatusCode.Created), await session.ExplainAsync());
        var (meeting, item) = await MeetingAsync(board, "2031-06-02T10:00:00+03:00", (await session.ReadAsync<SessionDto>()).Id);
        await AdoptAsync(meeting, item, "the working group on adequate housing");

        var followed = (await (await _secretariat.GetAsync($"/api/resolutions?bodyId={board}")).ReadAsync<List<ResolutionDto>>()).Single();
        var updated = await _secretariat.PostAsJsonAsync($"/api/resolutions/{followed.Id}/updates", new
        {
            period = "2032 first session of the Executive Board",
            asOf = "2025-05-20",
            status = "UnderImplementation",
            points = new[] { new { text = "The working group met twice.", ops = Array.Empty<string>() } },
            version = followed.Version,
        }, MeetingsApp.Json);
        var report = await (await _secretariat.GetAsync($"/api/reports/implementation?bodyId={board}&period={Uri.EscapeDataString("2032 first session of the Executive Board")}")).ReadAsync<ImplementationReport>();

        Assert.That(followed.Symbol, Is.EqualTo("HSP/HA.9/DEC.1"));
        Assert.That(followed.Reference, Is.EqualTo("decision 9/1"));
        Assert.That(updated.StatusCode, Is.EqualTo(HttpStatusCode.Created), await updated.ExplainAsync());
        var headings = report.Sections.Select(x => x.Heading).ToList();
        Assert.That(headings, Has.Some.StartsWith("Decision 9/1"), string.Join(" | ", headings));
        Assert.That(report.Sections.SelectMany(x => x.Paragraphs).SelectMany(p => p.Items.Prepend(p.Text)), Has.Some.Contains("The working group met twice."));
    }

    private async Task<Guid> BodyAsync(string kind) => (await Bodies.CreateBodyAsync(_secretariat, new
    {
        name = kind == "Assembly" ? "UN-Habitat Assembly" : "Executive Board of the United Nations Human Settlements Programme",
        shortName = kind[..2] + "-" + Guid.NewGuid().ToString("N")[..8],
        kind,
        symbolPrefix = kind == "Assembly" ? "HSP/HA" : "HSP/EB",
        summaryStyle = "Numbered",
        attribution = "NamedCapitals",
        documentDeadlineDays = 7,
    })).Id;

    private async Task<(Guid Meeting, Guid Item)> MeetingAsync(Guid body, string startsAt, Guid? sessionId = null)
    {
        var meeting = (await MeetingApi.CreateMeetingAsync(_secretariat, body, new
        {
            bodyId = body, sessionId, startsAt, endsAt = DateTimeOffset.Parse(startsAt, System.Globalization.CultureInfo.InvariantCulture).AddHours(3).ToString("O"),
            timeZone = "Africa/Nairobi", venue = "Nairobi", modality = "InPerson", proceduralItems = false, chair = new { name = "Chair" },
        })).Id;
        var item = MeetingApi.ItemId(await MeetingApi.AddAgendaItemAsync(_secretariat, meeting, "Reports of the Executive Director"), "Reports of the Executive Director");
        return (meeting, item);
    }

    private async Task<DecisionDto> AdoptAsync(Guid meeting, Guid item, string title, string? number = null)
    {
        var response = await _secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/decisions", new { agendaItemId = item, number, title }, MeetingsApp.Json);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.ExplainAsync());
        return await response.ReadAsync<DecisionDto>();
    }
}
