using System.Net;
using System.Net.Http.Json;
using UnHabitat.Meetings.Application.Records;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Application.Summaries;
using UnHabitat.Meetings.Domain.Summaries;
using UnHabitat.Meetings.Testing;
using UnHabitat.Meetings.Web.Tests.Fixtures;
using UnHabitat.Meetings.Web.Tests.Support;

namespace UnHabitat.Meetings.Web.Tests;

/// <summary>
/// The 56th PBA meeting of the reference summary (seeds/003), rebuilt through the API from its record,
/// assembles to the reference's 73 numbered paragraphs, headings, topic sub-headings and lead-ins.
/// </summary>
[TestFixture]
[Category("Database")]
public sealed class ReferenceSummaryTests : AppFixture
{
    /// <summary>Where the reference does not follow its own rule (see the fixture's comments): the printed lead-in is an override.</summary>
    private static readonly int[] Exceptions = [7, 13, 15, 19, 42, 43, 44, 45, 52];

    private HttpClient _secretariat = null!;
    private Guid _meeting;
    private readonly Dictionary<int, Guid> _interventions = [];

    protected override async Task OnStartedAsync()
    {
        _secretariat = (await App.UserAsync(Roles.Secretariat)).Client;
        (_meeting, var interventions) = await ReferenceMeetings.Pba56Async(App, _secretariat);
        foreach (var (number, id) in interventions)
        {
            _interventions[number] = id;
        }
    }

    [Test, Order(1)]
    public async Task The_summary_has_the_references_title_date_line_venue_and_chair()
    {
        var summary = await SummaryAsync();

        Assert.That(summary.Title, Is.EqualTo(Pba56Reference.Title));
        Assert.That(summary.DateLine, Is.EqualTo(Pba56Reference.DateLine));
        var texts = Blocks(summary).Select(b => b.Text).ToList();
        Assert.That(texts, Does.Contain(Pba56Reference.Venue).And.Contain(Pba56Reference.ChairLine).And.Contain(Pba56Reference.ChairFunction).And.Contain(Pba56Reference.SummaryHeading));
    }

    [Test, Order(2)]
    public async Task It_assembles_to_73_paragraphs_numbered_continuously_in_the_references_order()
    {
        var numbered = Numbered(await SummaryAsync());

        Assert.That(numbered.Select(b => b.Number), Is.EqualTo(Enumerable.Range(1, Pba56Reference.ParagraphCount)));
        foreach (var p in Pba56Reference.Paragraphs)
        {
            var block = numbered[p.Number - 1];
            var source = block.Source!.Kind;
            Assert.That(source, Is.EqualTo(p.Kind switch
            {
                EntryKind.Adoption => "Agenda",
                EntryKind.Closing => "Record",
                EntryKind.Intervention => "Intervention",
                EntryKind.Response => "Response",
                _ => "Paragraph",
            }), $"paragraph {p.Number}");
            if (p.Kind is EntryKind.Intervention or EntryKind.Response or EntryKind.Narrative or EntryKind.Briefing)
            {
                Assert.That(block.Text, Does.Contain(p.Text.TrimEnd('.')), $"paragraph {p.Number}");
            }
        }
    }

    [Test, Order(3)]
    public async Task Without_overrides_every_lead_in_is_the_one_the_attribution_rule_gives()
    {
        var numbered = Numbered(await SummaryAsync());

        foreach (var p in Pba56Reference.Paragraphs.Where(p => p.Kind == EntryKind.Intervention))
        {
            Assert.That(numbered[p.Number - 1].Text, Does.StartWith(p.RuleLeadIn + " "), $"paragraph {p.Number}");
        }
    }

    [Test, Order(4)]
    public async Task The_headings_topic_sub_headings_and_lead_ins_stand_where_the_reference_has_them()
    {
        var blocks = Blocks(await SummaryAsync());

        foreach (var expected in Pba56Reference.Blocks)
        {
            var before = UnnumberedBefore(blocks, expected.BeforeParagraph);
            var text = expected.Kind switch
            {
                "TopicHeading" => Pba56Reference.TopicSpellings.GetValueOrDefault(expected.Text, expected.Text),
                "AgendaItemHeading" => expected.Text[..expected.Text.IndexOf('–', StringComparison.Ordinal)],
                _ => expected.Text,
            };
            Assert.That(before.Where(b => b.Kind == expected.Kind).Select(b => b.Text), Has.Some.StartsWith(text),
                $"{expected.Kind} before paragraph {expected.BeforeParagraph}");
        }

        Assert.That(blocks.Count(b => b.Kind is SummaryBlockKind.TopicHeading), Is.EqualTo(Pba56Reference.Blocks.Count(b => b.Kind == "TopicHeading")));
        Assert.That(blocks.Count(b => b.Kind is SummaryBlockKind.LeadIn), Is.EqualTo(Pba56Reference.Blocks.Count(b => b.Kind == "LeadIn")));
    }

    [Test, Order(5)]
    public async Task The_first_paragraph_is_generated_from_the_adopted_agenda_and_the_last_is_the_bold_adjournment()
    {
        var numbered = Numbered(await SummaryAsync());

        var first = numbered[0];
        Assert.That(first.Text, Does.StartWith("The fifty-sixth meeting of the ad-hoc working group").And.Contain("called to order at 10:05 EAT")
            .And.Contain("adopted the provisional agenda for its meeting without any change as follows:"));
        var list = first.Items!.Select(i => i.Label is null ? i.Text : $"{i.Label} {i.Text}").ToList();
        Assert.That(list, Has.Count.EqualTo(6));
        Assert.That(list[2], Does.StartWith("a. "));
        Assert.That(list[4], Does.StartWith("c. "));
        var last = numbered[^1];
        Assert.That(last.Bold, Is.True);
        Assert.That(last.Text, Is.EqualTo("The fifty-sixth meeting of the ad-hoc working group on programmatic, budgetary, and administrative matters of the Executive Board was adjourned at 13:05 EAT."));
    }

