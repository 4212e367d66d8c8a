using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Domain.Documents;
using UnHabitat.Meetings.Domain.Resolutions;

namespace UnHabitat.Meetings.Domain.Tests;

[TestFixture]
public sealed class ResolutionTests
{
    private static readonly Actor Officer = new(Guid.NewGuid(), "Secretariat officer");

    [TestCase("OP1", "OP1")]
    [TestCase("OP 6", "OP6")]
    [TestCase("op3(c)", "OP3 (c)")]
    [TestCase("OP3 (c)", "OP3 (c)")]
    [TestCase("OP2a", "OP2 (a)")]
    [TestCase(" OP 4 C ", "OP4 (c)")]
    public void An_operative_paragraph_is_read_as_briefings_write_it_and_written_one_way(string text, string canonical)
    {
        Assert.That(OperativeParagraphNumber.TryParse(text, out var number), Is.True);
        Assert.That(number.ToString(), Is.EqualTo(canonical));
    }

    [TestCase("")]
    [TestCase("OP")]
    [TestCase("OP0")]
    [TestCase("paragraph 3")]
    [TestCase("OP3 (cc)")]
    [TestCase("OP1000")]
    public void Anything_else_is_not_an_operative_paragraph(string text) =>
        Assert.That(OperativeParagraphNumber.TryParse(text, out _), Is.False);

    [TestCase("Resolution 2/7 - Adequate housing for all", "resolution 2/7")]
    [TestCase("resolution 2/7", "resolution 2/7")]
    [TestCase("Res. 2/7", "resolution 2/7")]
    [TestCase("Res 2/7: housing", "resolution 2/7")]
    [TestCase("Resolution 2/5: Enhancing the interlinkage", "resolution 2/5")]
    [TestCase("Resolution 2/1- International guidelines", "resolution 2/1")]
    [TestCase("Decision 2024/3 of the Executive Board", "decision 2024/3")]
    [TestCase("Follow-up to resolution 1/2 on safer cities", "resolution 1/2")]
    public void A_topic_naming_a_resolution_yields_its_reference(string topic, string reference) =>
        Assert.That(ResolutionReference.FindIn(topic)?.ToString(), Is.EqualTo(reference));

    [TestCase(null)]
    [TestCase("General statements")]
    [TestCase("All resolutions 2023")]
    [TestCase("Resolutions of the second session")]
    [TestCase("Presentation 2/7/2024")]
    public void A_topic_naming_no_resolution_yields_none(string? topic) =>
        Assert.That(ResolutionReference.FindIn(topic), Is.Null);

    [Test]
    public void A_recorded_intervention_follows_its_topic_to_the_resolution_it_names()
    {
        var speaker = new Records.Speaker(Records.SpeakerKind.MemberState, "KE");
        var intervention = new Records.Intervention(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 1, "Resolution 2/7 - Adequate housing for all", 1, speaker, "asked about the dates.", false, null, null);
        var linked = intervention.ResolutionReference;

        intervention.Change(intervention.AgendaItemId, 1, "Res. 2/5", speaker, "asked about SURGe.", false, null, null);
        var moved = intervention.ResolutionReference;
        intervention.Change(intervention.AgendaItemId, 1, "General statements", speaker, "thanked the Secretariat.", false, null, null);

        Assert.That((linked, moved, intervention.ResolutionReference), Is.EqualTo(("resolution 2/7", "resolution 2/5", (string?)null)));
    }

    [Test]
    public void The_reference_is_read_off_the_symbol()
    {
        Assert.That(ResolutionReference.FromSymbol(DocumentSymbol.Parse("HSP/HA.2/RES.7"))?.ToString(), Is.EqualTo("resolution 2/7"));
        Assert.That(ResolutionReference.FromSymbol(DocumentSymbol.Parse("HSP/EB.2024/DEC.3"))?.ToString(), Is.EqualTo("decision 2024/3"));
        Assert.That(ResolutionReference.FromSymbol(DocumentSymbol.Parse("HSP/EB.2020/19")), Is.Null);
    }

    [TestCase("2024", "2024")]
    [TestCase("2024-04", "April 2024")]
    [TestCase("2024-11-05", "5 November 2024")]
    public void A_milestone_date_is_as_precise_as_known(string iso, string words) =>
        Assert.That(PartialDate.Parse(iso).Words, Is.EqualTo(words));

    [TestCase("April 2024")]
    [TestCase("2024-13")]
    [TestCase("24-04")]
    public void A_milestone_date_in_another_form_is_refused(string text) =>
        Assert.That(PartialDate.TryParse(text, out _), Is.False);

    [Test]
    public void A_sub_paragraph_exists_when_listed_or_when_its_paragraph_lists_none()
    {
        var slums = Resolution("HSP/HA.2/RES.2", "OP3 (c)", "OP3 (d)", "OP6");

        Assert.That(slums.Has(OperativeParagraphNumber.Parse("OP3 (c)")), Is.True);
        Assert.That(slums.Has(OperativeParagraphNumber.Parse("OP3")), Is.True);
        Assert.That(slums.Has(OperativeParagraphNumber.Parse("OP3 (e)")), Is.False);
        Assert.That(slums.Has(OperativeParagraphNumber.Parse("OP6 (a)")), Is.True);
        Assert.That(slums.Has(OperativeParagraphNumber.Parse("OP7")), Is.False);
    }

    [Test]
    public void Reporting_on_a_paragraph_the_resolution_does_not_have_is_refused()
    {
        var housing = Resolution("HSP/HA.2/RES.7", "OP1", "OP2");

        var refused = Assert.Throws<DomainRuleException>(() => Report(housing, "March 2024", "OP9"));

        Assert.That(refused!.Rule, Is.EqualTo("OperativeParagraphMustExist"));
    }

