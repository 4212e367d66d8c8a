using System.Collections.Frozen;

namespace UnHabitat.Meetings.Domain.Reference;

/// <summary>
/// How running text names a State. The reference list keeps the list form for tables and sorting
/// ("Netherlands (Kingdom of the)"); a sentence uses the short form with its article ("the Netherlands"),
/// so the capitals of a journal read "THE NETHERLANDS urged …", never "NETHERLANDS (KINGDOM OF THE) urged …".
/// </summary>
public static class StateNames
{
    // Only the States whose sentence form differs from the list form; every other name reads as listed.
    private static readonly FrozenDictionary<string, string> InSentences = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["AE"] = "the United Arab Emirates",
        ["BO"] = "the Plurinational State of Bolivia",
        ["BS"] = "the Bahamas",
        ["CD"] = "the Democratic Republic of the Congo",
        ["CF"] = "the Central African Republic",
        ["CG"] = "the Congo",
        ["DO"] = "the Dominican Republic",
        ["FM"] = "the Federated States of Micronesia",
        ["GB"] = "the United Kingdom",
        ["GM"] = "the Gambia",
        ["IR"] = "the Islamic Republic of Iran",
        ["KM"] = "the Comoros",
        ["KP"] = "the Democratic People's Republic of Korea",
        ["KR"] = "the Republic of Korea",
        ["LA"] = "the Lao People's Democratic Republic",
        ["MD"] = "the Republic of Moldova",
        ["MH"] = "the Marshall Islands",
        ["MV"] = "the Maldives",
        ["NE"] = "the Niger",
        ["NL"] = "the Netherlands",
        ["PH"] = "the Philippines",
        ["PS"] = "the State of Palestine",
        ["RU"] = "the Russian Federation",
        ["SD"] = "the Sudan",
        ["SY"] = "the Syrian Arab Republic",
        ["TZ"] = "the United Republic of Tanzania",
        ["US"] = "the United States",
        ["VA"] = "the Holy See",
        ["VE"] = "the Bolivarian Republic of Venezuela",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>"the Netherlands", "France"; an unknown code is returned as given.</summary>
    public static string InSentence(string? code)
    {
        var key = code?.Trim().ToUpperInvariant() ?? "";
        return InSentences.TryGetValue(key, out var name) ? name : MemberStates.Find(key)?.Name ?? code ?? "";
    }

    /// <summary>"THE NETHERLANDS": the sentence form in the capitals of a journal or a named-in-capitals summary.</summary>
    public static string InCapitals(string? code) => InSentence(code).ToUpperInvariant();
}
