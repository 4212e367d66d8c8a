using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using UnHabitat.Meetings.Application.Agendas;
using UnHabitat.Meetings.Application.Bodies;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Records;
using UnHabitat.Meetings.Application.Sessions;
using UnHabitat.Meetings.Infrastructure.Rendering;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Testing;
using UnHabitat.Meetings.Web.Tests.Fixtures;
using UnHabitat.Meetings.Web.Tests.Support;

namespace UnHabitat.Meetings.Web.Tests;

/// <summary>
/// The other documents through HTTP: the informal group's tabular summary, the provisional agenda as an
/// official document, hostile text in the record, a published summary printed once and kept.
/// </summary>
[TestFixture]
[Category("Database")]
public sealed class DocumentOutputTests : AppFixture
{
    private const string Symbol = "HSP/EB.2020/19";

    private HttpClient _secretariat = null!;
    private SignedIn _chair = null!;

    protected override async Task OnStartedAsync()
    {
        _secretariat = (await App.UserAsync(Roles.Secretariat)).Client;
        _chair = await App.UserAsync(Roles.Chair);
    }

    [Test]
    public async Task The_informal_meetings_pdf_shows_the_three_column_headers_on_every_page_and_its_rows_in_order()
    {
        var meeting = await ReferenceMeetings.ContactGroupAsync(_secretariat);

        using var pdf = await PdfAsync(_secretariat, $"/api/meetings/{meeting}/summary.pdf");

        // Reading order (not layout mode): layout mode interleaves the lines of the three columns.
        var text = PdfFile.Squeeze(pdf.Text());
        Assert.That(text, Does.StartWith(PdfFile.Squeeze(ContactGroupReference.Title)));
        Assert.That(text, Does.Contain(PdfFile.Squeeze("Tuesday 08 June 2021 / 10:00 a.m. to 11:00 a.m. East Africa Time")));
        Assert.That(text, Does.Contain(PdfFile.Squeeze(ContactGroupReference.AttendanceLineAsPrinted)));
        for (var page = 1; page <= pdf.PageCount; page++)
        {
            var header = pdf.LayoutText(page).Split('\n').FirstOrDefault(l => l.Contains("Agenda Items", StringComparison.Ordinal));
            Assert.That(header, Does.Contain("Comments").And.Contain("Discussion"), $"the header row on page {page}");
        }

        // Each column read on its own (A4 is 595 pt wide, 62 pt margins; the columns take 22 %, 39 % and 39 %).
        var agendaItems = PdfFile.Squeeze(pdf.TextBetween(58, 62 + (471 * 0.22)));
        var discussion = PdfFile.Squeeze(pdf.TextBetween(62 + (471 * 0.61), 540));
        var at = 0;
        foreach (var title in ContactGroupReference.Rows.Select((r, i) => $"{i + 1}. {r.Title ?? "Next meeting"}"))
        {
            var found = agendaItems.IndexOf(PdfFile.Squeeze(title), at, StringComparison.Ordinal);
            Assert.That(found, Is.GreaterThanOrEqualTo(0), $"row {title}, in the first column after: {agendaItems[at..]}");
            at = found;
        }

        Assert.That(discussion, Does.Contain(PdfFile.Squeeze("FRANCE thanked the group")).And.Contain(PdfFile.Squeeze("CHINA also urged")));
        Assert.That(discussion, Does.Contain(PdfFile.Squeeze("In response to the views expressed, the Secretariat responded the following:")));
        Assert.That(discussion, Does.EndWith("Agreed"));
        Assert.That(pdf.Info()["Tagged"], Is.EqualTo("yes"));
    }

