namespace UnHabitat.Meetings.Web.Tests.Fixtures;

/// <summary>The reference fixtures agree with themselves before any test leans on them.</summary>
[TestFixture]
public sealed class ReferenceDataTests
{
    private static IEnumerable<IGrouping<(int AgendaItem, int Round, string? Topic), ParagraphData>> InterventionBlocks() =>
        Pba56Reference.Paragraphs
            .Where(p => p.Kind == EntryKind.Intervention)
            .GroupBy(p => (p.AgendaItem, p.Round, Topic: p.Topic is null ? null : Pba56Reference.TopicSpellings.GetValueOrDefault(p.Topic, p.Topic)));

    /// <summary>The anonymous rule of HOUSE-STYLE.md section 1, as the fixture's header states it.</summary>
    private static List<(int Number, string LeadIn)> RuleFor(IEnumerable<ParagraphData> block)
    {
        var result = new List<(int, string)>();
        var mentioned = new List<string>();
        foreach (var paragraph in block)
        {
            var speaker = paragraph.Speaker!;
            string leadIn;
            switch (speaker.Kind)
            {
                case "Chair":
                    leadIn = "The Chair";
                    break;
                case "MemberStates":
                    leadIn = "Member States";
                    break;
                case "Group":
                    leadIn = $"A Member State, speaking on behalf of the {speaker.OnBehalfOf},";
                    break;
                case "MemberState":
                    var code = speaker.MemberState!;
                    leadIn = mentioned.Count == 0 ? "A Member State"
                        : mentioned[^1] == code ? "The same Member State"
                        : mentioned.Contains(code) ? "The same Member State (not adjacent)"
                        : "Another Member State";
                    mentioned.Add(code);
                    break;
                default:
                    throw new InvalidOperationException($"No rule for speaker kind {speaker.Kind}");
            }
            result.Add((paragraph.Number, leadIn));
        }
        return result;
    }

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    [Test]
    public void Paragraphs_are_numbered_1_to_73_without_gaps()
    {
        Assert.That(Pba56Reference.Paragraphs.Select(p => p.Number), Is.EqualTo(Enumerable.Range(1, Pba56Reference.ParagraphCount)));
    }

    [Test]
    public void Paragraph_kinds_are_counted_as_in_the_reference()
    {
        var counts = Pba56Reference.Paragraphs.GroupBy(p => p.Kind).ToDictionary(g => g.Key, g => g.Count());
        Assert.That(counts, Is.EquivalentTo(new Dictionary<EntryKind, int>
        {
            [EntryKind.Adoption] = 1,
            [EntryKind.Narrative] = 3,
            [EntryKind.Briefing] = 2,
            [EntryKind.Intervention] = 33,
            [EntryKind.Response] = 33,
            [EntryKind.Closing] = 1,
        }));
        Assert.That(Pba56Reference.Paragraphs.Single(p => p.Kind == EntryKind.Adoption).Number, Is.EqualTo(1));
        Assert.That(Pba56Reference.Paragraphs.Single(p => p.Kind == EntryKind.Closing).Number, Is.EqualTo(73));
    }

    [Test]
    public void Every_intervention_has_a_speaker_a_printed_lead_in_and_a_rule_lead_in()
    {
        foreach (var paragraph in Pba56Reference.Paragraphs)
        {
            var isIntervention = paragraph.Kind == EntryKind.Intervention;
            Assert.That(paragraph.Speaker is not null, Is.EqualTo(isIntervention), $"paragraph {paragraph.Number}: speaker");
            Assert.That(paragraph.PrintedLeadIn is not null, Is.EqualTo(isIntervention), $"paragraph {paragraph.Number}: printed lead-in");
            Assert.That(paragraph.RuleLeadIn is not null, Is.EqualTo(isIntervention), $"paragraph {paragraph.Number}: rule lead-in");
        }
    }

