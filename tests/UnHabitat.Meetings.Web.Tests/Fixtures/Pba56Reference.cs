namespace UnHabitat.Meetings.Web.Tests.Fixtures;

// Structured test data read off seeds/003_85d5e0d691ed7f77.txt, the summary of the fifty-sixth PBA meeting.
// Facts (numbers, titles, headings, lead-ins, dates, names) are exact; every Text and Item is our own short
// paraphrase, never the document's sentence. The real speakers are invented (the summary is anonymous), chosen
// to be consistent with the printed lead-ins; see HOUSE-STYLE.md section 1 for the attribution rule.
//
// Rule as applied to RuleLeadIn, per block (the interventions of one round under one topic heading, or the
// general interventions of a round before its first topic heading):
//   - a single State not yet mentioned in the block: "A Member State" if it is the first one, else "Another Member State";
//   - the State mentioned just before in the block: "The same Member State" (the fixture never repeats a State
//     non-adjacently, so the house-style wording "already mentioned" and "mentioned just before" agree here);
//   - several States together: "Member States"; they do not count as a mention (the reference itself prints
//     "A Member State" after "Member States" paragraphs: 18 after 17, 50 after 46-49);
//   - the Chair: "The Chair".

public enum EntryKind { Narrative, Briefing, Intervention, Response, Adoption, Closing }

public sealed record SpeakerData(string Kind /* MemberState | MemberStates | Group | Chair | Secretariat | Observer */, string? MemberState = null /* ISO alpha-2 */, string[]? MemberStates = null, string? OnBehalfOf = null);

public sealed record ParagraphData(
    int Number,
    int AgendaItem,
    int Round,
    EntryKind Kind,
    string? Topic,
    SpeakerData? Speaker,
    string? PrintedLeadIn,
    string? RuleLeadIn,
    bool IsQuestion,
    string Text,
    string[]? Items = null);

public sealed record AgendaItemData(int Number, string Title, string[] SubItems);

public sealed record BlockData(string Kind /* AgendaItemHeading | TopicHeading | LeadIn */, string Text, int BeforeParagraph);

public static class Pba56Reference
{
    // ---- Meeting facts -------------------------------------------------------------------------------------
    public const string Title = "Summary of the fifty-sixth meeting of the ad-hoc working group on programmatic, budgetary, and administrative matters of the Executive Board";
    public const string BodyName = "ad-hoc working group on programmatic, budgetary, and administrative matters of the Executive Board";
    public const string BodyShortName = "PBA";
    public const int MeetingNumber = 56;
    public const string MeetingNumberInWords = "fifty-sixth";
    public const string DateLine = "Wednesday, 16 October 2024, 10:00 – 13:00 East Africa Time";
    public const string Venue = "UNON Conference Room 4";
    public const string ChairLine = "Chair: H.E. Dr. Pedro Leon Cortes Ruiz";
    public const string ChairHonorific = "H.E. Dr.";
    public const string ChairName = "Pedro Leon Cortes Ruiz";
    public const string ChairFunction = "Permanent Representative of the Republic of Colombia to UN-Habitat";
    public const string SummaryHeading = "MEETING SUMMARY";
    public const string TimeZoneId = "Africa/Nairobi";
    public const string TimeZoneLongName = "East Africa Time";
    public const string TimeZoneAbbreviation = "EAT";
    public static readonly DateOnly Date = new(2024, 10, 16);
    public static readonly TimeOnly ScheduledStart = new(10, 0);
    public static readonly TimeOnly ScheduledEnd = new(13, 0);
    public static readonly TimeOnly CalledToOrder = new(10, 5);
    public static readonly TimeOnly Adjourned = new(13, 5);
    public const int ParagraphCount = 73;

    // ---- Printed lead-ins (exact) --------------------------------------------------------------------------
    public const string AMemberState = "A Member State";
    public const string AnotherMemberState = "Another Member State";
    public const string TheSameMemberState = "The same Member State";
    public const string SeveralMemberStates = "Member States";
    public const string TheChair = "The Chair";