    [Test]
    public async Task The_provisional_agenda_has_its_symbol_on_page_one_and_in_the_header_of_every_later_page()
    {
        var board = (await Bodies.CreateBodyAsync(_secretariat, new
        {
            name = "Executive Board of the United Nations Human Settlements Programme", shortName = "EB-" + Guid.NewGuid().ToString("N")[..6], kind = "ExecutiveBoard",
            symbolPrefix = "HSP/EB", summaryStyle = "Journal", attribution = "NamedCapitals", chairUserIds = new[] { _chair.Id },
        })).Id;
        var session = await _secretariat.PostAsJsonAsync("/api/sessions", new { bodyId = board, startsOn = "2020-10-27", endsOn = "2020-10-29", venue = "Online", provisionalAgendaSymbol = Symbol });
        Assert.That(session.StatusCode, Is.EqualTo(HttpStatusCode.Created), await session.ExplainAsync());
        var sessionId = (await session.ReadAsync<SessionDto>()).Id;
        var meeting = (await MeetingApi.CreateMeetingAsync(_secretariat, board, new
        {
            bodyId = board, sessionId, startsAt = "2020-10-27T12:00:00+03:00", endsAt = "2020-10-27T15:00:00+03:00", timeZone = "Africa/Nairobi",
            venue = "Online", modality = "Online", proceduralItems = false, chair = new { name = "Chair of the Executive Board" },
        })).Id;
        for (var i = 1; i <= 14; i++)
        {
            var title = $"Item {i} of the session: reports of the Executive Director on the implementation of the strategic plan, with the financial, budgetary and administrative matters that follow from it";
            var parent = MeetingApi.ItemId((await MeetingApi.AddAgendaItemAsync(_secretariat, meeting, title)), title);
            for (var j = 1; j <= 3; j++)
            {
                await MeetingApi.AddAgendaItemAsync(_secretariat, meeting, $"Sub-item {j} of item {i}: progress made in the period under review, and the way forward", parent);
            }
        }

        Assert.That((await App.Anonymous().GetAsync($"/api/meetings/{meeting}/agenda.pdf")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "a draft agenda does not exist for the public");
        (await MeetingApi.StepAsync(_secretariat, meeting, "submit")).EnsureSuccessStatusCode();
        (await MeetingApi.StepAsync(_chair.Client, meeting, "approve")).EnsureSuccessStatusCode();

        using var pdf = await PdfAsync(App.Anonymous(), $"/api/meetings/{meeting}/agenda.pdf");

        Assert.That(pdf.PageCount, Is.GreaterThanOrEqualTo(2));
        var first = pdf.LayoutText(1);
        Assert.That(first.Split('\n').First(l => l.Trim().Length > 0), Does.EndWith(Symbol), "the symbol stands top right");
        Assert.That(PdfFile.Squeeze(first), Does.Contain("Distr.:General").And.Contain("Original:English").And.Contain("Firstsessionof2020").And.Contain("Online,27–29October2020"));
        Assert.That(first, Does.Contain("Provisional agenda").And.Contain("Executive Board of the United Nations Human Settlements Programme"));
        for (var page = 2; page <= pdf.PageCount; page++)
        {
            Assert.That(pdf.LayoutText(page).Split('\n').First(l => l.Trim().Length > 0).Trim(), Is.EqualTo(Symbol), $"header of page {page}");
        }

        var body = PdfFile.Squeeze(pdf.BodyText(Symbol));
        Assert.That(body, Does.Contain(PdfFile.Squeeze("14. Item 14 of the session")).And.Contain(PdfFile.Squeeze("(c) Sub-item 3 of item 14")));
        Assert.That(pdf.Info()["Title"], Does.StartWith(Symbol));
        Assert.That(pdf.Fonts().Where(f => !f.Embedded), Is.Empty);
    }

    [Test]
    public async Task A_meeting_outside_any_session_gets_its_agenda_without_a_symbol()
    {
        var body = (await Bodies.CreateBodyAsync(_secretariat, Bodies.Working(chairUserIds: [_chair.Id]))).Id;
        var meeting = (await MeetingApi.CreateMeetingAsync(_secretariat, body)).Id;
        await MeetingApi.AddAgendaItemAsync(_secretariat, meeting, "Adoption of the agenda");

        using var pdf = await PdfAsync(_secretariat, $"/api/meetings/{meeting}/agenda.pdf");

        var text = pdf.Text();
        Assert.That(text, Does.Not.Contain("HSP/"));
        Assert.That(PdfFile.Squeeze(text), Does.Contain("meetingoftheAdhocworkinggroup").IgnoreCase.And.Contain("Provisionalagenda*").And.Contain("notyetapprovedbytheChair"));
    }

    [Test]
    public async Task Markup_in_an_intervention_prints_literally_and_the_browser_contacts_nobody()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var (meeting, item) = await MeetingWithItemAsync();
        var hostile = new[] { "<script>alert(1)</script>", "<img src=\"file:///etc/passwd\">", $"<iframe src=\"http://127.0.0.1:{port}/\"></iframe>" };
        foreach (var text in hostile)
        {
            var posted = await _secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/interventions",
                new { agendaItemId = item, text = "said " + text, speaker = new { kind = "MemberState", memberState = "FR" } }, MeetingsApp.Json);
            Assert.That(posted.StatusCode, Is.EqualTo(HttpStatusCode.Created), await posted.ExplainAsync());
        }

