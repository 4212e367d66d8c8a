namespace UnHabitat.Meetings.Generator;

/// <summary>
/// The words of the generated records: subjects a Secretariat's governing bodies discuss year after year, and
/// short sentences in each official language for the documents' language versions (so that searching in
/// Arabic, Chinese or Russian has real words to find). Written for this generator, not taken from documents.
/// </summary>
internal static class Texts
{
    public static readonly string[] Subjects =
    [
        "the housing platform", "the Donate Now button", "the SURGe Initiative", "the strategic plan",
        "the programme budget", "the resource mobilization strategy", "the Urban October campaign",
        "the World Urban Forum", "adequate housing for all", "people-centred smart cities",
        "the New Urban Agenda", "urban-rural linkages", "safer cities", "the Cities Investment Facility",
        "the evaluation of the country programmes", "the audit recommendations", "the gender equality marker",
        "the staffing table", "the Foundation non-earmarked contributions", "the partnership strategy",
        "climate action in informal settlements", "land tenure security", "the global urban monitoring framework",
        "the voluntary local reviews", "the communications plan", "the website in the six languages",
    ];

    public static readonly string[] Verbs =
    [
        "welcomed the update on", "asked for more detail on", "expressed concern about", "supported",
        "requested a written briefing on", "thanked the Secretariat for its work on", "asked about the timeline of",
        "proposed to revisit", "noted progress on", "called for more transparency on",
    ];

    public static readonly string[] Answers =
    [
        "The Secretariat explained that a written note on {0} would be circulated before the next meeting.",
        "The Secretariat said that {0} was on track and that figures would be in the quarterly report.",
        "In response, the Secretariat recalled the decision of the Executive Board on {0}.",
        "The Secretariat undertook to consult the Member States on {0} before the end of the year.",
    ];

    public static readonly string[] AgendaItems =
    [
        "Adoption of the provisional agenda", "Report of the Executive Director", "Financial, budgetary and administrative matters",
        "Implementation of the resolutions of the Assembly", "Normative and operational activities", "Preparations for the next session",
        "Evaluation reports", "Partnerships and resource mobilization", "Any other business",
    ];

    /// <summary>Words of each official language, put together into the text of a language version.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Words = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["en"] = ["housing", "cities", "sustainable", "report", "budget", "climate", "land", "urban planning", "resilience", "informal settlements", "municipal finance", "public space"],
        ["fr"] = ["logement", "villes", "durable", "rapport", "budget", "climat", "foncier", "urbanisme", "résilience", "quartiers informels", "finances municipales", "espace public"],
        ["es"] = ["vivienda", "ciudades", "sostenible", "informe", "presupuesto", "clima", "tierra", "planificación urbana", "resiliencia", "asentamientos informales", "finanzas municipales", "espacio público"],
        ["ru"] = ["жильё", "города", "устойчивое", "доклад", "бюджет", "климат", "земля", "градостроительство", "устойчивость", "неформальные поселения", "муниципальные финансы", "общественное пространство"],
        ["ar"] = ["الإسكان", "المدن", "المستدامة", "التقرير", "الميزانية", "المناخ", "الأراضي", "التخطيط الحضري", "القدرة على الصمود", "المستوطنات غير الرسمية", "المالية البلدية", "الأماكن العامة"],
        ["zh"] = ["住房", "城市", "可持续", "报告", "预算", "气候", "土地", "城市规划", "韧性", "非正规住区", "市政财政", "公共空间"],
    };

    public static string Sentence(Random random, string language, string symbol)
    {
        var words = Words[language];
        var picked = Enumerable.Range(0, 8).Select(_ => words[random.Next(words.Length)]);
        var separator = language == "zh" ? "，" : language == "ar" ? "، " : ", ";
        return $"{symbol}: {string.Join(separator, picked)}.";
    }

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
