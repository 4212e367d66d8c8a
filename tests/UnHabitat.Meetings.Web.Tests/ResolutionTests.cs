using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UnHabitat.Meetings.Application.Records;
using UnHabitat.Meetings.Application.Resolutions;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Application.Sessions;
using UnHabitat.Meetings.Domain.Resolutions;
using UnHabitat.Meetings.Infrastructure.DemoData;
using UnHabitat.Meetings.Testing;
using UnHabitat.Meetings.Web.Tests.Support;

namespace UnHabitat.Meetings.Web.Tests;

/// <summary>Resolutions, their implementation updates, their links to meetings, and the progress report, through the API.</summary>
[TestFixture]
[Category("Database")]
public sealed class ResolutionTests : AppFixture
{
    private HttpClient _secretariat = null!;
    private SignedIn _chair = null!;
    private SignedIn _delegation = null!;
    private Guid _assembly;

    protected override async Task OnStartedAsync()
    {
        _secretariat = (await App.UserAsync(Roles.Secretariat)).Client;
        _chair = await App.UserAsync(Roles.Chair);
        _delegation = await App.UserAsync(Roles.Delegation, "KE");
        _assembly = await NewAssemblyAsync();
        foreach (var seed in DemoResolutions.All)
        {
            var created = await Send<ResolutionDto>(_secretariat.PostAsJsonAsync("/api/resolutions", new
            {
                bodyId = _assembly,
                symbol = seed.Symbol,
                title = seed.Title,
                year = seed.Year,
                isTimeBound = seed.EndsOn is not null,
                endsOn = seed.EndsOn,
                operativeParagraphs = Enumerable.Range(1, seed.OperativeParagraphs).Select(n => new { number = $"OP{n}" }),
                units = seed.Units,
            }, MeetingsApp.Json), HttpStatusCode.Created);
            await Send(_secretariat.PostAsJsonAsync($"/api/resolutions/{created.Id}/updates", new
            {
                period = DemoResolutions.Period,
                asOf = DemoResolutions.AsOf,
                status = seed.Status.ToString(),
                points = seed.Points.Select(p => new { text = p.Text, ops = p.Ops }),
                milestones = seed.Milestones.Select(m => new { label = m.Label, due = m.Due, achieved = m.Achieved }),
                version = created.Version,
            }, MeetingsApp.Json), HttpStatusCode.Created);
        }
    }

    /// <summary>What must appear, in this order, in the printed report: sections, OP references, milestones.</summary>
    private static IEnumerable<string> ExpectedInOrder()
    {
        yield return "I. Introduction";
        var numeral = 1;
        foreach (var seed in DemoResolutions.All)
        {
            var parts = seed.Symbol.Split('/', '.');
            yield return $"{Domain.Common.RomanNumerals.Upper(++numeral)}. Resolution {parts[2]}/{parts[4]} on";
            foreach (var point in seed.Points.Where(p => p.Ops.Length > 0))
            {
                yield return $"({string.Join(", ", point.Ops)}).";
            }

            foreach (var milestone in seed.Milestones)
            {
                yield return $"{milestone.Label}: {Domain.Resolutions.PartialDate.Parse(milestone.Due).Words}";
            }
        }
    }

    [Test]
    public async Task The_report_on_the_March_2024_briefing_has_one_section_per_resolution_in_order_of_adoption()
    {
        var report = await (await _secretariat.GetAsync($"/api/reports/implementation?bodyId={_assembly}&period={Uri.EscapeDataString(DemoResolutions.Period)}&symbol=HSP/EB.2024/5")).ReadAsync<ImplementationReport>();

        var sections = report.Sections;
        var numbers = sections.SelectMany(s => s.Paragraphs).Select(p => p.Number).ToList();
        Assert.That(sections.Select(s => s.Numeral), Is.EqualTo(new[] { "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV" }));
        Assert.That(sections[1].Heading, Is.EqualTo("Resolution 1/1 on United Nations Human Settlements Programme strategic plan for the period 2020–2023"));
        Assert.That(sections[13].Heading, Is.EqualTo("Resolution 2/8 on urban planning and sustainable infrastructure"));
        Assert.That(numbers, Is.EqualTo(Enumerable.Range(1, numbers.Count)), "paragraphs are numbered continuously");
        Assert.That(sections[0].Paragraphs[0].Items, Has.Count.EqualTo(13));
        Assert.That(report.Symbol, Is.EqualTo("HSP/EB.2024/5"));
    }

