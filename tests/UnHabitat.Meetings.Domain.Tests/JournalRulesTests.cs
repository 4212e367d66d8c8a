using UnHabitat.Meetings.Domain.Bodies;
using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Domain.Decisions;
using UnHabitat.Meetings.Domain.Records;
using UnHabitat.Meetings.Domain.Reference;
using UnHabitat.Meetings.Domain.Summaries;

namespace UnHabitat.Meetings.Domain.Tests;

/// <summary>The rules behind the daily journal and the decisions (HOUSE-STYLE.md sections 3a and 4).</summary>
[TestFixture]
public sealed class JournalRulesTests
{
    [TestCase("NL", "the Netherlands")]
    [TestCase("GB", "the United Kingdom")]
    [TestCase("IR", "the Islamic Republic of Iran")]
    [TestCase("US", "the United States")]
    [TestCase("FR", "France")]
    public void Running_text_names_a_state_as_a_sentence_does(string code, string name)
    {
        Assert.That(StateNames.InSentence(code), Is.EqualTo(name));
    }

    [Test]
    public void Capitals_and_named_summaries_use_the_sentence_form_never_the_list_form()
    {
        var netherlands = new Speaker(SpeakerKind.MemberState, "NL");

        Assert.That(new Attribution().LeadIn(netherlands, AttributionPolicy.NamedCapitals), Is.EqualTo("THE NETHERLANDS"));
        Assert.That(new Attribution().LeadIn(netherlands, AttributionPolicy.Named), Is.EqualTo("The delegate from the Netherlands"));
        Assert.That(MemberStates.Find("NL")!.Name, Is.EqualTo("Netherlands (Kingdom of the)"), "the list keeps its own form");
    }

    [Test]
    public void An_official_is_printed_with_name_and_function_the_first_time_and_by_function_after()
    {
        var official = new Speaker(SpeakerKind.Official, name: "Ms. A. Example", function: "Director-General of the United Nations Office at Nairobi (UNON)");
        var attribution = new Attribution();

        Assert.That(attribution.LeadIn(official, AttributionPolicy.Anonymous), Is.EqualTo("Ms. A. Example, Director-General of the United Nations Office at Nairobi (UNON),"));
        attribution.NewBlock();
        Assert.That(attribution.LeadIn(official, AttributionPolicy.Anonymous), Is.EqualTo("The Director-General of the United Nations Office at Nairobi (UNON)"));
    }

    [Test]
    public void An_official_without_a_name_is_refused()
    {
        var refused = Assert.Throws<DomainRuleException>(() => _ = new Speaker(SpeakerKind.Official, function: "President of ECOSOC"));

        Assert.That(refused!.Rule, Is.EqualTo("OfficialIsNamed"));
    }

    [Test]
    public void The_board_numbers_per_year_and_the_assembly_per_session()
    {
        Assert.That(DecisionNumber.SeriesFor(BodyKind.ExecutiveBoard, 2024, 2), Is.EqualTo(2024));
        Assert.That(DecisionNumber.SeriesFor(BodyKind.Assembly, 2023, 2), Is.EqualTo(2));
        Assert.That(DecisionNumber.SeriesFor(BodyKind.Assembly, 2023, null), Is.EqualTo(2023), "outside a session, per year");
    }

    [Test]
    public void The_next_decision_follows_the_highest_number_of_its_series()
    {
        DecisionNumber[] taken = [new(2024, 1), new(2024, 5), new(2025, 9)];

        Assert.That(Decision.Next(2024, taken).ToString(), Is.EqualTo("2024/6"));
        Assert.That(Decision.Next(2026, taken).ToString(), Is.EqualTo("2026/1"));
    }

    [TestCase("2024/3", true)]
    [TestCase("2/1", true)]
    [TestCase("2024-3", false)]
    [TestCase("2024/0", false)]
    [TestCase("2024/3/1", false)]
    [TestCase(" /3", false)]
    public void A_decision_number_is_a_series_and_a_number(string text, bool valid)
    {
        Assert.That(DecisionNumber.TryParse(text) is not null, Is.EqualTo(valid));
    }

    [Test]
    public void A_number_already_used_in_the_body_is_refused()
    {
        var refused = Assert.Throws<DomainRuleException>(() => _ = new Decision(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), new(2024, 3), 2024,
            new DateOnly(2024, 12, 5), "the budget", null, null, [new DecisionNumber(2024, 3)]));

        Assert.That(refused!.Rule, Is.EqualTo("DecisionNumberIsUniqueInItsBody"));
    }
}
