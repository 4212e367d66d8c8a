using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using UnHabitat.Meetings.Application.Agendas;
using UnHabitat.Meetings.Application.Bodies;
using UnHabitat.Meetings.Application.Journals;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Application.Sessions;
using UnHabitat.Meetings.Domain.Journals;
using UnHabitat.Meetings.Domain.Summaries;
using UnHabitat.Meetings.Testing;
using UnHabitat.Meetings.Web.Tests.Support;

namespace UnHabitat.Meetings.Web.Tests;

/// <summary>
/// The Executive Board's daily journal (HOUSE-STYLE.md section 3a): a three-day session, two meetings on its
/// second day, rebuilt through the API and read back as JSON, PDF and Word.
/// </summary>
[TestFixture]
[Category("Database")]
public sealed class JournalTests : AppFixture
{
    private const string Unon = "Director-General of the United Nations Office at Nairobi (UNON)";
    private const string Hostile = "<script>alert(1)</script><img src=\"file:///etc/passwd\">";

    private HttpClient _secretariat = null!;
    private Guid _session;
    private Guid _day3;
    private Guid _closing;

    protected override async Task OnStartedAsync()
    {
        _secretariat = (await App.UserAsync(Roles.Secretariat)).Client;
        var board = (await Bodies.CreateBodyAsync(_secretariat, new
        {
            name = "Executive Board of the United Nations Human Settlements Programme", shortName = "EB-" + Guid.NewGuid().ToString("N")[..6], kind = "ExecutiveBoard",
            symbolPrefix = "HSP/EB", summaryStyle = "Journal", attribution = "NamedCapitals", secretariatName = "UN-Habitat",
        })).Id;
        var session = await _secretariat.PostAsJsonAsync("/api/sessions", new { bodyId = board, number = 2, startsOn = "2024-12-04", endsOn = "2024-12-06", venue = "Nairobi, Kenya" }, MeetingsApp.Json);
        Assert.That(session.StatusCode, Is.EqualTo(HttpStatusCode.Created), await session.ExplainAsync());
        _session = (await session.ReadAsync<SessionDto>()).Id;

        // Day 1 and day 3: one meeting each; day 2: a morning and an afternoon meeting (created afternoon first).
        var day1 = await MeetingAsync(board, "2024-12-04T10:00:00+03:00");
        var afternoon = await MeetingAsync(board, "2024-12-05T15:00:00+03:00");
        var morning = await MeetingAsync(board, "2024-12-05T10:00:00+03:00");
        var day3 = await MeetingAsync(board, "2024-12-06T10:00:00+03:00");

        var opening = await ItemAsync(day1, "Opening of the session");
        await SayAsync(day1, opening, new { kind = "Chair" }, "opened the session");

        var finance = await ItemAsync(morning, "Financial matters");
        await ItemAsync(morning, "Not taken up today");
        var budget = await ItemAsync(morning, "Report on the budget", finance);
        await SayAsync(morning, finance, Official(), "stressed the importance of a funded work programme");
        await SayAsync(morning, budget, new { kind = "MemberState", memberState = "NL" }, "urged prudence in the use of reserves");
        await SayAsync(morning, budget, new { kind = "Group", memberState = "KE", onBehalfOf = "African Group" }, "welcomed the report");
        await SayAsync(morning, budget, new { kind = "Secretariat" }, "indicated that the budget was balanced");
        var decided = await _secretariat.PostAsJsonAsync($"/api/meetings/{morning}/decisions", new { agendaItemId = budget, title = "the budget for 2025" }, MeetingsApp.Json);
        Assert.That(decided.StatusCode, Is.EqualTo(HttpStatusCode.Created), await decided.ExplainAsync());

        var reports = await ItemAsync(afternoon, "Reports of the Executive Director");
        await SayAsync(afternoon, reports, Official(), "thanked Member States for their support");
        await SayAsync(afternoon, reports, new { kind = "MemberState", memberState = "US" }, "commended the report");
        await SayAsync(afternoon, reports, new { kind = "MemberState", memberState = "FR" }, "said " + Hostile);

        var closing = await ItemAsync(day3, "Closure of the session");
        await SayAsync(day3, closing, new { kind = "Chair" }, "closed the session");
        (_day3, _closing) = (day3, closing);
    }