    // ---- Topic sub-headings, exactly as printed (the response headings of round 2 are spelt differently) -----
    public const string Res12 = "Resolution 1/2 - UN System-Wide Guidelines on Safer Cities and Human Settlements";
    public const string Res13 = "Resolution 1/3 - Enhancing capacity building for the implementation of the New Urban Agenda and the urban dimension of the 2030 Agenda for Sustainable Development";
    public const string Res14 = "Resolution 1/4 - Achieving gender equality through the work of the UN-Habitat to support inclusive, safe, resilient and sustainable cities and human settlements";
    public const string Res15 = "Resolution 1/5 - Enhancing urban-rural linkages for sustainable urbanization and human settlements";
    public const string Res22 = "Resolution 2/2 – Accelerating the transformation of informal settlements and slums by 2030";
    public const string Res24 = "Resolution 2/4 – Biodiverse and resilient cities: mainstreaming biodiversity and ecosystem services into urban and territorial planning";
    public const string Res21 = "Resolution 2/1 - International guidelines on people-centred smart cities";
    public const string Res21AsPrintedOverResponses = "Resolution 2/1- International guidelines on people-centred smart cities";
    public const string Res27 = "Resolution 2/7 - Adequate housing for all";
    public const string Res25AsPrintedOverInterventions = "Resolution 2/5: Enhancing the interlinkage between urbanization and climate change resilience";
    public const string Res25 = "Resolution 2/5 - Enhancing the interlinkage between urbanization and climate change resilience";

    /// <summary>Printed variants of a topic heading mapped to the one spelling the generator should use.</summary>
    public static readonly IReadOnlyDictionary<string, string> TopicSpellings = new Dictionary<string, string>
    {
        [Res21AsPrintedOverResponses] = Res21,
        [Res25AsPrintedOverInterventions] = Res25,
    };

    /// <summary>The distinct topics of each discussion round, in order of the interventions (canonical spelling).</summary>
    public static readonly IReadOnlyList<(int AgendaItem, int Round, string Topic)> Topics =
    [
        (2, 1, Res12), (2, 1, Res13), (2, 1, Res14), (2, 1, Res15), (2, 1, Res22), (2, 1, Res24),
        (2, 2, Res21), (2, 2, Res27), (2, 2, Res25),
    ];

    /// <summary>Paragraphs holding more than one speaker's point; Speaker is the first (or joint) speaker, the rest is in Text.</summary>
    public static readonly IReadOnlyList<int> MixedSpeakerParagraphs = [39, 43];

    /// <summary>Paragraphs where a phrase ("Regarding …,", "With regard to …,") precedes the printed subject.</summary>
    public static readonly IReadOnlyList<int> FrontedPhraseParagraphs = [36, 43, 46, 66, 67];

    // ---- Agenda (titles as printed in the list of paragraph 1, without the list's closing punctuation) ------
    public static readonly IReadOnlyList<AgendaItemData> Agenda =
    [
        new(1, "Adoption of the provisional Agenda", []),
        new(2, "Implementation of all resolutions adopted by the United Nations Habitat Assembly (UN-Habitat Assembly) at its first and second sessions",
        [
            "the progress in the development of the international guidelines on people-centred smart cities in line with Resolution 2/1",
            "the preparations for the first session of the Open-Ended Intergovernmental expert Working Group on adequate Housing for All in line with resolution 2/7 of the UN-Habitat Assembly and Decision 2024/3 of the Executive Board",
            "the operationalization of the SURGe Initiative to accelerate multilevel climate action in line with Resolution 2/5 of the UN-Habitat Assembly and Decision 2024/3 of the Executive Board",
        ]),
        new(3, "Any other Business", []),
    ];

    /// <summary>The words printed in paragraph 1 between item 2's title and its lettered sub-items.</summary>
    public const string SubItemsLeadIn = "including in depth discussions on:";

