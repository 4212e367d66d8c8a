namespace UnHabitat.Meetings.Web.Tests.Fixtures;

// Structured test data read off seeds/000_9e41955ef2715c39.txt, the tabular summary of the informal contact group
// on communications (8 June 2021). Facts (titles, headings, dates, names, the events calendar) are exact; every
// bullet is our own short paraphrase, never the document's sentence.

/// <summary>A point of the Comments column: a heading (without its "1)" number, which the generator writes when
/// <paramref name="Numbered"/>) and its bullets. Unnumbered points are plain paragraphs printed in the cell.</summary>
public sealed record CommentPoint(string Heading, string[] Bullets, bool Numbered = true);

/// <summary>A Member State's view. <paramref name="NamedMemberState"/> is set when the State is printed by name in
/// capitals ("FRANCE" → "FR"); <paramref name="Subject"/> holds any other printed subject ("Members"); with neither
/// the bullet is a bare predicate starting with a capitalised verb. With a name or subject, Text is the predicate.</summary>
public sealed record ViewData(string? NamedMemberState, string Text, string? Subject = null);

/// <summary>A row of the events calendar printed inside the Comments column of item 3 (facts, as printed).</summary>
public sealed record CalendarEntryData(int Year, string? When, string? Where, string Event);

/// <summary>One table row. Number and Title are null where the cell prints none. ViewsInCommentsColumn marks rows
/// whose views (and responses) are printed in the Comments column while Discussion holds only the conclusion.</summary>
public sealed record TabularRowData(
    int? Number,
    string? Title,
    CommentPoint[] Comments,
    ViewData[] Views,
    string[] Responses,
    string? Conclusion,
    bool ViewsInCommentsColumn = false,
    CalendarEntryData[]? Calendar = null);

public static class ContactGroupReference
{
    // ---- Meeting facts -------------------------------------------------------------------------------------
    public const string BodyName = "Informal Contact Group of Permanent Representatives to Member States on UN-Habitat Communications";
    public const string Title = "Summary of Discussions Emanating from the Informal Contact Group of Permanent Representatives to Member States on UN-Habitat Communications";
    public const string DateLineAsPrinted = "Tuesday 08 June 2021";
    public const string TimeLineAsPrinted = "10:00a.m. to 11:00 a.m. East African Time";
    public static readonly DateOnly Date = new(2021, 6, 8);
    public static readonly TimeOnly Start = new(10, 0);
    public static readonly TimeOnly End = new(11, 0);
    public const string TimeZoneId = "Africa/Nairobi";

    public static readonly IReadOnlyList<string> Present = ["KE", "FR", "CN"];
    public static readonly IReadOnlyList<string> Apologies = ["PL", "MX"];
    public const string AttendanceLineAsPrinted = "The following members attended the meeting: Kenya, France, China";
    public const string ApologiesLineAsPrinted = "The following members send their apologies: Poland, Mexico"; // house style: "sent"

    public static readonly IReadOnlyList<string> ColumnHeaders = ["Agenda Items", "Comments", "Discussion"];
    public const string ResponsesLeadInAsPrinted = "In response of the views expressed, the Secretariat responded the following:";

