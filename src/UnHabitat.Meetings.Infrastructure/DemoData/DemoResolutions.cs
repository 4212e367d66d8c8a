using UnHabitat.Meetings.Domain.Bodies;
using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Domain.Documents;
using UnHabitat.Meetings.Domain.Resolutions;
using UnHabitat.Meetings.Infrastructure.Persistence;

namespace UnHabitat.Meetings.Infrastructure.DemoData;

/// <summary>A bullet of the briefing, in our own words, with the operative paragraphs the briefing names.</summary>
public sealed record DemoPoint(string Text, params string[] Ops);

public sealed record DemoMilestone(string Label, string Due, bool Achieved = false);

/// <summary>A resolution of the Assembly as the briefing of 21 March 2024 (seeds/001) reports on it.</summary>
public sealed record DemoResolution(
    string Symbol,
    int Year,
    string Title,
    int OperativeParagraphs,
    ImplementationStatus Status,
    DateOnly? EndsOn,
    IReadOnlyList<DemoPoint> Points,
    IReadOnlyList<DemoMilestone> Milestones,
    IReadOnlyList<string>? Units = null);

/// <summary>
/// The thirteen Assembly resolutions of the briefing to the 2024 first joint meeting of the Bureaux (seeds/001):
/// symbols, years, titles, the operative paragraphs each bullet names, statuses and the drafting timeline are the
/// briefing's; the bullets are short paraphrases. A resolution has as many operative paragraphs as the highest one
/// the briefing names (their texts are not in the reference documents). Also the fixture of the report tests.
/// </summary>
public static class DemoResolutions
{
    public const string Period = "2024 first joint meeting of the Bureaux";

    public static readonly DateOnly AsOf = new(2024, 3, 21);