    [Test]
    public void Speakers_carry_the_codes_their_kind_needs()
    {
        foreach (var speaker in Pba56Reference.Paragraphs.Select(p => p.Speaker).OfType<SpeakerData>())
        {
            switch (speaker.Kind)
            {
                case "MemberState":
                    Assert.That(speaker.MemberState, Does.Match("^[A-Z]{2}$"));
                    break;
                case "MemberStates":
                    Assert.That(speaker.MemberStates, Has.Length.InRange(2, 3).And.All.Match("^[A-Z]{2}$").And.Unique);
                    break;
                case "Group":
                    Assert.That(speaker.MemberState, Does.Match("^[A-Z]{2}$"));
                    Assert.That(speaker.OnBehalfOf, Is.Not.Empty);
                    break;
                default:
                    Assert.That(speaker.Kind, Is.AnyOf("Chair", "Secretariat", "Observer"));
                    break;
            }
        }
    }

    [Test]
    public void Rule_lead_ins_are_what_the_rule_generates_from_the_assigned_speakers()
    {
        foreach (var block in InterventionBlocks())
        {
            var expected = RuleFor(block);
            Assert.That(block.Select(p => (p.Number, p.RuleLeadIn!)), Is.EqualTo(expected), $"block {block.Key}");
        }
    }

    [Test]
    public void Every_same_Member_State_refers_to_the_State_just_before_it_in_its_block()
    {
        var checkedCount = 0;
        foreach (var block in InterventionBlocks())
        {
            string? previous = null;
            foreach (var paragraph in block)
            {
                if (paragraph.RuleLeadIn == Pba56Reference.TheSameMemberState)
                {
                    Assert.That(paragraph.Speaker!.MemberState, Is.EqualTo(previous), $"paragraph {paragraph.Number}");
                    checkedCount++;
                }
                if (paragraph.Speaker!.Kind == "MemberState")
                {
                    previous = paragraph.Speaker.MemberState;
                }
            }
        }
        Assert.That(checkedCount, Is.EqualTo(2), "paragraphs 15 and 19");
    }

    [Test]
    public void The_exceptions_to_the_rule_are_the_nine_known_paragraphs()
    {
        var exceptions = Pba56Reference.Paragraphs
            .Where(p => p.Kind == EntryKind.Intervention && p.PrintedLeadIn != p.RuleLeadIn)
            .Select(p => p.Number);
        Assert.That(exceptions, Is.EqualTo(new[] { 7, 13, 15, 19, 42, 43, 44, 45, 52 }));
        Assert.That(Pba56Reference.MixedSpeakerParagraphs, Is.EqualTo(new[] { 39, 43 }));
    }

    [Test]
    public void Rounds_topics_and_agenda_items_follow_the_reference()
    {
        foreach (var paragraph in Pba56Reference.Paragraphs)
        {
            var expectedItem = paragraph.Number == 1 ? 1 : paragraph.Number >= 72 ? 3 : 2;
            var expectedRound = paragraph.AgendaItem == 2 && paragraph.Number >= 38 ? 2 : 1;
            Assert.That(paragraph.AgendaItem, Is.EqualTo(expectedItem), $"paragraph {paragraph.Number}");
            Assert.That(paragraph.Round, Is.EqualTo(expectedRound), $"paragraph {paragraph.Number}");
        }

        var used = Pba56Reference.Paragraphs
            .Where(p => p.Topic is not null && p.Kind == EntryKind.Intervention)
            .Select(p => (p.AgendaItem, p.Round, Topic: Pba56Reference.TopicSpellings.GetValueOrDefault(p.Topic!, p.Topic!)))
            .Distinct();
        Assert.That(used, Is.EqualTo(Pba56Reference.Topics));

        // Responses take their topics from the same round's interventions, in the same order.
        foreach (var round in Pba56Reference.Paragraphs.Where(p => p.Kind == EntryKind.Response).GroupBy(p => (p.AgendaItem, p.Round)))
        {
            var topics = round.Select(p => p.Topic).OfType<string>().Select(t => Pba56Reference.TopicSpellings.GetValueOrDefault(t, t)).Distinct().ToList();
            var order = Pba56Reference.Topics.Where(t => (t.AgendaItem, t.Round) == round.Key).Select(t => t.Topic).ToList();
            Assert.That(topics, Is.SubsetOf(order));
            Assert.That(topics.Select(t => order.IndexOf(t)), Is.Ordered, $"round {round.Key}");
            Assert.That(round.TakeWhile(p => p.Topic is null).Count(), Is.EqualTo(round.Count(p => p.Topic is null)), "general responses come first");
        }
    }