    [Test]
    public async Task A_three_day_session_gives_three_journals_each_with_its_day_and_opening_sentence()
    {
        var days = new List<AssembledJournal>();
        foreach (var date in new[] { "2024-12-04", "2024-12-05", "2024-12-06" })
        {
            days.Add((await JournalAsync(date)).Journal);
        }

        Assert.That(days.Select(d => d.DayLine),
            Is.EqualTo(new[] { "DAY 1 – WEDNESDAY, 4 DECEMBER 2024", "DAY 2 – THURSDAY, 5 DECEMBER 2024", "DAY 3 – FRIDAY, 6 DECEMBER 2024" }));
        Assert.That(days[0].Title, Is.EqualTo("2024 SECOND SESSION OF THE EXECUTIVE BOARD, 4-6 DECEMBER 2024"));
        Assert.That(days[0].Heading, Is.EqualTo("SUMMARY OF PLENARY DISCUSSIONS AND OUTCOMES"));
        Assert.That(Texts(days[0]), Does.Contain("On Wednesday, 4 December 2024, the second session of the Executive Board of the United Nations Human Settlements Programme (UN-Habitat) for the year 2024 opened in Nairobi, Kenya."));
        Assert.That(Texts(days[1]), Does.Contain("On Thursday, 5 December 2024, the second session of the Executive Board of the United Nations Human Settlements Programme (UN-Habitat) for the year 2024 resumed in Nairobi, Kenya."));
        Assert.That(Texts(days[0]), Has.Some.StartsWith("The Chair of the Executive Board, H.E. Dr. Pedro Leon Cortes Ruiz, Permanent Representative"), "the Chair is named with the function the first time");
        Assert.That(Texts(days[2]), Has.Some.EqualTo("Agenda item 1: Closure of the session"));
    }

    [Test]
    public async Task Day_two_holds_both_meetings_items_in_order_in_the_journal_style()
    {
        var journal = (await JournalAsync("2024-12-05")).Journal;
        var blocks = journal.Blocks;
        var texts = Texts(journal);

        var expected = new[]
        {
            "Agenda item 1: Financial matters",
            $"Ms. A. Example, {Unon}, stressed the importance of a funded work programme.",
            "Agenda item 1 (a) – Report on the budget",
            "THE NETHERLANDS urged prudence in the use of reserves.",
            "KENYA, on behalf of the African Group, welcomed the report.",
            "UN-Habitat indicated that the budget was balanced.",
            "The Executive Board adopted decision 2024/1 on the budget for 2025.",
            "Agenda item 1: Reports of the Executive Director",
            $"The {Unon} thanked Member States for their support.",
            "THE UNITED STATES commended the report.",
        };
        var at = expected.Select(e => texts.IndexOf(e)).ToList();
        Assert.That(at, Has.None.EqualTo(-1), "missing: " + string.Join(" | ", expected.Where(e => !texts.Contains(e))) + "\nin:\n" + string.Join("\n", texts));
        Assert.That(at, Is.Ordered.Ascending, string.Join("\n", texts));
        Assert.That(texts, Has.None.Contains("Not taken up today"), "only the items taken up that day appear");
        Assert.That(blocks.Where(b => b.Kind == SummaryBlockKind.Paragraph).Select(b => b.Number),
            Has.All.Null, "the journal's paragraphs are not numbered");
        Assert.That(blocks.Single(b => b.Text.StartsWith("Agenda item 1 (a)", StringComparison.Ordinal)).Kind, Is.EqualTo(SummaryBlockKind.SubItemHeading));
        Assert.That(texts, Has.None.Contains("NETHERLANDS (KINGDOM OF THE)"));
    }

    [Test]
    public async Task The_journal_pdf_is_tagged_with_embedded_fonts_extractable_text_and_hostile_text_printed_inert()
    {
        var response = await _secretariat.GetAsync($"/api/sessions/{_session}/journal.pdf?date=2024-12-05");
        using var pdf = await PdfFile.ReadAsync(response);

        var text = PdfFile.Squeeze(pdf.Text());
        Assert.That(text, Does.Contain(PdfFile.Squeeze("SUMMARY OF PLENARY DISCUSSIONS AND OUTCOMES"))
            .And.Contain(PdfFile.Squeeze("DAY 2 – THURSDAY, 5 DECEMBER 2024"))
            .And.Contain(PdfFile.Squeeze("THE NETHERLANDS urged prudence"))
            .And.Contain(PdfFile.Squeeze("The Executive Board adopted decision 2024/1 on the budget for 2025."))
            .And.Contain(PdfFile.Squeeze(Hostile)));
        Assert.That(pdf.Info()["Tagged"], Is.EqualTo("yes"));
        Assert.That(pdf.Fonts(), Is.Not.Empty);
        Assert.That(pdf.Fonts().Where(f => !f.Embedded).Select(f => f.Name), Is.Empty);
        Assert.That(pdf.Outline().Select(PdfFile.Squeeze), Does.Contain(PdfFile.Squeeze("Agenda item 1 (a) – Report on the budget")));
    }

    [Test]
    public async Task The_journal_docx_is_valid_word_and_the_preview_encodes_hostile_text()
    {
        var docx = await _secretariat.GetAsync($"/api/sessions/{_session}/journal.docx?date=2024-12-05");
        using var document = await WordFile.ReadAsync(docx);
        Assert.That(new OpenXmlValidator().Validate(document).Select(e => e.Description), Is.Empty);
        Assert.That(document.MainDocumentPart!.Document.Body!.InnerText, Does.Contain("KENYA, on behalf of the African Group, welcomed the report."));

        var html = await (await _secretariat.GetAsync($"/api/sessions/{_session}/journal.html?date=2024-12-05")).Content.ReadAsStringAsync();
        Assert.That(html, Does.Not.Contain("<script>").And.Contain("&lt;script&gt;"));
    }

