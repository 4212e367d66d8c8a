using System.Collections.Frozen;
using System.Collections.ObjectModel;
using static UnHabitat.Meetings.Domain.Reference.RegionalGroup;

namespace UnHabitat.Meetings.Domain.Reference;

/// <summary>
/// Reference catalogue of the 193 United Nations Member States and the two observer States,
/// with the names used at the United Nations and the regional groups used for elections.
/// </summary>
public static partial class MemberStates
{
    private static readonly MemberState[] Data =
    [
        // African Group (54).
        M("DZ", "Algeria", African),
        M("AO", "Angola", African),
        M("BJ", "Benin", African),
        M("BW", "Botswana", African),
        M("BF", "Burkina Faso", African),
        M("BI", "Burundi", African),
        M("CV", "Cabo Verde", African),
        M("CM", "Cameroon", African),
        M("CF", "Central African Republic", African),
        M("TD", "Chad", African),
        M("KM", "Comoros", African),
        M("CG", "Congo", African),
        M("CI", "Côte d'Ivoire", African),
        M("CD", "Democratic Republic of the Congo", African),
        M("DJ", "Djibouti", African),
        M("EG", "Egypt", African),
        M("GQ", "Equatorial Guinea", African),
        M("ER", "Eritrea", African),
        M("SZ", "Eswatini", African),
        M("ET", "Ethiopia", African),
        M("GA", "Gabon", African),
        M("GM", "Gambia", African),
        M("GH", "Ghana", African),
        M("GN", "Guinea", African),
        M("GW", "Guinea-Bissau", African),
        M("KE", "Kenya", African),
        M("LS", "Lesotho", African),
        M("LR", "Liberia", African),
        M("LY", "Libya", African),
        M("MG", "Madagascar", African),
        M("MW", "Malawi", African),
        M("ML", "Mali", African),
        M("MR", "Mauritania", African),
        M("MU", "Mauritius", African),
        M("MA", "Morocco", African),
        M("MZ", "Mozambique", African),
        M("NA", "Namibia", African),
        M("NE", "Niger", African),
        M("NG", "Nigeria", African),
        M("RW", "Rwanda", African),
        M("ST", "Sao Tome and Principe", African),
        M("SN", "Senegal", African),
        M("SC", "Seychelles", African),
        M("SL", "Sierra Leone", African),
        M("SO", "Somalia", African),
        M("ZA", "South Africa", African),
        M("SS", "South Sudan", African),
        M("SD", "Sudan", African),
        M("TG", "Togo", African),
        M("TN", "Tunisia", African),
        M("UG", "Uganda", African),
        M("TZ", "United Republic of Tanzania", African),
        M("ZM", "Zambia", African),
        M("ZW", "Zimbabwe", African),

        // Asia-Pacific Group (54 with Kiribati).
        M("AF", "Afghanistan", AsiaPacific),
        M("BH", "Bahrain", AsiaPacific),
        M("BD", "Bangladesh", AsiaPacific),
        M("BT", "Bhutan", AsiaPacific),
        M("BN", "Brunei Darussalam", AsiaPacific),
        M("KH", "Cambodia", AsiaPacific),
        M("CN", "China", AsiaPacific),
        M("CY", "Cyprus", AsiaPacific),
        M("KP", "Democratic People's Republic of Korea", AsiaPacific),
        M("FJ", "Fiji", AsiaPacific),
        M("IN", "India", AsiaPacific),
        M("ID", "Indonesia", AsiaPacific),
        M("IR", "Iran (Islamic Republic of)", AsiaPacific),
        M("IQ", "Iraq", AsiaPacific),
        M("JP", "Japan", AsiaPacific),
        M("JO", "Jordan", AsiaPacific),
        M("KZ", "Kazakhstan", AsiaPacific),
        M("KI", "Kiribati", AsiaPacific),
        M("KW", "Kuwait", AsiaPacific),
        M("KG", "Kyrgyzstan", AsiaPacific),
        M("LA", "Lao People's Democratic Republic", AsiaPacific),
        M("LB", "Lebanon", AsiaPacific),
        M("MY", "Malaysia", AsiaPacific),
        M("MV", "Maldives", AsiaPacific),
        M("MH", "Marshall Islands", AsiaPacific),
        M("FM", "Micronesia (Federated States of)", AsiaPacific),
        M("MN", "Mongolia", AsiaPacific),
        M("MM", "Myanmar", AsiaPacific),
        M("NR", "Nauru", AsiaPacific),
        M("NP", "Nepal", AsiaPacific),
        M("OM", "Oman", AsiaPacific),
        M("PK", "Pakistan", AsiaPacific),
        M("PW", "Palau", AsiaPacific),
        M("PG", "Papua New Guinea", AsiaPacific),
        M("PH", "Philippines", AsiaPacific),
        M("QA", "Qatar", AsiaPacific),
        M("KR", "Republic of Korea", AsiaPacific),
        M("WS", "Samoa", AsiaPacific),
        M("SA", "Saudi Arabia", AsiaPacific),
        M("SG", "Singapore", AsiaPacific),
        M("SB", "Solomon Islands", AsiaPacific),
        M("LK", "Sri Lanka", AsiaPacific),
        M("SY", "Syrian Arab Republic", AsiaPacific),
        M("TJ", "Tajikistan", AsiaPacific),
        M("TH", "Thailand", AsiaPacific),
        M("TL", "Timor-Leste", AsiaPacific),
        M("TO", "Tonga", AsiaPacific),
        M("TM", "Turkmenistan", AsiaPacific),
        M("TV", "Tuvalu", AsiaPacific),
        M("AE", "United Arab Emirates", AsiaPacific),
        M("UZ", "Uzbekistan", AsiaPacific),
        M("VU", "Vanuatu", AsiaPacific),
        M("VN", "Viet Nam", AsiaPacific),
        M("YE", "Yemen", AsiaPacific),

        // Eastern European Group (23).
        M("AL", "Albania", EasternEuropean),
        M("AM", "Armenia", EasternEuropean),
        M("AZ", "Azerbaijan", EasternEuropean),
        M("BY", "Belarus", EasternEuropean),
        M("BA", "Bosnia and Herzegovina", EasternEuropean),
        M("BG", "Bulgaria", EasternEuropean),
        M("HR", "Croatia", EasternEuropean),
        M("CZ", "Czechia", EasternEuropean),
        M("EE", "Estonia", EasternEuropean),
        M("GE", "Georgia", EasternEuropean),
        M("HU", "Hungary", EasternEuropean),
        M("LV", "Latvia", EasternEuropean),
        M("LT", "Lithuania", EasternEuropean),
        M("ME", "Montenegro", EasternEuropean),
        M("MK", "North Macedonia", EasternEuropean),
        M("PL", "Poland", EasternEuropean),
        M("MD", "Republic of Moldova", EasternEuropean),
        M("RO", "Romania", EasternEuropean),
        M("RU", "Russian Federation", EasternEuropean),
        M("RS", "Serbia", EasternEuropean),
        M("SK", "Slovakia", EasternEuropean),
        M("SI", "Slovenia", EasternEuropean),
        M("UA", "Ukraine", EasternEuropean),

        // Latin American and Caribbean Group (33).
        M("AG", "Antigua and Barbuda", LatinAmericanAndCaribbean),
        M("AR", "Argentina", LatinAmericanAndCaribbean),
        M("BS", "Bahamas", LatinAmericanAndCaribbean),
        M("BB", "Barbados", LatinAmericanAndCaribbean),
        M("BZ", "Belize", LatinAmericanAndCaribbean),
        M("BO", "Bolivia (Plurinational State of)", LatinAmericanAndCaribbean),
        M("BR", "Brazil", LatinAmericanAndCaribbean),
        M("CL", "Chile", LatinAmericanAndCaribbean),
        M("CO", "Colombia", LatinAmericanAndCaribbean),
        M("CR", "Costa Rica", LatinAmericanAndCaribbean),
        M("CU", "Cuba", LatinAmericanAndCaribbean),
        M("DM", "Dominica", LatinAmericanAndCaribbean),
        M("DO", "Dominican Republic", LatinAmericanAndCaribbean),
        M("EC", "Ecuador", LatinAmericanAndCaribbean),
        M("SV", "El Salvador", LatinAmericanAndCaribbean),
        M("GD", "Grenada", LatinAmericanAndCaribbean),
        M("GT", "Guatemala", LatinAmericanAndCaribbean),
        M("GY", "Guyana", LatinAmericanAndCaribbean),
        M("HT", "Haiti", LatinAmericanAndCaribbean),
        M("HN", "Honduras", LatinAmericanAndCaribbean),
        M("JM", "Jamaica", LatinAmericanAndCaribbean),
        M("MX", "Mexico", LatinAmericanAndCaribbean),
        M("NI", "Nicaragua", LatinAmericanAndCaribbean),
        M("PA", "Panama", LatinAmericanAndCaribbean),
        M("PY", "Paraguay", LatinAmericanAndCaribbean),
        M("PE", "Peru", LatinAmericanAndCaribbean),
        M("KN", "Saint Kitts and Nevis", LatinAmericanAndCaribbean),
        M("LC", "Saint Lucia", LatinAmericanAndCaribbean),
        M("VC", "Saint Vincent and the Grenadines", LatinAmericanAndCaribbean),
        M("SR", "Suriname", LatinAmericanAndCaribbean),
        M("TT", "Trinidad and Tobago", LatinAmericanAndCaribbean),
        M("UY", "Uruguay", LatinAmericanAndCaribbean),
        M("VE", "Venezuela (Bolivarian Republic of)", LatinAmericanAndCaribbean),

        // Western European and other States Group (29 with Israel, Türkiye and the United States of America).
        M("AD", "Andorra", WesternEuropeanAndOther),
        M("AU", "Australia", WesternEuropeanAndOther),
        M("AT", "Austria", WesternEuropeanAndOther),
        M("BE", "Belgium", WesternEuropeanAndOther),
        M("CA", "Canada", WesternEuropeanAndOther),
        M("DK", "Denmark", WesternEuropeanAndOther),
        M("FI", "Finland", WesternEuropeanAndOther),
        M("FR", "France", WesternEuropeanAndOther),
        M("DE", "Germany", WesternEuropeanAndOther),
        M("GR", "Greece", WesternEuropeanAndOther),
        M("IS", "Iceland", WesternEuropeanAndOther),
        M("IE", "Ireland", WesternEuropeanAndOther),
        M("IL", "Israel", WesternEuropeanAndOther),
        M("IT", "Italy", WesternEuropeanAndOther),
        M("LI", "Liechtenstein", WesternEuropeanAndOther),
        M("LU", "Luxembourg", WesternEuropeanAndOther),
        M("MT", "Malta", WesternEuropeanAndOther),
        M("MC", "Monaco", WesternEuropeanAndOther),
        M("NL", "Netherlands (Kingdom of the)", WesternEuropeanAndOther),
        M("NZ", "New Zealand", WesternEuropeanAndOther),
        M("NO", "Norway", WesternEuropeanAndOther),
        M("PT", "Portugal", WesternEuropeanAndOther),
        M("SM", "San Marino", WesternEuropeanAndOther),
        M("ES", "Spain", WesternEuropeanAndOther),
        M("SE", "Sweden", WesternEuropeanAndOther),
        M("CH", "Switzerland", WesternEuropeanAndOther),
        M("TR", "Türkiye", WesternEuropeanAndOther),
        M("GB", "United Kingdom of Great Britain and Northern Ireland", WesternEuropeanAndOther),
        M("US", "United States of America", WesternEuropeanAndOther),

        // Observer States belong to no group; they get one because lists show every State under a group.
        O("VA", "Holy See", WesternEuropeanAndOther),
        O("PS", "State of Palestine", AsiaPacific),
    ];

    private static readonly FrozenDictionary<string, MemberState> ByCode =
        Data.ToFrozenDictionary(state => state.Code, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every Member State and observer State, sorted by name (ordinal, ignoring case).</summary>
    public static IReadOnlyList<MemberState> All { get; } =
        new ReadOnlyCollection<MemberState>([.. Data.OrderBy(state => state.Name, StringComparer.OrdinalIgnoreCase)]);

    /// <summary>Finds a State by its ISO 3166-1 alpha-2 code, ignoring case and surrounding white space.</summary>
    /// <returns>The State, or <see langword="null"/> when the code is empty or unknown.</returns>
    public static MemberState? Find(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        return ByCode.GetValueOrDefault(code.Trim());
    }

    /// <summary>Whether the text names a Member State or observer State (code, name or short form: see <see cref="Resolve"/>).</summary>
    public static bool IsKnown(string? text) => Resolve(text) is not null;

    private static MemberState M(string code, string name, RegionalGroup group) => new(code, name, group, IsObserver: false);

    private static MemberState O(string code, string name, RegionalGroup group) => new(code, name, group, IsObserver: true);
}