    // ---- Unnumbered blocks, exactly as printed -------------------------------------------------------------
    public const string DiscussionLeadIn = "Following the presentation by the Secretariat, the discussions highlighted the following:";
    public const string DiscussionLeadInPlural = "Following the presentations by the Secretariat, the discussions highlighted the following:";
    public const string ResponsesLeadIn = "In light of the views expressed by Member States, the Secretariat responded as follows:";

    public static readonly IReadOnlyList<BlockData> Blocks =
    [
        new("AgendaItemHeading", "Agenda item 1 – Adoption of the Agenda.", 1),
        new("AgendaItemHeading", "Agenda item 2 – Implementation of all resolutions adopted by the United Nations Habitat Assembly (UN-Habitat Assembly) at its first and second sessions.", 2),
        new("LeadIn", DiscussionLeadIn, 5),
        new("TopicHeading", Res12, 9),
        new("TopicHeading", Res13, 14),
        new("TopicHeading", Res14, 17),
        new("TopicHeading", Res15, 20),
        new("TopicHeading", Res22, 21),
        new("TopicHeading", Res24, 22),
        new("LeadIn", ResponsesLeadIn, 23),
        new("TopicHeading", Res12, 25),
        new("TopicHeading", Res13, 28),
        new("TopicHeading", Res14, 31),
        new("TopicHeading", Res15, 34),
        new("TopicHeading", Res24, 36),
        new("LeadIn", DiscussionLeadInPlural, 39),
        new("TopicHeading", Res21, 41),
        new("TopicHeading", Res27, 46),
        new("TopicHeading", Res25AsPrintedOverInterventions, 53),
        new("LeadIn", ResponsesLeadIn, 54),
        new("TopicHeading", Res21AsPrintedOverResponses, 55),
        new("TopicHeading", Res27, 60),
        new("TopicHeading", Res25, 70),
        new("AgendaItemHeading", "Agenda item 3 – Any other Business.", 72),
    ];

    // ---- Speakers ------------------------------------------------------------------------------------------
    private static SpeakerData State(string code) => new("MemberState", code);

    private static SpeakerData States(params string[] codes) => new("MemberStates", MemberStates: codes);

    private static readonly SpeakerData Chair = new("Chair");

    private const EntryKind Narrative = EntryKind.Narrative;
    private const EntryKind Briefing = EntryKind.Briefing;
    private const EntryKind Intervention = EntryKind.Intervention;
    private const EntryKind Response = EntryKind.Response;