    [Test, Order(10)]
    public async Task With_the_listed_exceptions_overridden_every_lead_in_is_the_one_printed_in_the_reference()
    {
        var exceptions = Pba56Reference.Paragraphs.Where(p => p.Kind == EntryKind.Intervention && p.PrintedLeadIn != p.RuleLeadIn).Select(p => p.Number);
        Assert.That(exceptions, Is.EqualTo(Exceptions), "the reference's departures from the rule, as the fixture documents them");

        var record = await _secretariat.GetFromJsonAsync<MeetingRecordDto>($"/api/meetings/{_meeting}/record", MeetingsApp.Json);
        foreach (var number in Exceptions)
        {
            var p = Pba56Reference.Paragraphs[number - 1];
            var current = record!.Interventions.Single(i => i.Id == _interventions[number]);
            var changed = await _secretariat.PutAsJsonAsync($"/api/meetings/{_meeting}/interventions/{_interventions[number]}", current with { LeadIn = p.PrintedLeadIn }, MeetingsApp.Json);
            Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.OK), await changed.ExplainAsync());
        }

        var numbered = Numbered(await SummaryAsync());
        foreach (var p in Pba56Reference.Paragraphs.Where(p => p.Kind == EntryKind.Intervention))
        {
            Assert.That(numbered[p.Number - 1].Text, Does.StartWith(p.PrintedLeadIn + " "), $"paragraph {p.Number}");
        }
    }

    [Test, Order(11)]
    public async Task Every_numbered_paragraph_points_back_to_its_entry_in_the_record()
    {
        var numbered = Numbered(await SummaryAsync());

        foreach (var (number, id) in _interventions)
        {
            Assert.That(numbered[number - 1].Source!.Id, Is.EqualTo(id), $"paragraph {number}");
        }
    }

    private async Task<AssembledSummary> SummaryAsync()
    {
        var response = await _secretariat.GetAsync($"/api/meetings/{_meeting}/summary");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.ExplainAsync());
        return (await response.ReadAsync<SummaryDto>()).Summary;
    }

    private static List<SummaryBlock> Blocks(AssembledSummary summary) => [.. summary.Blocks];

    private static List<SummaryBlock> Numbered(AssembledSummary summary) => [.. Blocks(summary).Where(b => b.Number is not null)];

    /// <summary>The unnumbered blocks between paragraph n - 1 and paragraph n.</summary>
    private static List<(string Kind, string Text)> UnnumberedBefore(List<SummaryBlock> blocks, int n)
    {
        var at = blocks.FindIndex(b => b.Number == n);
        var result = new List<(string, string)>();
        for (var i = at - 1; i >= 0 && blocks[i].Number is null; i--)
        {
            result.Add((blocks[i].Kind.ToString(), blocks[i].Text));
        }

        return result;
    }
}

/// <summary>
/// The 56th PBA meeting entered as the Secretariat typed it: the same resolution's topic spelt "Resolution 2/1 - …"
/// over the interventions and "Resolution 2/1- …" over the responses, "Resolution 2/5: …" and "Resolution 2/5 - …".
/// Each resolution is still one topic, so the responses keep the order of the interventions' topics.
/// </summary>
[TestFixture]
[Category("Database")]
public sealed class ReferenceSummaryAsTypedTests : AppFixture
{
    private HttpClient _secretariat = null!;
    private Guid _meeting;

    protected override async Task OnStartedAsync()
    {
        _secretariat = (await App.UserAsync(Roles.Secretariat)).Client;
        (_meeting, _) = await ReferenceMeetings.Pba56Async(App, _secretariat, asTyped: true);
    }

    [Test]
    public async Task Entered_with_the_real_documents_topic_spellings_it_assembles_to_its_73_paragraphs_in_the_reference_order()
    {
        var response = await _secretariat.GetAsync($"/api/meetings/{_meeting}/summary");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.ExplainAsync());
        var blocks = (await response.ReadAsync<SummaryDto>()).Summary.Blocks;
        var numbered = blocks.Where(b => b.Number is not null).ToList();

        Assert.That(numbered.Select(b => b.Number), Is.EqualTo(Enumerable.Range(1, Pba56Reference.ParagraphCount)));
        var outOfPlace = Pba56Reference.Paragraphs
            .Where(p => p.Kind is EntryKind.Intervention or EntryKind.Response or EntryKind.Narrative or EntryKind.Briefing)
            .Where(p => !numbered[p.Number - 1].Text.Contains(p.Text.TrimEnd('.'), StringComparison.Ordinal))
            .Select(p => p.Number).ToList();
        Assert.That(outOfPlace, Is.Empty, "paragraphs out of the reference's order");

        // One heading per resolution and block, as first written: over the responses too, 2/5 keeps its colon.
        var headings = blocks.Where(b => b.Kind == SummaryBlockKind.TopicHeading).Select(b => b.Text).ToList();
        Assert.That(headings, Has.Count.EqualTo(Pba56Reference.Blocks.Count(b => b.Kind == "TopicHeading")));
        Assert.That(headings.Count(h => h == Pba56Reference.Res21), Is.EqualTo(2));
        Assert.That(headings.Count(h => h == Pba56Reference.Res25AsPrintedOverInterventions), Is.EqualTo(2));
    }
}
