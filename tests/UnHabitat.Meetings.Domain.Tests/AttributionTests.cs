using UnHabitat.Meetings.Domain.Bodies;
using UnHabitat.Meetings.Domain.Records;
using UnHabitat.Meetings.Domain.Summaries;

namespace UnHabitat.Meetings.Domain.Tests;

/// <summary>One test per attribution rule of HOUSE-STYLE.md section 1.</summary>
[TestFixture]
public sealed class AttributionTests
{
    private static readonly Speaker France = new(SpeakerKind.MemberState, "FR");
    private static readonly Speaker Kenya = new(SpeakerKind.MemberState, "KE");
    private static readonly Speaker China = new(SpeakerKind.MemberState, "CN");

    [Test]
    public void The_first_state_in_a_block_is_a_member_state()
    {
        Assert.That(new Attribution().LeadIn(France, AttributionPolicy.Anonymous), Is.EqualTo("A Member State"));
    }

    [Test]
    public void A_state_not_yet_mentioned_in_the_block_is_another_member_state()
    {
        var attribution = new Attribution();
        attribution.LeadIn(France, AttributionPolicy.Anonymous);

        Assert.That(attribution.LeadIn(Kenya, AttributionPolicy.Anonymous), Is.EqualTo("Another Member State"));
    }

    [Test]
    public void A_state_already_mentioned_in_the_block_is_the_same_member_state()
    {
        var attribution = new Attribution();
        attribution.LeadIn(France, AttributionPolicy.Anonymous);
        attribution.LeadIn(Kenya, AttributionPolicy.Anonymous);

        Assert.That(attribution.LeadIn(France, AttributionPolicy.Anonymous), Is.EqualTo("The same Member State"));
    }

    [Test]
    public void A_new_topic_block_starts_again_from_a_member_state()
    {
        var attribution = new Attribution();
        attribution.LeadIn(France, AttributionPolicy.Anonymous);
        attribution.NewBlock();

        Assert.That(attribution.LeadIn(France, AttributionPolicy.Anonymous), Is.EqualTo("A Member State"));
    }

    [Test]
    public void Several_states_speaking_jointly_are_member_states_and_count_as_no_single_mention()
    {
        var attribution = new Attribution();

        Assert.That(attribution.LeadIn(new Speaker(SpeakerKind.MemberStates, memberStates: ["KE", "BR"]), AttributionPolicy.Anonymous), Is.EqualTo("Member States"));
        Assert.That(attribution.LeadIn(Kenya, AttributionPolicy.Anonymous), Is.EqualTo("A Member State"));
    }

    [Test]
    public void A_state_speaking_for_a_group_says_on_whose_behalf()
    {
        var group = new Speaker(SpeakerKind.Group, "PK", onBehalfOf: "Group of 77 and China");

        Assert.That(new Attribution().LeadIn(group, AttributionPolicy.Anonymous), Is.EqualTo("A Member State, speaking on behalf of the Group of 77 and China,"));
    }

    [Test]
    public void Named_attribution_names_the_delegate_of_the_state()
    {
        Assert.That(new Attribution().LeadIn(France, AttributionPolicy.Named), Is.EqualTo("The delegate from France"));
    }

    [Test]
    public void Named_in_capitals_attribution_prints_the_state_in_capitals()
    {
        var attribution = new Attribution();

        Assert.That(attribution.LeadIn(new Speaker(SpeakerKind.MemberState, "BR"), AttributionPolicy.NamedCapitals), Is.EqualTo("BRAZIL"));
        Assert.That(attribution.LeadIn(new Speaker(SpeakerKind.MemberStates, memberStates: ["FR", "CN"]), AttributionPolicy.NamedCapitals), Is.EqualTo("FRANCE and CHINA"));
    }

    [TestCase(AttributionPolicy.Anonymous)]
    [TestCase(AttributionPolicy.Named)]
    [TestCase(AttributionPolicy.NamedCapitals)]
    public void The_chair_and_the_secretariat_are_always_named_by_role(AttributionPolicy policy)
    {
        var attribution = new Attribution();

        Assert.That(attribution.LeadIn(new Speaker(SpeakerKind.Chair), policy), Is.EqualTo("The Chair"));
        Assert.That(attribution.LeadIn(new Speaker(SpeakerKind.Secretariat), policy), Is.EqualTo("The Secretariat"));
    }

    [Test]
    public void The_chair_speaking_does_not_change_who_comes_next()
    {
        var attribution = new Attribution();
        attribution.LeadIn(France, AttributionPolicy.Anonymous);
        attribution.LeadIn(new Speaker(SpeakerKind.Chair), AttributionPolicy.Anonymous);

        Assert.That(attribution.LeadIn(China, AttributionPolicy.Anonymous), Is.EqualTo("Another Member State"));
    }

    [Test]
    public void An_observer_is_anonymous_or_named_by_its_organisation()
    {
        var observer = new Speaker(SpeakerKind.Observer, name: "Habitat International Coalition");

        Assert.That(new Attribution().LeadIn(observer, AttributionPolicy.Anonymous), Is.EqualTo("An observer"));
        Assert.That(new Attribution().LeadIn(observer, AttributionPolicy.Named), Is.EqualTo("The observer for Habitat International Coalition"));
    }

    [Test]
    public void A_speaker_must_be_a_real_state_and_a_group_must_be_named()
    {
        Assert.Throws<Common.DomainRuleException>(() => _ = new Speaker(SpeakerKind.MemberState, "XX"));
        Assert.Throws<Common.DomainRuleException>(() => _ = new Speaker(SpeakerKind.Group, "KE"));
        Assert.Throws<Common.DomainRuleException>(() => _ = new Speaker(SpeakerKind.MemberStates, memberStates: ["KE"]));
    }
}