    public static readonly IReadOnlyList<DemoResolution> All =
    [
        new("HSP/HA.1/RES.1", 2019, "United Nations Human Settlements Programme strategic plan for the period 2020–2023", 0, ImplementationStatus.Extended, new DateOnly(2025, 12, 31),
        [
            new("The strategic plan remains under implementation and was extended to 2025 by decision 2/1 of the Assembly (2023)."),
            new("The Office of Internal Oversight Services is finalizing the mid-term review of the strategic plan."),
        ], []),
        new("HSP/HA.1/RES.2", 2019, "United Nations System-Wide Guidelines on Safer Cities and Human Settlements", 7, ImplementationStatus.UnderImplementation, null,
        [
            new("A call for expressions of interest to host the Safer Cities Programme as a global centre of excellence is being discussed", "OP7"),
            new("Work continues with partners on an urban safety monitoring tool, e-learning modules on UN-Habitat Learn and the cities peer review and learning process", "OP3", "OP7"),
            new("Joint United Nations programming at country level is being piloted, for example in South Africa", "OP5"),
            new("Pilot activities are run jointly with UNODC, the Human Security Unit, UNOCT and the Office for Disarmament Affairs", "OP5"),
            new("Egypt is organizing a regional expert group meeting in Cairo in April 2024 on safer cities practices in Africa", "OP4"),
        ], []),
        new("HSP/HA.1/RES.3", 2019, "Enhancing capacity-building for the implementation of the New Urban Agenda and the urban dimension of the 2030 Agenda for Sustainable Development", 0, ImplementationStatus.UnderImplementation, null,
        [
            new("The New Urban Agenda Illustrated is available in five United Nations languages, with a crash course; UN-Habitat Learn offers 30 courses to more than 10,000 users."),
            new("Strategic capacity-building partnerships were expanded in 2023 and continue in 2024."),
            new("A framework for partnerships with academia and centres of knowledge is being developed."),
            new("New methods to measure capacity gaps of local and national governments are being explored."),
        ], []),
        new("HSP/HA.1/RES.4", 2019, "Achieving gender equality through the work of the United Nations Human Settlements Programme to support inclusive, safe, resilient and sustainable cities and human settlements", 5, ImplementationStatus.UnderImplementation, null,
        [
            new("Country and regional offices receive more support to raise their gender scores and include social inclusion in projects submitted to the project review committee", "OP1"),
            new("A Gender Champion Award was introduced; the winning projects from Palestine and Mozambique were shown on International Women's Day", "OP1"),
            new("The first draft of the Human Rights and Social Inclusion Handbook is complete", "OP2", "OP5"),
            new("The Advisory Group on Gender Issues is to be reconstituted in 2024 for joint planning of WUF12 events", "OP4"),
            new("The revision of the Environmental and Social Safeguards System will add gender-focused parameters", "OP1", "OP2"),
        ], [], ["Human Rights and Social Inclusion Unit"]),
        new("HSP/HA.1/RES.5", 2019, "Enhancing urban-rural linkages for sustainable urbanization and human settlements", 4, ImplementationStatus.UnderImplementation, null,
        [
            new("Three sessions of the international forum on urban-rural linkages were held with Songyang County, China", "OP3", "OP4"),
            new("Newsletters and case study compendiums share knowledge on urban-rural linkages", "OP3"),
            new("Research and policy reviews in five African countries led to a Center for Urban-Rural Linkages in Africa at the University of Nairobi", "OP1"),
            new("Twelve African countries were supported in bringing urban-rural linkages into national policies", "OP1"),
            new("Partnerships with governments, agencies and academia are to be strengthened", "OP4"),
        ], []),
        new("HSP/HA.2/RES.1", 2023, "International guidelines on people-centred smart cities", 5, ImplementationStatus.UnderImplementation, new DateOnly(2025, 5, 31),
        [
            new("The Global Experts Working Group meets every month online; two in-person meetings are confirmed for 2024 (Strasbourg and Baku)."),
            new("Regional consultations and a global assessment of smart city development (World Smart Cities Outlook) are under way."),
            new("Consultations with civil society, the private sector, local and regional governments, academia and other United Nations entities are being prepared."),
        ],
        [
            new("Zero draft", "2024-04"),
            new("First draft", "2024-06"),
            new("Second draft", "2024-08"),
            new("Third draft", "2024-10"),
            new("Final draft", "2024-11"),
        ]),
        new("HSP/HA.2/RES.2", 2023, "Accelerating the transformation of informal settlements and slums by 2030", 8, ImplementationStatus.UnderImplementation, null,
        [
            new("Technical support was provided on request to ten Member States", "OP6"),
            new("A sub-regional strategy framework for SADC countries and a partnership strategy with the Organization of African, Caribbean and Pacific States are being developed", "OP7"),
            new("An outline of a technical guideline on a multiple partnership approach to slum transformation was prepared", "OP8"),
            new("Data needs and methods for slum-related issues will be reviewed with the Adequate Housing Platform", "OP3 (c)", "OP3 (d)"),
        ], []),
        new("HSP/HA.2/RES.3", 2023, "World Cleanup Day", 6, ImplementationStatus.UnderImplementation, null,
        [
            new("On 8 December 2023 the General Assembly proclaimed 20 September World Cleanup Day (A/78/L.11)", "OP1", "OP5"),
            new("The General Assembly invited UN-Habitat to facilitate the observance, with costs met from voluntary contributions", "OP6"),
            new("Member States are being approached to mobilize resources for hosting and facilitating the day", "OP1"),
            new("Invitations to observe the day will go to all Member States and international organizations, and the day will be shown on the corporate website", "OP2"),
        ], []),
        new("HSP/HA.2/RES.4", 2023, "Biodiverse and resilient cities: mainstreaming biodiversity and ecosystem services into urban and territorial planning", 7, ImplementationStatus.UnderImplementation, null,
        [
            new("A toolkit on urban development for biodiverse and resilient cities is progressing, with a project in the San José Metropolitan Area supported by Costa Rica", "OP2", "OP7"),
            new("A regional expert group meeting in Latin America and the Caribbean shares practices for mainstreaming biodiversity in territorial planning", "OP2"),
        ], []),
        new("HSP/HA.2/RES.5", 2023, "Enhancing the interlinkage between urbanization and climate change resilience", 8, ImplementationStatus.UnderImplementation, null,
        [
            new("UN-Habitat co-chaired the first Local Climate Action Summit at COP28 and held the second Ministerial Meeting on Urbanization and Climate Change", "OP2"),
            new("Options for operationalizing the SURGe initiative were submitted to the Executive Board", "OP3"),
            new("Resources were mobilized for the RISE UP flagship programme in several countries", "OP4"),
            new("A task force prepares the accreditation to the Green Climate Fund", "OP7"),
            new("A UN-Habitat representative takes part in scoping the IPCC special report on cities and climate change", "OP1"),
        ], []),
        new("HSP/HA.2/RES.6", 2023, "Localization of the Sustainable Development Goals", 9, ImplementationStatus.UnderImplementation, null,
        [
            new("An action-oriented methodology for voluntary local reviews was launched and piloted in 13 countries", "OP2 (a)"),
            new("A capacity-building offer on SDG localization is piloted in five countries with the Local2030 Coalition", "OP2 (b)", "OP2 (c)", "OP2 (f)"),
            new("Eighty new cities applied the Global Urban Monitoring Framework", "OP4 (a)"),
            new("Engagement is planned at the regional forums, the HLPF, the Summit of the Future and WUF12", "OP2 (b)", "OP2 (d)"),
        ], []),
        new("HSP/HA.2/RES.7", 2023, "Adequate housing for all", 8, ImplementationStatus.UnderImplementation, null,
        [
            new("A needs assessment method for the Adequate Housing Platform was designed and is being applied", "OP1", "OP8"),
            new("A preliminary expert meeting on housing indicators was held", "OP1 (c)"),
            new("A draft agenda for the first session of the open-ended intergovernmental expert working group is presented to the Executive Board for approval", "OP2"),
            new("Options for the dates and duration of that first session are presented to the Executive Board", "OP7"),
        ],
        [
            new("Announcement of the date and venue of the first session of the working group", "2024-05"),
        ]),
        new("HSP/HA.2/RES.8", 2023, "Urban planning and sustainable infrastructure", 6, ImplementationStatus.UnderImplementation, null,
        [
            new("The Our City Plans platform is being extended with infrastructure tools, starting with urban mobility", "OP1"),
            new("Training on Our City Plans and technical assistance on integrated planning are offered globally and regionally", "OP6"),
            new("Links with the Cities Investment Facility and capital investment planning were established", "OP1 (a)", "OP5"),
            new("Member States are invited to assess their own needs in planning and infrastructure", "OP1", "OP2"),
        ], []),
    ];

    /// <summary>Adds the resolutions to the Assembly with their March 2024 updates.</summary>
    internal static void Add(MeetingsDbContext db, Body assembly, Actor officer, DateTimeOffset now)
    {
        foreach (var seed in All)
        {
            var symbol = DocumentSymbol.Parse(seed.Symbol);
            var resolution = new Resolution(Guid.NewGuid(), assembly.Id, symbol, seed.Title, ResolutionReference.FromSymbol(symbol)!.Series, seed.Year,
                seed.EndsOn is not null, seed.EndsOn,
                Enumerable.Range(1, seed.OperativeParagraphs).Select(n => new OperativeParagraph(new OperativeParagraphNumber(n), null)),
                seed.Units ?? [], []);
            resolution.Report(Period, AsOf, seed.Status,
                seed.Points.Select(p => new UpdatePoint(p.Text, p.Ops.Select(OperativeParagraphNumber.Parse))), [],
                seed.Milestones.Select(m => new Milestone(m.Label, PartialDate.Parse(m.Due), m.Achieved)), null, null, officer, now);
            db.Resolutions.Add(resolution);
        }
    }
}