    [Test]
    public void Every_topic_heading_block_matches_the_topic_of_the_paragraph_after_it()
    {
        var byNumber = Pba56Reference.Paragraphs.ToDictionary(p => p.Number);
        foreach (var block in Pba56Reference.Blocks)
        {
            Assert.That(block.BeforeParagraph, Is.InRange(1, Pba56Reference.ParagraphCount));
            Assert.That(block.Kind, Is.AnyOf("AgendaItemHeading", "TopicHeading", "LeadIn"));
            if (block.Kind == "TopicHeading")
            {
                Assert.That(byNumber[block.BeforeParagraph].Topic, Is.EqualTo(block.Text), $"before paragraph {block.BeforeParagraph}");
            }
        }
        Assert.That(Pba56Reference.Blocks.Count(b => b.Kind == "AgendaItemHeading"), Is.EqualTo(3));
        Assert.That(Pba56Reference.Blocks.Count(b => b.Kind == "LeadIn"), Is.EqualTo(4));
        Assert.That(Pba56Reference.Blocks.Count(b => b.Kind == "TopicHeading"), Is.EqualTo(17));
        Assert.That(Pba56Reference.Blocks.Select(b => b.BeforeParagraph), Is.Ordered);
    }

    [Test]
    public void Texts_are_short_paraphrases_in_the_expected_form()
    {
        foreach (var paragraph in Pba56Reference.Paragraphs)
        {
            Assert.That(Words(paragraph.Text), Is.InRange(5, 20), $"paragraph {paragraph.Number}: {paragraph.Text}");
            var predicate = paragraph.Kind is EntryKind.Intervention or EntryKind.Response;
            Assert.That(char.IsLower(paragraph.Text[0]), Is.EqualTo(predicate), $"paragraph {paragraph.Number} starts as a {(predicate ? "predicate" : "sentence")}");
            foreach (var item in paragraph.Items ?? [])
            {
                Assert.That(Words(item), Is.InRange(5, 20), $"paragraph {paragraph.Number}: {item}");
            }
        }
        Assert.That(Pba56Reference.Paragraphs.Single(p => p.Number == 38).Items, Has.Length.EqualTo(3));
    }

    [Test]
    public void The_contact_group_has_six_rows_ending_with_AOB_and_the_next_meeting()
    {
        var rows = ContactGroupReference.Rows;
        Assert.That(rows.Select(r => r.Number), Is.EqualTo(new int?[] { 1, 2, 3, null, null, null }));
        Assert.That(rows[^2].Title, Is.EqualTo("Any Other Business (A.O.B)"));
        Assert.That(rows.Select(r => r.Conclusion), Is.EqualTo(new[] { null, null, null, null, "Noted", "Agreed" }));
        Assert.That(rows[0].Comments.Select(c => c.Heading).First(), Is.EqualTo("Newsletter updates from Member States"));
        Assert.That(rows[1].Comments, Has.Length.EqualTo(5));
        Assert.That(rows[2].Calendar, Has.Length.EqualTo(34));
        Assert.That(ContactGroupReference.Present.Concat(ContactGroupReference.Apologies), Is.Unique);
    }

    [Test]
    public void Contact_group_bullets_are_short_and_named_views_are_predicates()
    {
        foreach (var row in ContactGroupReference.Rows)
        {
            foreach (var bullet in row.Comments.SelectMany(c => c.Bullets).Concat(row.Responses).Concat(row.Views.Select(v => v.Text)))
            {
                Assert.That(Words(bullet), Is.InRange(5, 20), bullet);
            }
            foreach (var point in row.Comments.Where(c => c.Numbered))
            {
                Assert.That(point.Bullets, Is.Not.Empty, point.Heading);
            }
            foreach (var view in row.Views)
            {
                var anonymous = view.NamedMemberState is null && view.Subject is null;
                Assert.That(char.IsUpper(view.Text[0]), Is.EqualTo(anonymous), view.Text);
            }
        }
        var named = ContactGroupReference.Rows.SelectMany(r => r.Views).Select(v => v.NamedMemberState).OfType<string>();
        Assert.That(named, Is.EqualTo(new[] { "FR", "CN" }));
    }
}