    [Test]
    public async Task The_Word_report_carries_the_sections_OP_references_and_milestones_in_order()
    {
        var response = await _secretariat.GetAsync($"/api/reports/implementation.docx?bodyId={_assembly}&period={Uri.EscapeDataString(DemoResolutions.Period)}&symbol=HSP/EB.2024/5");
        using var word = await WordFile.ReadAsync(response);
        var text = string.Join("\n", word.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => string.Concat(p.Descendants().Select(d => d switch
        {
            Text t => t.Text,
            TabChar => " ",
            _ => "",
        }))));

        AssertInOrder(text, ["HSP/EB.2024/5", "Distr.: General", "21 March 2024", "Original: English", "Report of the Executive Director", .. ExpectedInOrder()]);
        Assert.That(word.MainDocumentPart.HeaderParts.Select(h => h.Header.InnerText), Has.Some.EqualTo("HSP/EB.2024/5"), "the symbol heads every page after the first");
        Assert.That(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(word).Select(e => $"{e.Path?.XPath}: {e.Description}"), Is.Empty, "the document follows the Office Open XML schema");
    }

    [Test]
    public async Task The_printed_report_carries_the_sections_OP_references_and_milestones_in_order()
    {
        var response = await _secretariat.GetAsync($"/api/reports/implementation.pdf?bodyId={_assembly}&period={Uri.EscapeDataString(DemoResolutions.Period)}&symbol=HSP/EB.2024/5");
        using var pdf = await PdfFile.ReadAsync(response);

        AssertInOrder(Flatten(pdf.Text()), ["HSP/EB.2024/5", "Distr.: General", "21 March 2024", "Original: English", "Report of the Executive Director", .. ExpectedInOrder()]);
        Assert.That(pdf.Text(page: 2), Does.Contain("HSP/EB.2024/5"), "the symbol heads the pages after the first");
    }

    [Test]
    public async Task The_report_names_the_agenda_item_it_is_considered_under_with_the_provisional_agenda_as_footnote()
    {
        var board = (await Bodies.CreateBodyAsync(_secretariat, new
        {
            name = "Executive Board", shortName = "EB-" + Guid.NewGuid().ToString("N")[..6], kind = "ExecutiveBoard", symbolPrefix = "HSP/EB", summaryStyle = "Journal", attribution = "NamedCapitals",
        })).Id;
        var session = await Send<SessionDto>(_secretariat.PostAsJsonAsync("/api/sessions", new { bodyId = board, startsOn = "2024-03-26", endsOn = "2024-03-27", venue = "Nairobi", provisionalAgendaSymbol = "HSP/EB.2024/1" }, MeetingsApp.Json), HttpStatusCode.Created);
        var meeting = (await MeetingApi.CreateMeetingAsync(_secretariat, board, new
        {
            bodyId = board, sessionId = session.Id, startsAt = "2024-03-26T10:00:00+03:00", endsAt = "2024-03-26T13:00:00+03:00", timeZone = "Africa/Nairobi",
            venue = "Nairobi", modality = "InPerson", proceduralItems = false, chair = new { name = "Chair" },
        })).Id;
        var parent = MeetingApi.ItemId(await MeetingApi.AddAgendaItemAsync(_secretariat, meeting, "Strategic plan"), "Strategic plan");
        await MeetingApi.AddAgendaItemAsync(_secretariat, meeting, "Work programme");
        var item = MeetingApi.ItemId(await MeetingApi.AddAgendaItemAsync(_secretariat, meeting, "Implementation of the resolutions of the Assembly", parent), "Implementation of the resolutions of the Assembly");
        var query = $"bodyId={_assembly}&period={Uri.EscapeDataString(DemoResolutions.Period)}&symbol=HSP/EB.2024/5&agendaItemId={item}";

        var report = await (await _secretariat.GetAsync($"/api/reports/implementation?{query}")).ReadAsync<ImplementationReport>();
        var printed = await _secretariat.GetAsync($"/api/reports/implementation.pdf?{query}");
        var unknown = await _secretariat.GetAsync($"/api/reports/implementation?bodyId={_assembly}&period={Uri.EscapeDataString(DemoResolutions.Period)}&agendaItemId={Guid.NewGuid()}");

        Assert.That(report.AgendaItem, Is.EqualTo("Item 1 (a) of the provisional agenda*"));
        Assert.That(report.AgendaFootnote, Is.EqualTo("* HSP/EB.2024/1."));
        Assert.That(printed.StatusCode, Is.EqualTo(HttpStatusCode.OK), await printed.ExplainAsync());
        using var pdf = new PdfFile(await printed.Content.ReadAsByteArrayAsync());
        AssertInOrder(Flatten(pdf.Text(page: 1)), ["HSP/EB.2024/5", "Item 1 (a) of the provisional agenda*", "Report of the Executive Director", "* HSP/EB.2024/1."]);
        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await unknown.Content.ReadAsStringAsync(), Does.Contain("agendaItemId"));
    }

    [Test]
    public async Task The_briefing_has_a_page_per_resolution_with_status_bullets_and_milestones()
    {
        var briefing = await (await _delegation.Client.GetAsync($"/api/reports/implementation/briefing?bodyId={_assembly}&period={Uri.EscapeDataString(DemoResolutions.Period)}")).ReadAsync<BriefingDto>();
        var smartCities = briefing.Pages.Single(p => p.Symbol == "HSP/HA.2/RES.1");
        var slums = briefing.Pages.Single(p => p.Symbol == "HSP/HA.2/RES.2");

        Assert.That(briefing.Pages, Has.Count.EqualTo(13));
        Assert.That(smartCities.Heading, Is.EqualTo("HSP/HA.2/RES.1 (2023) – International guidelines on people-centred smart cities"));
        Assert.That(smartCities.Milestones.Select(m => $"{m.Label}: {m.DueText}"),
            Is.EqualTo(new[] { "Zero draft: April 2024", "First draft: June 2024", "Second draft: August 2024", "Third draft: October 2024", "Final draft: November 2024" }));
        Assert.That(slums.Bullets[3].Display, Does.EndWith("(OP3 (c), OP3 (d))."));
    }

    [Test]
    public async Task The_briefing_page_encodes_what_users_typed()
    {
        var created = await Send<ResolutionDto>(_secretariat.PostAsJsonAsync("/api/resolutions", Resolution("HSP/HA.3/RES.9", title: "Cities <script>alert(1)</script> & towns"), MeetingsApp.Json), HttpStatusCode.Created);
        await Send(_secretariat.PostAsJsonAsync($"/api/resolutions/{created.Id}/updates", Update(created, period: "Encoding test"), MeetingsApp.Json), HttpStatusCode.Created);

        var html = await _secretariat.GetStringAsync($"/api/reports/implementation/briefing.html?bodyId={_assembly}&period=Encoding%20test");

        Assert.That(html, Does.Contain("Cities &lt;script&gt;alert(1)&lt;/script&gt; &amp; towns"));
        Assert.That(html, Does.Not.Contain("<script>"));
    }

    [Test]
    public async Task Recording_an_intervention_on_resolution_2_7_links_it_and_the_history_shows_it()
    {
        var housing = (await (await _secretariat.GetAsync($"/api/resolutions?bodyId={_assembly}")).ReadAsync<List<ResolutionDto>>())
            .Single(r => r.Reference == "resolution 2/7");
        var (meeting, item) = await NewMeetingAsync();
        var intervention = await Send<InterventionDto>(_secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/interventions", new
        {
            agendaItemId = item,
            topic = "Resolution 2/7 - Adequate housing for all",
            text = "requested an update on the background documents of the first session of the working group.",
            speaker = new { kind = "MemberState", memberState = "KE" },
        }, MeetingsApp.Json), HttpStatusCode.Created);
        await Send(_secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/responses", new
        {
            agendaItemId = item,
            topic = "Res. 2/7",
            text = "The Secretariat explained that the documents would be prepared with the resources available.",
            respondsTo = new[] { intervention.Id },
        }, MeetingsApp.Json), HttpStatusCode.Created);
        await Send(_secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/interventions", new
        {
            agendaItemId = item,
            topic = "Resolution 2/1 - International guidelines on people-centred smart cities",
            text = "welcomed the drafting timeline.",
            speaker = new { kind = "MemberState", memberState = "FR" },
        }, MeetingsApp.Json), HttpStatusCode.Created);

        var history = await (await _secretariat.GetAsync($"/api/resolutions/{housing.Id}/history")).ReadAsync<ResolutionHistoryDto>();

        var discussion = history.Discussions.Single(d => d.MeetingId == meeting);
        Assert.That(discussion.Statements.Select(s => $"{s.Kind} {s.Speaker}: {s.Text}"),
            Is.EqualTo(new[]
            {
                "Intervention Kenya: requested an update on the background documents of the first session of the working group.",
                "Response The Secretariat: The Secretariat explained that the documents would be prepared with the resources available.",
            }));
        Assert.That(history.Updates.Select(u => u.Period), Is.EqualTo(new[] { DemoResolutions.Period }));
    }

    [Test]
    public async Task An_agenda_item_naming_the_resolution_puts_its_meeting_in_the_history_with_nothing_said_yet()
    {
        var created = await Send<ResolutionDto>(_secretariat.PostAsJsonAsync("/api/resolutions", Resolution("HSP/HA.3/RES.17", title: "Urban planning and design labs"), MeetingsApp.Json), HttpStatusCode.Created);
        var (meeting, item) = await NewMeetingAsync();
        await MeetingApi.AddAgendaItemAsync(_secretariat, meeting, "Progress on urban planning and design labs (resolution 3/17)", item);
        var (other, _) = await NewMeetingAsync();
        await MeetingApi.AddAgendaItemAsync(_secretariat, other, "Progress on resolution 3/170");

        var history = await (await _secretariat.GetAsync($"/api/resolutions/{created.Id}/history")).ReadAsync<ResolutionHistoryDto>();

        var discussion = history.Discussions.Single();
        Assert.That(discussion.MeetingId, Is.EqualTo(meeting), "3/170 is another resolution");
        Assert.That(discussion.AgendaItem, Does.EndWith("Progress on urban planning and design labs (resolution 3/17)"));
        Assert.That(discussion.Statements, Is.Empty);
    }

    [Test]
    public async Task A_delegation_reads_what_was_said_only_once_the_summary_is_published_and_as_it_was_printed()
    {
        var created = await Send<ResolutionDto>(_secretariat.PostAsJsonAsync("/api/resolutions", Resolution("HSP/HA.3/RES.4", title: "Sustainable urban mobility"), MeetingsApp.Json), HttpStatusCode.Created);
        var (meeting, item) = await NewMeetingAsync();
        await Send(_secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/interventions", new
        {
            agendaItemId = item,
            topic = "Resolution 3/4 - Sustainable urban mobility",
            text = "asked how the guidelines on mobility would be financed.",
            speaker = new { kind = "MemberState", memberState = "FR" },
        }, MeetingsApp.Json), HttpStatusCode.Created);
        var history = $"/api/resolutions/{created.Id}/history";

        var before = await (await _delegation.Client.GetAsync(history)).ReadAsync<ResolutionHistoryDto>();
        await Send(MeetingApi.VersionedPostAsync(_secretariat, $"/api/meetings/{meeting}/summary/submit"), HttpStatusCode.OK);
        await Send(MeetingApi.VersionedPostAsync(_chair.Client, $"/api/meetings/{meeting}/summary/clear"), HttpStatusCode.OK);
        await Send(MeetingApi.VersionedPostAsync(_secretariat, $"/api/meetings/{meeting}/summary/publish"), HttpStatusCode.OK);
        var after = await (await _delegation.Client.GetAsync(history)).ReadAsync<ResolutionHistoryDto>();

        Assert.That(before.Discussions, Is.Empty);
        var statement = after.Discussions[0].Statements.Single();
        Assert.That(statement.Text, Is.EqualTo("A Member State asked how the guidelines on mobility would be financed."));
        Assert.That(statement.Speaker, Is.Null, "the real speaker stays with the Secretariat");
        Assert.That(statement.Paragraph, Is.Not.Null);
    }

    [TestCase("HSP/HA.2/RES", "symbol")]
    [TestCase("HSP/HA.2/19", "symbol")]
    [TestCase("resolution 2/7", "symbol")]
    [TestCase("HSP/EB.2024/DEC.3", "symbol")]
    public async Task A_malformed_or_foreign_symbol_is_answered_400_naming_the_symbol(string symbol, string field)
    {
        var response = await _secretariat.PostAsJsonAsync("/api/resolutions", Resolution(symbol), MeetingsApp.Json);

        await AssertFieldAsync(response, field);
    }

    [Test]
    public async Task A_time_bound_resolution_without_its_end_date_is_answered_400_naming_it()
    {
        var response = await _secretariat.PostAsJsonAsync("/api/resolutions", Resolution("HSP/HA.3/RES.1", timeBound: true), MeetingsApp.Json);

        await AssertFieldAsync(response, "endsOn");
    }

    [Test]
    public async Task A_point_on_an_operative_paragraph_the_resolution_does_not_have_is_answered_400_naming_it()
    {
        var created = await Send<ResolutionDto>(_secretariat.PostAsJsonAsync("/api/resolutions", Resolution("HSP/HA.3/RES.2"), MeetingsApp.Json), HttpStatusCode.Created);

        var response = await _secretariat.PostAsJsonAsync($"/api/resolutions/{created.Id}/updates", Update(created, ops: ["OP1", "OP9"]), MeetingsApp.Json);

        await AssertFieldAsync(response, "points[0].ops[1]");
    }

    [Test]
    public async Task A_status_outside_the_list_is_answered_400_naming_the_status()
    {
        var created = await Send<ResolutionDto>(_secretariat.PostAsJsonAsync("/api/resolutions", Resolution("HSP/HA.3/RES.3"), MeetingsApp.Json), HttpStatusCode.Created);

        var response = await _secretariat.PostAsJsonAsync($"/api/resolutions/{created.Id}/updates", Update(created, status: "Almost done"), MeetingsApp.Json);

        await AssertFieldAsync(response, "status");
    }

    [Test]
    public async Task A_milestone_date_that_is_not_a_date_is_answered_400_naming_it()
    {
        var created = await Send<ResolutionDto>(_secretariat.PostAsJsonAsync("/api/resolutions", Resolution("HSP/HA.3/RES.5"), MeetingsApp.Json), HttpStatusCode.Created);
        var update = JsonSerializer.SerializeToNode(Update(created), MeetingsApp.Json)!.AsObject();
        update["milestones"] = JsonSerializer.SerializeToNode(new[] { new { label = "Zero draft", due = "April 2024" } });

        var response = await _secretariat.PostAsJsonAsync($"/api/resolutions/{created.Id}/updates", update, MeetingsApp.Json);

        await AssertFieldAsync(response, "milestones[0].due");
    }

    [Test]
    public async Task A_delegation_cannot_register_correct_or_report_on_a_resolution()
    {
        var created = await Send<ResolutionDto>(_secretariat.PostAsJsonAsync("/api/resolutions", Resolution("HSP/HA.3/RES.6"), MeetingsApp.Json), HttpStatusCode.Created);
        var id = created.Id;

        var register = await _delegation.Client.PostAsJsonAsync("/api/resolutions", Resolution("HSP/HA.3/RES.7"), MeetingsApp.Json);
        var correct = await _delegation.Client.PutAsJsonAsync($"/api/resolutions/{id}", Resolution("HSP/HA.3/RES.6", version: 1), MeetingsApp.Json);
        var report = await _delegation.Client.PostAsJsonAsync($"/api/resolutions/{id}/updates", Update(created), MeetingsApp.Json);
        var read = await _delegation.Client.GetAsync($"/api/resolutions/{id}");

        Assert.That(new[] { register.StatusCode, correct.StatusCode, report.StatusCode }, Is.All.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task A_correction_sent_with_a_stale_version_is_answered_409()
    {
        var created = await Send<ResolutionDto>(_secretariat.PostAsJsonAsync("/api/resolutions", Resolution("HSP/HA.3/RES.8"), MeetingsApp.Json), HttpStatusCode.Created);
        var id = created.Id;
        await Send(_secretariat.PutAsJsonAsync($"/api/resolutions/{id}", Resolution("HSP/HA.3/RES.8", title: "A better title", version: 1), MeetingsApp.Json), HttpStatusCode.OK);

        var stale = await _secretariat.PutAsJsonAsync($"/api/resolutions/{id}", Resolution("HSP/HA.3/RES.8", title: "Another title", version: 1), MeetingsApp.Json);
        var staleUpdate = await _secretariat.PostAsJsonAsync($"/api/resolutions/{id}/updates", Update(created), MeetingsApp.Json);

        Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), await stale.ExplainAsync());
        Assert.That(staleUpdate.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), await staleUpdate.ExplainAsync());
    }

    [Test]
    public async Task Removing_an_operative_paragraph_an_update_reports_on_is_refused_with_409()
    {
        var created = await Send<ResolutionDto>(_secretariat.PostAsJsonAsync("/api/resolutions", Resolution("HSP/HA.3/RES.10"), MeetingsApp.Json), HttpStatusCode.Created);
        var id = created.Id;
        var updated = await Send<ResolutionDto>(_secretariat.PostAsJsonAsync($"/api/resolutions/{id}/updates", Update(created, ops: ["OP2"]), MeetingsApp.Json), HttpStatusCode.Created);

        var response = await _secretariat.PutAsJsonAsync($"/api/resolutions/{id}", Resolution("HSP/HA.3/RES.10", paragraphs: 1, version: updated.Version), MeetingsApp.Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), await response.ExplainAsync());
        Assert.That((await response.ProblemAsync()).Rule, Is.EqualTo("ReportedParagraphsStay"));
    }

    private object Resolution(string symbol, string title = "Test resolution", bool timeBound = false, int paragraphs = 3, int? version = null) => new
    {
        bodyId = _assembly,
        symbol,
        title,
        year = 2025,
        isTimeBound = timeBound,
        operativeParagraphs = Enumerable.Range(1, paragraphs).Select(n => new { number = $"OP{n}", text = $"Paragraph {n}." }),
        documents = new[] { "HSP/EB.2024/12" },
        version,
    };

    private static object Update(ResolutionDto resolution, string period = "2025 first session of the Executive Board", string status = "UnderImplementation", string[]? ops = null) => new
    {
        period,
        asOf = "2025-05-20",
        status,
        points = new[] { new { text = "Work has started.", ops = ops ?? ["OP1"] } },
        milestones = new[] { new { label = "Zero draft", due = "2025-09" } },
        challenges = "Limited unearmarked funding.",
        lessonsLearned = "Early consultation with Member States saves time.",
        version = resolution.Version,
    };

    private async Task<Guid> NewAssemblyAsync() => (await Bodies.CreateBodyAsync(_secretariat, Bodies.Assembly())).Id;

    private async Task<(Guid Meeting, Guid Item)> NewMeetingAsync() =>
        await MeetingApi.CreateMeetingWithItemAsync(_secretariat, (await Bodies.CreateBodyAsync(_secretariat, Bodies.Working(chairUserIds: [_chair.Id]))).Id);

    private static async Task Send(Task<HttpResponseMessage> call, HttpStatusCode expected)
    {
        var response = await call;
        Assert.That(response.StatusCode, Is.EqualTo(expected), await response.ExplainAsync());
    }

    private static async Task<T> Send<T>(Task<HttpResponseMessage> call, HttpStatusCode expected)
    {
        var response = await call;
        Assert.That(response.StatusCode, Is.EqualTo(expected), await response.ExplainAsync());
        return await response.ReadAsync<T>();
    }

    private static async Task AssertFieldAsync(HttpResponseMessage response, string field)
    {
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), await response.ExplainAsync());
        Assert.That((await response.ProblemAsync()).Errors.Keys, Does.Contain(field), await response.ExplainAsync());
    }

    /// <summary>Every expected piece appears after the one before it.</summary>
    private static void AssertInOrder(string text, IReadOnlyList<string> pieces)
    {
        var at = 0;
        foreach (var piece in pieces)
        {
            var found = text.IndexOf(piece, at, StringComparison.Ordinal);
            Assert.That(found, Is.GreaterThanOrEqualTo(0), $"'{piece}' is missing after position {at}:\n{text[at..Math.Min(text.Length, at + 400)]}");
            at = found + piece.Length;
        }
    }

    /// <summary>PDF text with its line breaks and runs of spaces made single spaces (lines wrap anywhere).</summary>
    private static string Flatten(string text) => System.Text.RegularExpressions.Regex.Replace(text.Replace('\u2003', ' '), @"\s+", " ");
}
