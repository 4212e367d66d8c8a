using System.Globalization;
using System.Text.RegularExpressions;
using UnHabitat.Meetings.Domain.Documents;

namespace UnHabitat.Meetings.Domain.Resolutions;

/// <summary>
/// How text refers to a resolution or decision: "resolution 2/7" for <c>HSP/HA.2/RES.7</c>, "decision 2024/3"
/// for <c>HSP/EB.2024/DEC.3</c>. The canonical form (<see cref="ToString"/>) is what links a meeting's topic
/// to the resolution it names.
/// </summary>
public sealed partial record ResolutionReference(ResolutionKind Kind, int Series, int Number)
{
    /// <summary>The symbol series that hold resolutions and decisions.</summary>
    public const string ResolutionSeries = "RES";
    public const string DecisionSeries = "DEC";

    /// <summary>
    /// The reference a symbol stands for: <c>HSP/HA.2/RES.7</c> is resolution 2/7. Null when the symbol is not
    /// in the RES or DEC series, or carries a suffix (a corrigendum is not a resolution of its own).
    /// </summary>
    public static ResolutionReference? FromSymbol(DocumentSymbol symbol)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        var kind = symbol.Kind switch
        {
            ResolutionSeries => ResolutionKind.Resolution,
            DecisionSeries => ResolutionKind.Decision,
            _ => (ResolutionKind?)null,
        };
        return kind is null || symbol.Suffixes.Count > 0
            ? null
            : new ResolutionReference(kind.Value, int.Parse(symbol.Series, NumberStyles.None, CultureInfo.InvariantCulture), symbol.Number);
    }

    /// <summary>
    /// The first resolution or decision a topic names: "Resolution 2/7 - Adequate housing for all",
    /// "resolution 2/7", "Res. 2/7", "Decision 2024/3". Null when it names none.
    /// </summary>
    public static ResolutionReference? FindIn(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var match = Mention().Match(text);
        if (!match.Success
            || !int.TryParse(match.Groups["series"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var series)
            || !int.TryParse(match.Groups["number"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || series < 1 || number < 1)
        {
            return null;
        }

        var kind = match.Groups["word"].Value.StartsWith("d", StringComparison.OrdinalIgnoreCase) ? ResolutionKind.Decision : ResolutionKind.Resolution;
        return new ResolutionReference(kind, series, number);
    }

    /// <summary>"Resolution 2/7", to start a sentence or a heading.</summary>
    public string Capitalised => Kind == ResolutionKind.Resolution
        ? string.Create(CultureInfo.InvariantCulture, $"Resolution {Series}/{Number}")
        : string.Create(CultureInfo.InvariantCulture, $"Decision {Series}/{Number}");

    /// <summary>The canonical form, as running text writes it: "resolution 2/7", "decision 2024/3".</summary>
    public override string ToString() => Kind == ResolutionKind.Resolution
        ? string.Create(CultureInfo.InvariantCulture, $"resolution {Series}/{Number}")
        : string.Create(CultureInfo.InvariantCulture, $"decision {Series}/{Number}");

    // "Resolution 2/7", "res. 2/7", "Res 2/7", "decision 2024/3", "dec. 2/1"; not "resolutions" or "2/7/1".
    [GeneratedRegex(@"\b(?<word>resolution|res\.?|decision|dec\.?)(?![a-z])\s*(?<series>\d{1,4})\s*/\s*(?<number>\d{1,4})(?![\d/])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Mention();
}