    [Test]
    public async Task A_day_outside_the_session_is_400_naming_the_date_and_a_delegation_cannot_read_a_draft_journal()
    {
        var outside = await _secretariat.GetAsync($"/api/sessions/{_session}/journal?date=2024-12-09");
        var delegation = (await App.UserAsync(Roles.Delegation, "KE")).Client;

        Assert.That(outside.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await outside.ProblemAsync()).Errors.Keys, Does.Contain("date"), await outside.ExplainAsync());
        Assert.That((await delegation.GetAsync($"/api/sessions/{_session}/journal?date=2024-12-05")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task A_published_journal_never_changes_and_a_revision_is_marked_rev_1_while_the_first_text_stays_readable()
    {
        var delegation = (await App.UserAsync(Roles.Delegation, "KE")).Client;
        var before = await delegation.GetAsync($"/api/sessions/{_session}/journal?date=2024-12-06");

        var published = await StepAsync("publish", 0);
        await SayAsync(_day3, _closing, new { kind = "MemberState", memberState = "CL" }, "thanked the Chair");
        var again = await MeetingApi.VersionedPostAsync(_secretariat, $"/api/sessions/{_session}/journal/publish", new { date = "2024-12-06" });
        var asPublished = (await (await delegation.GetAsync($"/api/sessions/{_session}/journal?date=2024-12-06")).ReadAsync<JournalDto>()).Journal;
        var forPublic = await App.Anonymous().GetAsync($"/api/sessions/{_session}/journal.pdf?date=2024-12-06");
        var revising = await StepAsync("revise", published.Version);
        var draft = (await JournalAsync("2024-12-06")).Journal;
        var revised = await StepAsync("publish", revising.Version);
        var latest = (await (await delegation.GetAsync($"/api/sessions/{_session}/journal?date=2024-12-06")).ReadAsync<JournalDto>()).Journal;
        var first = (await (await delegation.GetAsync($"/api/sessions/{_session}/journal?date=2024-12-06&revision=1")).ReadAsync<JournalDto>()).Journal;
        var days = await _secretariat.GetFromJsonAsync<List<JournalDayDto>>($"/api/sessions/{_session}/journals", MeetingsApp.Json);

        Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "before publication the journal does not exist for a delegation");
        Assert.That(published.Status, Is.EqualTo(JournalStatus.Published));
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await again.ProblemAsync()).Rule, Is.EqualTo("PublishedJournalNeverChanges"));
        Assert.That(Texts(asPublished), Has.None.Contains("CHILE"), "the published text does not follow the record");
        Assert.That(forPublic.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the Board's documents are of General distribution");
        Assert.That(Texts(draft), Does.Contain("DRAFT").And.Contain("CHILE thanked the Chair."));
        Assert.That(revised.Revision, Is.EqualTo(2));
        Assert.That(Texts(latest), Does.Contain("Rev. 1").And.Contain("CHILE thanked the Chair.").And.No.Contain("DRAFT"));
        Assert.That(Texts(first), Has.None.Contains("CHILE").And.None.EqualTo("Rev. 1"));
        Assert.That(days!.Select(d => (d.Day, d.Status)), Is.EqualTo(new[] { (1, JournalStatus.Draft), (2, JournalStatus.Draft), (3, JournalStatus.Published) }));
        Assert.That(days![2].LatestPublishedRevision, Is.EqualTo(2));
    }

    private async Task<JournalDto> StepAsync(string step, int version)
    {
        var response = await _secretariat.PostAsJsonAsync($"/api/sessions/{_session}/journal/{step}", new { date = "2024-12-06", version }, MeetingsApp.Json);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.ExplainAsync());
        return await response.ReadAsync<JournalDto>();
    }

    private static object Official() => new { kind = "Official", name = "Ms. A. Example", function = Unon };

    private static List<string> Texts(AssembledJournal journal) => [.. journal.Blocks.Select(b => b.Text)];

    private async Task<JournalDto> JournalAsync(string date)
    {
        var response = await _secretariat.GetAsync($"/api/sessions/{_session}/journal?date={date}");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.ExplainAsync());
        return await response.ReadAsync<JournalDto>();
    }

    private async Task<Guid> MeetingAsync(Guid board, string startsAt)
    {
        var meeting = MeetingApi.ThreeHoursFrom(board, startsAt);
        var json = JsonSerializer.SerializeToElement(meeting, MeetingsApp.Json);
        var withSession = json.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
        withSession["sessionId"] = _session;
        withSession["proceduralItems"] = false;
        return (await MeetingApi.CreateMeetingAsync(_secretariat, board, withSession)).Id;
    }

    private async Task<Guid> ItemAsync(Guid meeting, string title, Guid? parentId = null) =>
        MeetingApi.ItemId((await MeetingApi.AddAgendaItemAsync(_secretariat, meeting, title, parentId)), title);

    private async Task SayAsync(Guid meeting, Guid item, object speaker, string text)
    {
        var response = await _secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/interventions", new { agendaItemId = item, speaker, text }, MeetingsApp.Json);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.ExplainAsync());
    }
}