        using var pdf = await PdfAsync(_secretariat, $"/api/meetings/{meeting}/summary.pdf");

        var printed = PdfFile.Squeeze(pdf.Text());
        foreach (var text in hostile)
        {
            Assert.That(printed, Does.Contain(PdfFile.Squeeze(text)));
        }

        await Task.Delay(500);
        Assert.That(listener.Pending(), Is.False, "something connected to the listener");
    }

    [Test]
    public async Task A_published_summary_is_printed_once_and_kept_in_the_data_folder()
    {
        var (meeting, item) = await MeetingWithItemAsync();
        (await _secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/paragraphs", new { agendaItemId = item, kind = "Narrative", text = "The meeting took note of the report." }, MeetingsApp.Json)).EnsureSuccessStatusCode();
        foreach (var (client, step) in new[] { (_secretariat, "submit"), (_chair.Client, "clear"), (_secretariat, "publish") })
        {
            var moved = await MeetingApi.VersionedPostAsync(client, $"/api/meetings/{meeting}/summary/{step}");
            Assert.That(moved.IsSuccessStatusCode, Is.True, await moved.ExplainAsync());
        }

        var response = await App.Anonymous().GetAsync($"/api/meetings/{meeting}/summary.pdf");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.ExplainAsync());
        var key = response.Headers.ETag!.Tag.Trim('"');
        var stored = Path.Combine(Database.Folder, "renders", key + ".pdf");

        Assert.That(File.Exists(stored), Is.True, stored);
        Assert.That(await File.ReadAllBytesAsync(stored), Is.EqualTo(await response.Content.ReadAsByteArrayAsync()));
    }

    [Test]
    public async Task A_printed_summary_changes_as_soon_as_the_record_does_and_is_served_from_the_cache_until_then()
    {
        var (meeting, item) = await MeetingWithItemAsync();
        var added = await (await _secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/paragraphs", new { agendaItemId = item, kind = "Narrative", text = "The meeting took note of the first report." }, MeetingsApp.Json)).ReadAsync<ParagraphDto>();
        var first = await _secretariat.GetAsync($"/api/meetings/{meeting}/summary.pdf");
        var again = await _secretariat.GetAsync($"/api/meetings/{meeting}/summary.pdf");

        var changed = await _secretariat.PutAsJsonAsync($"/api/meetings/{meeting}/paragraphs/{added.Id}",
            new { agendaItemId = item, kind = "Narrative", text = "The meeting took note of the corrected report.", version = added.Version }, MeetingsApp.Json);
        Assert.That(changed.IsSuccessStatusCode, Is.True, await changed.ExplainAsync());
        using var conditional = new HttpRequestMessage(HttpMethod.Get, $"/api/meetings/{meeting}/summary.pdf");
        conditional.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var after = await _secretariat.SendAsync(conditional);

        Assert.That(await again.Content.ReadAsByteArrayAsync(), Is.EqualTo(await first.Content.ReadAsByteArrayAsync()), "nothing changed: the same document");
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the ETag of the old text no longer matches");
        Assert.That(after.Headers.ETag, Is.Not.EqualTo(first.Headers.ETag));
        using var pdf = new PdfFile(await after.Content.ReadAsByteArrayAsync());
        Assert.That(PdfFile.Squeeze(pdf.Text()), Does.Contain(PdfFile.Squeeze("corrected report")).And.Not.Contain(PdfFile.Squeeze("first report")));
    }

    [Test]
    public async Task After_a_start_the_browser_is_launched_and_warm_before_anyone_asks_for_a_document()
    {
        await using var app = new MeetingsApp(Database, new Dictionary<string, string?> { ["Pdf:WarmUp"] = "true" });
        _ = app.Server;
        var engine = app.Services.GetRequiredService<ChromiumPdfRenderer>();
        for (var waited = 0; engine.Launches == 0 && waited < 600; waited++)
        {
            await Task.Delay(100);
        }

        Assert.That(engine.Launches, Is.EqualTo(1), "launched at start, with no request");
        var officer = (await app.UserAsync(Roles.Secretariat)).Client;
        var body = (await Bodies.CreateBodyAsync(officer)).Id;
        var meeting = (await MeetingApi.CreateMeetingAsync(officer, body)).Id;
        using var pdf = await PdfAsync(officer, $"/api/meetings/{meeting}/summary.pdf");

        Assert.That(pdf.PageCount, Is.GreaterThanOrEqualTo(1));
        Assert.That(engine.Launches, Is.EqualTo(1), "the first document used the browser launched at start");
    }

    [Test]
    public async Task Without_chromium_pdfs_answer_503_with_retry_after_readiness_fails_and_everything_else_works()
    {
        await using var app = new MeetingsApp(Database, new Dictionary<string, string?> { ["Pdf:BrowserPath"] = "/nonexistent/chromium" });
        var officer = (await app.UserAsync(Roles.Secretariat)).Client;
        var body = (await Bodies.CreateBodyAsync(officer)).Id;
        var meeting = (await MeetingApi.CreateMeetingAsync(officer, body)).Id;

        var pdf = await officer.GetAsync($"/api/meetings/{meeting}/summary.pdf");
        var ready = await app.Anonymous().GetAsync("/health/ready");

        Assert.That(pdf.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(pdf.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(pdf.Headers.RetryAfter, Is.Not.Null);
        Assert.That(await pdf.Content.ReadAsStringAsync(), Does.Contain("Pdf:BrowserPath").And.Not.Contain("   at "));
        Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That((await officer.GetAsync($"/api/meetings/{meeting}/agenda.pdf")).StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That((await officer.GetAsync($"/api/meetings/{meeting}/summary")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await officer.GetAsync($"/api/meetings/{meeting}/summary.docx")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await officer.GetAsync($"/api/meetings/{meeting}/summary.html")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    private async Task<(Guid Meeting, Guid Item)> MeetingWithItemAsync()
    {
        var body = (await Bodies.CreateBodyAsync(_secretariat, Bodies.Working(chairUserIds: [_chair.Id]))).Id;
        var meeting = (await MeetingApi.CreateMeetingAsync(_secretariat, body)).Id;
        var item = MeetingApi.ItemId((await MeetingApi.AddAgendaItemAsync(_secretariat, meeting, "Statements by Member States")), "Statements by Member States");
        return (meeting, item);
    }

    private static async Task<PdfFile> PdfAsync(HttpClient client, string path) => await PdfFile.ReadAsync(await client.GetAsync(path));
}