    // ---- Rows ----------------------------------------------------------------------------------------------
    public static readonly IReadOnlyList<TabularRowData> Rows =
    [
        new(1, "Implementation of action points from previous informal contact group",
            [
                new("Newsletter updates from Member States",
                [
                    "Monthly updates now carry stories on two completed projects.",
                    "The Urban Impact newsletter covers a wider range of content through links.",
                ]),
                new("Website and report dissemination improvements",
                [
                    "Stories are being written in plainer language, helped by writer feedback and revised guidelines.",
                    "Publication download and view counters were repaired and abstracts improved.",
                    "Web pages, core messages and launch events for major reports were put in order.",
                    "The publication committee secures resources for report launches and publicity.",
                ]),
                new("Increased websites and social platform outreach",
                [
                    "Outreach through the website and social media has grown.",
                    "Website search was improved, and page views rose by 85%.",
                    "Each month 25–30 web stories are produced across all regions.",
                    "Social media keeps growing: 113,000 Twitter and 126,000 Facebook followers.",
                ]),
                new("Donate Now Button",
                [
                    "Donors will be able to give to a region in humanitarian crisis, piloted with the Arab region.",
                ]),
            ],
            [
                new(null, "praised the newsletter for keeping States informed of programmes and upcoming events.", Subject: "Members"),
                new(null, "Enquired whether the Urban Impact Newsletter had brought UN-Habitat feedback or partnerships."),
                new(null, "Acknowledged the difficulties with the Donate Now button and asked about its granularity."),
                new(null, "Encouraged tying newsletter content to progress on the annual work programmes."),
                new(null, "Encouraged reporting Donate Now donations and their frequency in newsletters, reports or meetings."),
                new(null, "Encouraged branches to record monthly progress and pass it to the governing bodies secretariat for Member States."),
                new(null, "Stressed that the Cities and Pandemics report should be translated into the other official UN languages."),
                new(null, "Encouraged hashtags and Kenyan media channels to build interest in the coming CPR meeting and UN-Habitat's work."),
            ],
            [
                "Reported that the Urban Impact newsletter had brought new partners to the advocacy unit.",
                "Said granularity is addressed by regional Donate Now pilots; donations are small and impact will be reported to partners.",
                "Welcomed Member States' hashtag suggestions and will coordinate media and hashtags with Kenya.",
                "Said a brief action plan for Kenya, focused on June, was being prepared.",
            ],
            null),

        new(2, "UN-Habitat Communications Priorities and Updates",
            [
                // Five bullets: the fifth continues on the next page before "2) COVID-19".
                new("Urban Climate Action which presents a niche for UN-Habitat",
                [
                    "The ClimateAction4Cities campaign started, offering 18 solutions on the Urban Agenda Platform.",
                    "Urban October pairs mitigation with World Habitat Day and adaptation with World Cities Day, plus Innovate4Cities.",
                    "Member States were asked to get partners and cities to nominate for the Scroll of Honour by 8 August 2021.",
                    "The Executive Director named Turkey's First Lady a Waste Wise Cities champion.",
                    "Further events: World Environment Day, Waste Wise Cities in Karachi, World Bicycle Day and an adaptation op-ed.",
                ]),
                new("COVID-19",
                [
                    "The Cities and Pandemics report was launched in March.",
                    "A regional launch with ROLAC is set for 18 June 2021 with the mayors of Bogota and Mexico.",
                    "An op-ed on the report ran with the Thomson Reuters Foundation.",
                    "Data and tracking platforms are being widely shared.",
                ]),
                new("Maximizing visibility",
                [
                    "The Executive Director's trips, now Turkey, Iraq and Lebanon, received strong local coverage.",
                    "Housing and VLRs are promoted through speeches and communication focal points.",
                    "Communications around the CPR were stepped up, including the General Assembly President's visits.",
                ]),
                new("Countdown to WUF 11",
                [
                    "The theme was announced and launched in Katowice, with branding developed and momentum building.",
                ]),
                new("Focus on Africa",
                [
                    "Storytelling on work in Kenya was improved and widened to raise awareness.",
                    "Footballer Blaise Matuidi became the new goodwill Ambassador for Africa.",
                    "The Executive Director's visits to Morocco, Cameroon and Burkina Faso drew high attention.",
                ]),
            ],
            [
                new(null, "Encouraged ties with international press, asked about French-language media for francophone Africa, and suggested an op-ed with Blaise Matuidi."),
            ],
            [
                "Will widen media targets, admitted a gap in French-language outlets, welcomed the op-ed idea and will consult France.",
            ],
            null),

        // Title printed across a page break: "UN-Habitat Upcoming Key" … "Communication Opportunities".
        new(3, "UN-Habitat Upcoming Key Communication Opportunities",
            [
                new("UN-Habitat set out its calendar of key communication events for 2021.", [], Numbered: false),
                new("For 2022 and 2023, momentum will continue through New York events, Urban October and WUF 11.", [], Numbered: false),
            ],
            [
                new(null, "Asked how UN-Habitat would engage in the listed multilateral events, citing COP meetings as a visibility example."),
                new(null, "Suggested UN-Habitat proactively offer to join global events with urban themes to promote its work."),
            ],
            [
                "Noted the climate task force keeps its own climate calendar covering COP meetings, apart from this one.",
                "Said UN-Habitat routinely contacts partners to take part in their events, including as speakers.",
                "Stressed UN-Habitat's active COP role with the Executive Director attending; past COP reporting to be mirrored at the 2023 Assembly.",
            ],
            null,
            Calendar:
            [
                new(2021, "12 June", "Rome", "G20 Urban 20 Summit"),
                new(2021, "15 – 16 June", "Virtual", "European Development Days climate theme"),
                new(2021, "21 – 25 June", null, "Ministerial thematic forums for High Level Dialogue on Energy"),
                new(2021, "20-24 Jun", "Singapore", "World Cities Summit 2021"),
                new(2021, "26 June", "Global", "One year to opening of WUF11"),
                new(2021, "29 June-1 July", "Nairobi", "High Level mid term review meeting of the CPR"),
                new(2021, "?", "NY", "The Future of Cities UNSG speech"),
                new(2021, "6-15 Jul", "Virtual/NY", "High Level Political Forum"),
                new(2021, "6-9 July", "Yokohama", "Asia Pacific Climate Week"),
                new(2021, "12 Aug", "TBC", "International Youth Day"),
                new(2021, "19 Aug", null, "World Humanitarian Day (OCHA)"),
                new(2021, "23-27 Aug", "Virtual", "World Water Week"),
                new(2021, "24 Aug-5 Sep", "Tokyo", "Tokyo Olympics"),
                new(2021, "15-30 Sep", "NYC", "UN 76 th General Assembly (UNGA)"),
                new(2021, "Sep (TBC)", "NYC", "General Assembly High-Level Dialogue on Energy (HLD)"),
                new(2021, "1 Oct", "Dubai", "World Expo 2020 (Until 31 Mar 2022)"),
                new(2021, "4 Oct", "Global", "World Habitat Day 2021 (WHD)"),
                new(2021, "11 - 24 Oct", "Kunming China", "UN Biodiversity Conference"),
                new(2021, "11 – 15 Oct", "Virtual", "Innovate4cities conference"),
                new(2021, "24 Oct", "Global", "United Nations 76 Anniversary"),
                new(2021, "27-29 Oct", "Virtual", "GWOPA 4 th Congress"),
                new(2021, "30-31 Oct", "Rome, Italy", "G20 Leaders' Summit 2021"),
                new(2021, "31 Oct", "Global", "World Cities Day 2021 (WCD)"),
                new(2021, "1-12 Nov", "Glasgow UK", "UN Climate Conference (UNFCCC COP 26)"),
                new(2021, "6-7 Nov", "TBC", "WHO Global Conference on Health and Climate Change"),
                new(2021, "19 Nov", "Global", "World Toilet Day"),
                new(2021, "25 Nov", "Global", "Int Day for Elimination of Violence against Women"),
                new(2022, "April", null, "GA-High Level meeting on the Review of the Implementation of the New Urban Agenda"),
                new(2022, "April", null, "Africities, Kisumu"),
                new(2022, "26-30 June", null, "WUF 11, Katowice"),
                new(2022, "June", null, "State of the World Cities Report"),
                new(2022, null, null, "UNSG Quadrennial Report"),
                new(2022, "October", null, "Urban October"),
                new(2023, "June", null, "UN-Habitat Assembly"),
            ]),

        // Unnumbered row; its views (one paragraph of three sentences) and responses are printed in the Comments
        // column under a sub-heading, and its Discussion cell is empty.
        new(null, "Other recommendations by Member States",
            [
                new("Relationship and Engagement Between UNEP and UN-Habitat", [], Numbered: false),
            ],
            [
                new(null, "sought clarity on UN-Habitat's ties with UNEP, urged joint programmes, and asked about UNEA and a joint Assembly event.", Subject: "Members of the Group"),
            ],
            [
                "Called the UNEP relationship solid, citing Geo for Cities, Blue Economy and joint reporting that built urban biodiversity capacity.",
                "Said Bureau members may propose a joint UNEP activity item for the Board agenda, raising awareness of joint work.",
            ],
            null,
            ViewsInCommentsColumn: true),

        // AOB: the views are printed as bullets in the Comments column; Discussion holds "Noted".
        new(null, "Any Other Business (A.O.B)",
            [],
            [
                new("FR", "thanked the group and said goodbye as her term draws to a close."),
                new(null, "also thanked France for her valuable contributions.", Subject: "The member states and Secretariat"),
                new("CN", "also urged UN-Habitat to maintain an expert pool, including departing group members."),
            ],
            [],
            "Noted",
            ViewsInCommentsColumn: true),

        // Next meeting: the Agenda Items cell is empty.
        new(null, null,
            [
                new("The group will meet next once Urban October is over.", [], Numbered: false),
            ],
            [],
            [],
            "Agreed"),
    ];
}
