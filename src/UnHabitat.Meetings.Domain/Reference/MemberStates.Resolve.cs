using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace UnHabitat.Meetings.Domain.Reference;

/// <summary>
/// Reading a State as people type it: the ISO alpha-2 or alpha-3 code, the United Nations name, or one of
/// the short forms used in meetings ("USA", "UK", "Turkey", "Cote d'Ivoire", "DR Congo"). The one place
/// where typed text becomes a State, for the pages and the API alike; the record keeps the alpha-2 code.
/// </summary>
public static partial class MemberStates
{
    /// <summary>ISO 3166-1 alpha-3 code of each State, by its alpha-2 code.</summary>
    private static readonly FrozenDictionary<string, string> Alpha3ByCode = new Dictionary<string, string>
    {
        ["DZ"] = "DZA", ["AO"] = "AGO", ["BJ"] = "BEN", ["BW"] = "BWA", ["BF"] = "BFA", ["BI"] = "BDI", ["CV"] = "CPV", ["CM"] = "CMR",
        ["CF"] = "CAF", ["TD"] = "TCD", ["KM"] = "COM", ["CG"] = "COG", ["CI"] = "CIV", ["CD"] = "COD", ["DJ"] = "DJI", ["EG"] = "EGY",
        ["GQ"] = "GNQ", ["ER"] = "ERI", ["SZ"] = "SWZ", ["ET"] = "ETH", ["GA"] = "GAB", ["GM"] = "GMB", ["GH"] = "GHA", ["GN"] = "GIN",
        ["GW"] = "GNB", ["KE"] = "KEN", ["LS"] = "LSO", ["LR"] = "LBR", ["LY"] = "LBY", ["MG"] = "MDG", ["MW"] = "MWI", ["ML"] = "MLI",
        ["MR"] = "MRT", ["MU"] = "MUS", ["MA"] = "MAR", ["MZ"] = "MOZ", ["NA"] = "NAM", ["NE"] = "NER", ["NG"] = "NGA", ["RW"] = "RWA",
        ["ST"] = "STP", ["SN"] = "SEN", ["SC"] = "SYC", ["SL"] = "SLE", ["SO"] = "SOM", ["ZA"] = "ZAF", ["SS"] = "SSD", ["SD"] = "SDN",
        ["TG"] = "TGO", ["TN"] = "TUN", ["UG"] = "UGA", ["TZ"] = "TZA", ["ZM"] = "ZMB", ["ZW"] = "ZWE",
        ["AF"] = "AFG", ["BH"] = "BHR", ["BD"] = "BGD", ["BT"] = "BTN", ["BN"] = "BRN", ["KH"] = "KHM", ["CN"] = "CHN", ["CY"] = "CYP",
        ["KP"] = "PRK", ["FJ"] = "FJI", ["IN"] = "IND", ["ID"] = "IDN", ["IR"] = "IRN", ["IQ"] = "IRQ", ["JP"] = "JPN", ["JO"] = "JOR",
        ["KZ"] = "KAZ", ["KI"] = "KIR", ["KW"] = "KWT", ["KG"] = "KGZ", ["LA"] = "LAO", ["LB"] = "LBN", ["MY"] = "MYS", ["MV"] = "MDV",
        ["MH"] = "MHL", ["FM"] = "FSM", ["MN"] = "MNG", ["MM"] = "MMR", ["NR"] = "NRU", ["NP"] = "NPL", ["OM"] = "OMN", ["PK"] = "PAK",
        ["PW"] = "PLW", ["PG"] = "PNG", ["PH"] = "PHL", ["QA"] = "QAT", ["KR"] = "KOR", ["WS"] = "WSM", ["SA"] = "SAU", ["SG"] = "SGP",
        ["SB"] = "SLB", ["LK"] = "LKA", ["SY"] = "SYR", ["TJ"] = "TJK", ["TH"] = "THA", ["TL"] = "TLS", ["TO"] = "TON", ["TM"] = "TKM",
        ["TV"] = "TUV", ["AE"] = "ARE", ["UZ"] = "UZB", ["VU"] = "VUT", ["VN"] = "VNM", ["YE"] = "YEM",
        ["AL"] = "ALB", ["AM"] = "ARM", ["AZ"] = "AZE", ["BY"] = "BLR", ["BA"] = "BIH", ["BG"] = "BGR", ["HR"] = "HRV", ["CZ"] = "CZE",
        ["EE"] = "EST", ["GE"] = "GEO", ["HU"] = "HUN", ["LV"] = "LVA", ["LT"] = "LTU", ["ME"] = "MNE", ["MK"] = "MKD", ["PL"] = "POL",
        ["MD"] = "MDA", ["RO"] = "ROU", ["RU"] = "RUS", ["RS"] = "SRB", ["SK"] = "SVK", ["SI"] = "SVN", ["UA"] = "UKR",
        ["AG"] = "ATG", ["AR"] = "ARG", ["BS"] = "BHS", ["BB"] = "BRB", ["BZ"] = "BLZ", ["BO"] = "BOL", ["BR"] = "BRA", ["CL"] = "CHL",
        ["CO"] = "COL", ["CR"] = "CRI", ["CU"] = "CUB", ["DM"] = "DMA", ["DO"] = "DOM", ["EC"] = "ECU", ["SV"] = "SLV", ["GD"] = "GRD",
        ["GT"] = "GTM", ["GY"] = "GUY", ["HT"] = "HTI", ["HN"] = "HND", ["JM"] = "JAM", ["MX"] = "MEX", ["NI"] = "NIC", ["PA"] = "PAN",
        ["PY"] = "PRY", ["PE"] = "PER", ["KN"] = "KNA", ["LC"] = "LCA", ["VC"] = "VCT", ["SR"] = "SUR", ["TT"] = "TTO", ["UY"] = "URY",
        ["VE"] = "VEN",
        ["AD"] = "AND", ["AU"] = "AUS", ["AT"] = "AUT", ["BE"] = "BEL", ["CA"] = "CAN", ["DK"] = "DNK", ["FI"] = "FIN", ["FR"] = "FRA",
        ["DE"] = "DEU", ["GR"] = "GRC", ["IS"] = "ISL", ["IE"] = "IRL", ["IL"] = "ISR", ["IT"] = "ITA", ["LI"] = "LIE", ["LU"] = "LUX",
        ["MT"] = "MLT", ["MC"] = "MCO", ["NL"] = "NLD", ["NZ"] = "NZL", ["NO"] = "NOR", ["PT"] = "PRT", ["SM"] = "SMR", ["ES"] = "ESP",
        ["SE"] = "SWE", ["CH"] = "CHE", ["TR"] = "TUR", ["GB"] = "GBR", ["US"] = "USA",
        ["VA"] = "VAT", ["PS"] = "PSE",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The short forms heard in meetings and seen in old documents, beside the United Nations names.</summary>
    private static readonly (string Code, string[] Aliases)[] ShortForms =
    [
        ("US", ["United States", "America", "U.S."]),
        ("GB", ["United Kingdom", "UK", "U.K.", "Great Britain", "Britain"]),
        ("TR", ["Turkey", "Republic of Türkiye"]),
        ("CI", ["Ivory Coast"]),
        ("RU", ["Russia"]),
        ("IR", ["Iran", "Islamic Republic of Iran"]),
        ("NL", ["Netherlands", "Holland", "Kingdom of the Netherlands"]),
        ("BO", ["Bolivia"]),
        ("VE", ["Venezuela"]),
        ("TZ", ["Tanzania"]),
        ("SY", ["Syria"]),
        ("LA", ["Laos", "Lao PDR"]),
        ("VN", ["Vietnam"]),
        ("KR", ["South Korea", "Korea, Republic of", "ROK"]),
        ("KP", ["North Korea", "DPRK", "Korea, Democratic People's Republic of"]),
        ("CG", ["Republic of the Congo", "Congo-Brazzaville", "Congo Brazzaville"]),
        ("CD", ["DR Congo", "DRC", "D.R. Congo", "Democratic Republic of Congo", "Congo-Kinshasa", "Congo Kinshasa"]),
        ("MD", ["Moldova"]),
        ("FM", ["Micronesia"]),
        ("CZ", ["Czech Republic"]),
        ("MK", ["Macedonia"]),
        ("SZ", ["Swaziland"]),
        ("CV", ["Cape Verde"]),
        ("BN", ["Brunei"]),
        ("TL", ["East Timor"]),
        ("MM", ["Burma"]),
        ("CN", ["People's Republic of China", "PRC"]),
        ("AE", ["UAE", "Emirates"]),
        ("KN", ["Saint Kitts", "St Kitts and Nevis"]),
        ("LC", ["St Lucia"]),
        ("VC", ["Saint Vincent", "St Vincent and the Grenadines"]),
        ("VA", ["Vatican", "Vatican City"]),
        ("PS", ["Palestine"]),
    ];

    /// <summary>Every way of writing a State, reduced by <see cref="Key"/>: codes, names and short forms.</summary>
    // Built on first use: the catalogue in the other part of this class must be there first.
    private static FrozenDictionary<string, MemberState>? _byWriting;

    private static FrozenDictionary<string, MemberState> ByWriting => _byWriting ??= BuildWritings();

    /// <summary>The ISO 3166-1 alpha-3 code of the State with this alpha-2 code ("KEN" for "KE").</summary>
    internal static string Alpha3Of(string code) => Alpha3ByCode[code];

    /// <summary>The short forms a State is also known by, for the picker's suggestions.</summary>
    public static IReadOnlyList<string> ShortFormsOf(MemberState state) =>
        [.. ShortForms.Where(s => s.Code == state.Code).SelectMany(s => s.Aliases)];

    /// <summary>
    /// The State meant by what was typed: its alpha-2 or alpha-3 code (any case), its name or a usual short
    /// form (accents, case, punctuation and a leading "the" do not matter), or the picker's "Kenya (KE)".
    /// </summary>
    /// <returns>The State, or <see langword="null"/> when the text names none: it is never guessed.</returns>
    public static MemberState? Resolve(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var typed = text.Trim();
        // "Iran (Islamic Republic of) (IR)" as the picker offers it: the code in the last brackets decides.
        var open = typed.LastIndexOf('(');
        if (open > 0 && typed.EndsWith(')'))
        {
            var inBrackets = typed[(open + 1)..^1].Trim();
            if (inBrackets.Length is 2 or 3 && ByWriting.TryGetValue(Key(inBrackets), out var coded) && IsCode(inBrackets, coded))
            {
                return coded;
            }
        }

        return ByWriting.GetValueOrDefault(Key(typed));
    }

    /// <summary>The alpha-2 code the record keeps for what was typed; unknown text is returned as it came, for the validator to refuse.</summary>
    public static string Canonical(string text) => Resolve(text)?.Code ?? text.Trim().ToUpperInvariant();

    private static bool IsCode(string text, MemberState state) =>
        string.Equals(text, state.Code, StringComparison.OrdinalIgnoreCase) || string.Equals(text, state.Alpha3, StringComparison.OrdinalIgnoreCase);

    /// <summary>Lower case letters only, accents removed, without a leading "the": "Côte d'Ivoire" and "cote divoire" meet.</summary>
    private static string Key(string text)
    {
        var decomposed = text.Trim().Normalize(NormalizationForm.FormD);
        var key = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (char.IsLetter(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                key.Append(char.ToLowerInvariant(c));
            }
            else if (c == '&')
            {
                key.Append("and");
            }
        }

        var result = key.ToString();
        return text.TrimStart().StartsWith("the ", StringComparison.OrdinalIgnoreCase) && result.Length > 3 ? result[3..] : result;
    }

    private static FrozenDictionary<string, MemberState> BuildWritings()
    {
        var writings = new Dictionary<string, MemberState>(StringComparer.Ordinal);
        void Add(string writing, MemberState state)
        {
            var key = Key(writing);
            // Two States may never share a writing: that would be a guess.
            if (writings.TryGetValue(key, out var other) && other.Code != state.Code)
            {
                throw new InvalidOperationException($"\"{writing}\" would name both {other.Name} and {state.Name}.");
            }

            writings[key] = state;
        }

        foreach (var state in Data)
        {
            Add(state.Code, state);
            Add(Alpha3ByCode[state.Code], state);
            Add(state.Name, state);
        }

        foreach (var (code, aliases) in ShortForms)
        {
            foreach (var alias in aliases)
            {
                Add(alias, ByCode[code]);
            }
        }

        return writings.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