    // ---- Paragraphs 1..73 ----------------------------------------------------------------------------------
    // new(Number, AgendaItem, Round, Kind, Topic, Speaker, PrintedLeadIn, RuleLeadIn, IsQuestion, Text, Items)
    public static readonly IReadOnlyList<ParagraphData> Paragraphs =
    [
        // Agenda item 1
        new(1, 1, 1, EntryKind.Adoption, null, null, null, null, false,
            "The meeting opened at 10:05 EAT and the working group adopted its provisional agenda unchanged."), // list generated from Agenda

        // Agenda item 2, round 1: opening narrative
        new(2, 2, 1, Narrative, null, null, null, null, false,
            "The Chair recalled 5 Assembly resolutions of 2019 and 10 of 2023, ahead of the 4–6 December 2024 Board session."),
        new(3, 2, 1, Narrative, null, null, null, null, false,
            "The Chair proposed updates first on open-ended resolutions, then detailed presentations on time-bound resolutions 2/1, 2/5 and 2/7."),
        new(4, 2, 1, Briefing, null, null, null, null, false,
            "After the Chair's background, the Secretariat briefed the group on implementing the resolutions."),

        // round 1, general interventions
        new(5, 2, 1, Intervention, null, States("KE", "BR"), SeveralMemberStates, SeveralMemberStates, false,
            "thanked the Secretariat for a thorough update on first-session resolutions despite tight budgets and resources."),
        new(6, 2, 1, Intervention, null, State("SE"), AMemberState, AMemberState, false,
            "asked that future updates cover implementation challenges, lessons learned and good practices."),
        // exception: "A Member State" printed a second time in the block for a different State.
        new(7, 2, 1, Intervention, null, State("CN"), AMemberState, AnotherMemberState, true,
            "asked whether UN-Habitat planned to convene resolution sponsors or would work only through regional offices."),
        new(8, 2, 1, Intervention, null, Chair, TheChair, TheChair, true,
            "asked whether Member States' questions would be reflected in the revised implementation report for the December 2024 Board."),

        // round 1, Resolution 1/2
        new(9, 2, 1, Intervention, Res12, State("MX"), AMemberState, AMemberState, false,
            "said the urban safety monitoring tool greatly helps make municipal safety policies better and more consistent."),
        new(10, 2, 1, Intervention, Res12, State("JP"), AnotherMemberState, AnotherMemberState, true,
            "wanted more on the next steps of phase two of bringing human security into UN-Habitat's work."),
        new(11, 2, 1, Intervention, Res12, State("EG"), AnotherMemberState, AnotherMemberState, true,
            "asked for figures and progress on the e-learning course on urban safety and human security."),
        new(12, 2, 1, Intervention, Res12, State("PL"), AnotherMemberState, AnotherMemberState, true,
            "asked when the first, e-learning phase of the project closed and who benefited from it."),
        // exception: "A Member State" printed again after three States of the block; a fifth State spoke.
        new(13, 2, 1, Intervention, Res12, State("ZA"), AMemberState, AnotherMemberState, true,
            "sought more insight into how the wider UN system took part in the system-wide guidelines."),

        // round 1, Resolution 1/3
        new(14, 2, 1, Intervention, Res13, State("ZA"), AMemberState, AMemberState, true,
            "wanted to know more about the Capacity Building Help Desk and how developing countries may use it."),
        // exception: the State of paragraph 14 continues; printed "A Member State" where the rule says "The same Member State".
        new(15, 2, 1, Intervention, Res13, State("ZA"), AMemberState, TheSameMemberState, true,
            "asked how other States could join the annual training programmes run with regional centres of excellence."),
        new(16, 2, 1, Intervention, Res13, State("BR"), AnotherMemberState, AnotherMemberState, false,
            "welcomed continued capacity-building work and urged tackling language barriers, regional disparities and limited ICT access."),

        // round 1, Resolution 1/4
        new(17, 2, 1, Intervention, Res14, States("SE", "MX"), SeveralMemberStates, SeveralMemberStates, true,
            "praised progress on initiatives like the Women Led Cities Initiative and asked for an update on its status."),
        new(18, 2, 1, Intervention, Res14, State("DE"), AMemberState, AMemberState, true,
            "stressed the value of the Human Rights, Gender and Social Inclusion Handbook and asked how States might apply it."),
        // exception: the State of paragraph 18 continues; printed "A Member State" where the rule says "The same Member State".
        new(19, 2, 1, Intervention, Res14, State("DE"), AMemberState, TheSameMemberState, true,
            "sought clarification of the gender-transformative approach, with examples from cities."),

        // round 1, Resolution 1/5
        new(20, 2, 1, Intervention, Res15, State("KE"), AMemberState, AMemberState, true,
            "asked whether lessons from the training of government officials would be shared so others could benefit."),

        // round 1, Resolution 2/2
        new(21, 2, 1, Intervention, Res22, State("DE"), AMemberState, AMemberState, false,
            "voiced support for the partnership with UNICEF and Slum Dwellers International on child-responsive slum upgrading."),

        // round 1, Resolution 2/4 (second sentence "The Member State inquired …" is the same speaker, same paragraph)
        new(22, 2, 1, Intervention, Res24, State("CO"), AMemberState, AMemberState, true,
            "called the Hotspot Spotlight tool promising, noted its COP16 presentation, and asked about scale-up and the playbook difference."),

        // round 1, responses: general
        new(23, 2, 1, Response, null, null, null, null, false,
            "said comments from this meeting would feed its December 2024 Board presentation, as the report was in editing."),
        new(24, 2, 1, Response, null, null, null, null, false,
            "clarified that adopted resolutions belong to the whole membership, though sponsors may hold specific discussions."),
        // responses: Resolution 1/2
        new(25, 2, 1, Response, Res12, null, null, null, false,
            "said the e-learning went online in late June 2024, had no usage record yet, and analytics were available on request."),
        new(26, 2, 1, Response, Res12, null, null, null, false,
            "said UN Country Teams in Mexico and South Africa had begun coordinating on cities and human security."),
        new(27, 2, 1, Response, Res12, null, null, null, false,
            "noted no inter-agency framework existed yet, but a country-level session on human security sparked interest in follow-up."),
        // responses: Resolution 1/3
        new(28, 2, 1, Response, Res13, null, null, null, false,
            "explained regional programmes work under varied frameworks; the Korea centre's programme opened to other regions online since 2020."),
        new(29, 2, 1, Response, Res13, null, null, null, false,
            "explained the Singapore programme covers 100 cities worldwide, targets Africa in 2025, with the Africa office informing States."),
        new(30, 2, 1, Response, Res13, null, null, null, false,
            "confirmed that tools had been built to help monitor the New Urban Agenda."),
        // responses: Resolution 1/4
        new(31, 2, 1, Response, Res14, null, null, null, false,
            "confirmed the Handbook would launch by late 2024, with a draft going to Member States first."),
        new(32, 2, 1, Response, Res14, null, null, null, false,
            "said country teams were asked for examples; the January 2024 Gender Champion Award went to Palestine and Mozambique projects."),
        new(33, 2, 1, Response, Res14, null, null, null, false,
            "said the Women Led Cities Initiative, with UNCDF and EllaImpacta, passed review and fundraising began for an end-2024 launch."),
        // responses: Resolution 1/5
        new(34, 2, 1, Response, Res15, null, null, null, false,
            "explained the Kenya training was run with the University of Nairobi centre; materials will also appear on UN-Habitat's website."),
        new(35, 2, 1, Response, Res15, null, null, null, false,
            "added that the Compendium of Inspiring Practices, issued every 18 months, and a newsletter also spread knowledge."),
        // responses: Resolution 2/4 (no response printed under Resolution 2/2)
        new(36, 2, 1, Response, Res24, null, null, null, false,
            "gave the example of approaching the World Bank to apply the Hotspot Stoplight in 100 cities."), // printed "Regarding …, the Secretariat provided …"
        new(37, 2, 1, Response, Res24, null, null, null, false,
            "explained the Playbook gathers methods aligned with earlier tools, focused on nature-based solution plans for municipalities."),

        // Agenda item 2, round 2: opening narrative with the three lettered briefings
        new(38, 2, 2, Briefing, null, null, null, null, false,
            "The Chair then asked the Secretariat to brief the group on three time-bound matters.",
            [
                "Progress on the international guidelines on people-centred smart cities under resolution 2/1.",
                "Getting ready for the OEWG-H's first session under resolution 2/7 and decision 2024/3.",
                "Putting the SURGe Initiative for multilevel climate action into operation under resolution 2/5 and decision 2024/3.",
            ]),

        // round 2, general interventions
        // mixed speakers (lead-in unaffected): joint welcome by Member States, then "A Member State commended …" by one
        // further State in the same paragraph; recorded in Text, not as its own intervention.
        new(39, 2, 2, Intervention, null, States("KE", "CN", "ZA"), SeveralMemberStates, SeveralMemberStates, false,
            "welcomed the detailed presentations and UN-Habitat's work; a Member State praised the Secretariat's candour about challenges and limits."),
        // Had paragraph 39's single State been recorded as an intervention of its own, the rule would print "Another Member State" here.
        new(40, 2, 2, Intervention, null, State("MX"), AMemberState, AMemberState, false,
            "asked that Secretariat presentations be circulated before future meetings, as they hold more than the background papers."),

        // round 2, Resolution 2/1 (France: the pledge here matches the Secretariat's thanks to France in paragraph 59)
        new(41, 2, 2, Intervention, Res21, State("FR"), AMemberState, AMemberState, false,
            "stressed resolution 2/1 is time-bound, cited its over 300,000 euro contribution, and urged others to help adoption in May 2025."),
        // exception: "A Member State" printed a second time in the block for a different State.
        new(42, 2, 2, Intervention, Res21, State("DE"), AMemberState, AnotherMemberState, true,
            "asked about the roadmap once the final draft circulates in early 2025 and further consultation under operative paragraphs 4–5."),
        // exception: three States in one paragraph, printed after a fronted "Regarding …," as "one Member State", "another
        // Member State", "One Member State"; Speaker is the first of them (a State new to the block), the others are in Text.
        new(43, 2, 2, Intervention, Res21, State("PL"), "one Member State", AnotherMemberState, true,
            "asked for the Note Verbale on regional consultations to be resent; another State asked their venue; one urged nominating experts."),
        // exception: "A Member State" printed again for a State new to the block.
        new(44, 2, 2, Intervention, Res21, State("CN"), AMemberState, AnotherMemberState, true,
            "asked which leading technology firms joined the October 2024 California consultation on the guidelines."),
        // exception: "A Member State" printed again for a State new to the block.
        new(45, 2, 2, Intervention, Res21, State("IN"), AMemberState, AnotherMemberState, true,
            "asked how the World Smart Cities Outlook 2024, launching at WUF12, will shape strategy and help States apply it."),

        // round 2, Resolution 2/7
        new(46, 2, 2, Intervention, Res27, States("KE", "BR"), SeveralMemberStates, SeveralMemberStates, false,
            "urged a hybrid format for the 9–11 December 2024 OEWG-H to widen participation, asking the Joint Bureaux to discuss it."), // printed after "With regard to …,"
        new(47, 2, 2, Intervention, Res27, States("CN", "EG"), SeveralMemberStates, SeveralMemberStates, true,
            "asked when OEWG-H background documents would be online, stressing they are needed early for preparation."),
        new(48, 2, 2, Intervention, Res27, States("ZA", "MX"), SeveralMemberStates, SeveralMemberStates, true,
            "asked how OEWG-H organizational matters would be consulted and which rules of procedure would apply."),
        new(49, 2, 2, Intervention, Res27, States("KE", "IN"), SeveralMemberStates, SeveralMemberStates, true,
            "asked how many experts per country could attend the OEWG-H meeting."),
        new(50, 2, 2, Intervention, Res27, State("NG"), AMemberState, AMemberState, true,
            "asked about a registration Note Verbale, visa help for delegates, and any funding for participants."),
        new(51, 2, 2, Intervention, Res27, State("SE"), AnotherMemberState, AnotherMemberState, true,
            "sought details on the adequate housing platform: stakeholder access, how data is updated, and housing impact."),
        // exception: named attribution ("The delegate from France") inside an anonymous summary; the rule gives
        // "Another Member State" for a State new to the block.
        new(52, 2, 2, Intervention, Res27, State("FR"), "The delegate from France", AnotherMemberState, false,
            "announced a France–Kenya heads-of-delegation meeting on housing at WUF12 on 6 November 2024 and invited confirmations."),

        // round 2, Resolution 2/5 (second sentence "The Member State further inquired …" is the same speaker)
        new(53, 2, 2, Intervention, Res25AsPrintedOverInterventions, State("JP"), AMemberState, AMemberState, true,
            "asked how SURGe, CHAMP and the MAP Declaration relate and how to avoid overlap while keeping each visible."),

        // round 2, responses: general
        new(54, 2, 2, Response, null, null, null, null, false,
            "noted background reports are due 7 days before the meeting, presentations add detail, and promised to share them promptly."),
        // responses: Resolution 2/1 (heading printed "Resolution 2/1- …")
        new(55, 2, 2, Response, Res21AsPrintedOverResponses, null, null, null, false,
            "explained 31 State-nominated experts guide the guidelines, with Board updates in December 2024 and March 2025."),
        new(56, 2, 2, Response, Res21AsPrintedOverResponses, null, null, null, false,
            "confirmed it would resend the Note Verbale; consultations will be fully online with regional offices, more experts welcome."),
        new(57, 2, 2, Response, Res21AsPrintedOverResponses, null, null, null, false,
            "explained the private-sector consultation was co-organized with the Carnegie Endowment, with firms such as NVIDIA and Deloitte."),
        new(58, 2, 2, Response, Res21AsPrintedOverResponses, null, null, null, false,
            "clarified the Outlook assesses global smart-city development, gaps and opportunities, and may be updated every two years."),
        new(59, 2, 2, Response, Res21AsPrintedOverResponses, null, null, null, false,
            "thanked France, among other Member States, for supporting preparation of the smart cities guidelines."),
        // responses: Resolution 2/7
        new(60, 2, 2, Response, Res27, null, null, null, false,
            "noted General Assembly rules govern the OEWG-H, so no hybrid option; broadcasting is possible but not interpretation."),
        new(61, 2, 2, Response, Res27, null, null, null, false,
            "confirmed OEWG-H documents would be online by 28 October 2024, some already posted as advance English versions."),
        new(62, 2, 2, Response, Res27, null, null, null, false,
            "said OEWG-H organizational matters would be consulted at the PBA working group, with more consultation available if requested."),
        new(63, 2, 2, Response, Res27, null, null, null, false,
            "noted the open-ended format sets no delegation size limit; observers follow usual ECOSOC accreditation practice."),
        new(64, 2, 2, Response, Res27, null, null, null, false,
            "said it would consult the host country on visas and circulate logistics as usual."),
        new(65, 2, 2, Response, Res27, null, null, null, false,
            "noted no voluntary funds exist to support LDC participants and would report any change."),
        new(66, 2, 2, Response, Res27, null, null, null, false,
            "said platform information would be public after Secretariat clearance, and that regular updates lack resources."), // printed "Regarding …, the Secretariat informed …"
        new(67, 2, 2, Response, Res27, null, null, null, false,
            "invited States to look at OEWG-H agenda item 4 on housing monitoring and indicators for impact."), // printed "Regarding …, the Secretariat invited …"
        new(68, 2, 2, Response, Res27, null, null, null, false,
            "stressed the importance of General Assembly Fifth Committee funding for UN-Habitat's governing-body meetings, including the housing group."),
        new(69, 2, 2, Response, Res27, null, null, null, false,
            "noted bodies set up by the Assembly without their own rules use the Assembly's rules of procedure."),
        // responses: Resolution 2/5 (heading printed "Resolution 2/5 - …" here, "Resolution 2/5: …" over the interventions)
        new(70, 2, 2, Response, Res25, null, null, null, false,
            "assured it had followed SURGe at COP27, CHAMP at COP28 and MAP at COP29, ensuring synergies."),
        new(71, 2, 2, Response, Res25, null, null, null, false,
            "explained MAP builds on SURGe and CHAMP, while CHAMP strengthens NDCs via subnational actors, as SURGe does."),

        // Agenda item 3
        new(72, 3, 1, Narrative, null, null, null, null, false,
            "Member States raised no other business under this item."),
        new(73, 3, 1, EntryKind.Closing, null, null, null, null, false,
            "The fifty-sixth meeting of the working group closed at 13:05 EAT."),
    ];
}
