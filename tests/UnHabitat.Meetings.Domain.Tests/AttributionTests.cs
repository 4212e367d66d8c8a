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
    public void A_state_that_spoke_in_the_paragraph_just_before_is_the_same_member_state()
    {
        var attribution = new Attribution();
        attribution.LeadIn(France, AttributionPolicy.Anonymous);

        Assert.That(attribution.LeadIn(France, AttributionPolicy.Anonymous), Is.EqualTo("The same Member State"));
    }

    [Test]
    public void A_state_heard_earlier_but_not_just_before_is_another_member_state()
    {
        var attribution = new Attribution();
        attribution.LeadIn(France, AttributionPolicy.Anonymous);
        attribution.LeadIn(Kenya, AttributionPolicy.Anonymous);

        Assert.That(attribution.LeadIn(France, AttributionPolicy.Anonymous), Is.EqualTo("Another Member State"));
    }

    [Test]
    public void A_group_statement_after_another_state_is_a_member_state_speaking_on_behalf_of_the_group()
    {
        var attribution = new Attribution();
        attribution.LeadIn(France, AttributionPolicy.Anonymous);

        Assert.That(attribution.LeadIn(new Speaker(SpeakerKind.Group, "KE", onBehalfOf: "Group of African States"), AttributionPolicy.Anonymous),
            Is.EqualTo("A Member State, speaking on behalf of the Group of African States,"));
    }

    /// <summary>
    /// The rule checked over many random blocks (fixed seed, so a failure is reproducible): "The same Member State"
    /// exactly when that single State spoke in the paragraph just before within the block; "A Member State" for the
    /// first State of a block and for every group statement; "Another Member State" otherwise.
    /// </summary>
    [Test]
    public void Over_random_sequences_of_speakers_the_same_member_state_means_the_state_of_the_paragraph_just_before()
    {
        var random = new Random(20261205);
        string[] states = ["FR", "KE", "CN", "BR", "ZA"];
        for (var run = 0; run < 2000; run++)
        {
            var attribution = new Attribution();
            string? previous = null;
            var anyState = false;
            var length = random.Next(1, 12);
            for (var i = 0; i < length; i++)
            {
                if (random.Next(8) == 0)
                {
                    attribution.NewBlock();
                    previous = null;
                    anyState = false;
                }

                var state = states[random.Next(states.Length)];
                var (speaker, isState, isGroup) = random.Next(10) switch
                {
                    0 => (new Speaker(SpeakerKind.Chair), false, false),
                    1 => (new Speaker(SpeakerKind.MemberStates, memberStates: [state, state == "FR" ? "KE" : "FR"]), false, false),
                    2 or 3 => (new Speaker(SpeakerKind.Group, state, onBehalfOf: "Group of African States"), true, true),
                    _ => (new Speaker(SpeakerKind.MemberState, state), true, false),
                };
                var leadIn = attribution.LeadIn(speaker, AttributionPolicy.Anonymous);
                var context = $"run {run}, paragraph {i + 1}: {speaker.Kind} {speaker.MemberState} after {previous ?? "no single State"}";

                Assert.That(leadIn, Does.Not.StartWith("The same Member State, speaking on behalf"), context);
                if (isGroup)
                {
                    Assert.That(leadIn, Is.EqualTo("A Member State, speaking on behalf of the Group of African States,"), context);
                }
                else if (isState)
                {
                    var expected = !anyState ? "A Member State" : previous == state ? "The same Member State" : "Another Member State";
                    Assert.That(leadIn, Is.EqualTo(expected), context);
                }
                else
                {
                    Assert.That(leadIn, Does.Not.Contain("same"), context);
                }

                previous = isState ? state : null;
                anyState |= isState;
            }
        }
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