    [Test]
    public void A_second_update_for_the_same_period_replaces_the_first()
    {
        var housing = Resolution("HSP/HA.2/RES.7", "OP1", "OP2");
        Report(housing, "March 2024", "OP1");
        Report(housing, " march 2024 ", "OP2");
        Report(housing, "October 2024", "OP2");

        Assert.That(housing.Updates.Select(u => u.Period), Is.EquivalentTo(new[] { "march 2024", "October 2024" }));
        Assert.That(housing.UpdateFor("MARCH 2024")!.Points.Single().Paragraphs, Is.EqualTo("OP2"));
    }

    [Test]
    public void A_paragraph_an_update_reports_on_cannot_be_removed()
    {
        var housing = Resolution("HSP/HA.2/RES.7", "OP1", "OP2");
        Report(housing, "March 2024", "OP2");

        var refused = Assert.Throws<DomainRuleException>(() => housing.Describe(DocumentSymbol.Parse("HSP/HA.2/RES.7"), "Adequate housing for all", 2, 2023, false, null,
            [new OperativeParagraph(OperativeParagraphNumber.Parse("OP1"), null)], [], []));

        Assert.That(refused!.Rule, Is.EqualTo("ReportedParagraphsStay"));
    }

    [Test]
    public void A_time_bound_resolution_needs_its_end_date()
    {
        var refused = Assert.Throws<DomainRuleException>(() => new Resolution(Guid.NewGuid(), Guid.NewGuid(), DocumentSymbol.Parse("HSP/HA.2/RES.1"),
            "International guidelines on people-centred smart cities", 2, 2023, true, null, [], [], []));

        Assert.That(refused!.Rule, Is.EqualTo("TimeBoundResolutionHasAnEndDate"));
    }

    [Test]
    public void A_symbol_outside_the_resolution_and_decision_series_is_refused()
    {
        var refused = Assert.Throws<DomainRuleException>(() => new Resolution(Guid.NewGuid(), Guid.NewGuid(), DocumentSymbol.Parse("HSP/EB.2020/19"),
            "Provisional agenda", 2, 2020, false, null, [], [], []));

        Assert.That(refused!.Rule, Is.EqualTo("ResolutionSymbolIsInTheResOrDecSeries"));
    }

    [TestCase("Adequate housing for all", "adequate housing for all")]
    [TestCase("Enhancing capacity-building for the implementation of the New Urban Agenda", "enhancing capacity-building for the implementation of the New Urban Agenda")]
    [TestCase("United Nations System-Wide Guidelines on Safer Cities", "United Nations System-Wide Guidelines on Safer Cities")]
    [TestCase("World Cleanup Day", "World Cleanup Day")]
    [TestCase("SURGe operationalization", "SURGe operationalization")]
    public void A_title_after_on_is_lower_case_unless_it_starts_with_a_name(string title, string running) =>
        Assert.That(ImplementationReportAssembler.InRunningText(title), Is.EqualTo(running));

    [Test]
    public void The_report_numbers_paragraphs_continuously_across_sections_in_the_order_of_adoption()
    {
        var housing = Resolution("HSP/HA.2/RES.7", "OP1", "OP2");
        var safer = Resolution("HSP/HA.1/RES.2", "OP4", "OP5", "OP7");
        Report(housing, "March 2024", "OP2");
        Report(safer, "March 2024", "OP7");
        Report(safer, "October 2024", "OP5");

        var report = ImplementationReportAssembler.Assemble("United Nations Habitat Assembly", "March 2024", [housing, safer], "HSP/EB.2024/5", null);

        Assert.That(report.Sections.Select(s => $"{s.Numeral}. {s.Heading}"), Is.EqualTo(new[]
        {
            "I. Introduction",
            "II. Resolution 1/2 on title of HSP/HA.1/RES.2",
            "III. Resolution 2/7 on title of HSP/HA.2/RES.7",
        }));
        Assert.That(report.AllParagraphs().Select(p => p.Number), Is.EqualTo(Enumerable.Range(1, report.AllParagraphs().Count())));
        Assert.That(report.Sections[1].Paragraphs[1].Text, Is.EqualTo("Work on OP7 (OP7)."));
        Assert.That(report.Sections[1].Paragraphs[2].Items, Is.EqualTo(new[] { "Zero draft: April 2024;", "Final draft: November 2024 (reached)." }));
        Assert.That(report.Sections[0].Paragraphs[0].Text, Does.Contain("the two resolutions adopted by the United Nations Habitat Assembly, as at 21 March 2024"));
    }

    private static Resolution Resolution(string symbol, params string[] paragraphs) =>
        new(Guid.NewGuid(), Guid.NewGuid(), DocumentSymbol.Parse(symbol), $"Title of {symbol}", 2, 2023, false, null,
            paragraphs.Select(p => new OperativeParagraph(OperativeParagraphNumber.Parse(p), null)), [], []);

    private static void Report(Resolution resolution, string period, string op) =>
        resolution.Report(period, new DateOnly(2024, 3, 21), ImplementationStatus.UnderImplementation,
            [new UpdatePoint($"Work on {op}", [OperativeParagraphNumber.Parse(op)])], [],
            [new Milestone("Zero draft", PartialDate.Parse("2024-04"), false), new Milestone("Final draft", PartialDate.Parse("2024-11"), true)],
            null, null, Officer, DateTimeOffset.UtcNow);
}
