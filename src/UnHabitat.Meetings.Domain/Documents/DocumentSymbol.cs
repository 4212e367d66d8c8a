using System.Collections.ObjectModel;
using System.Globalization;
using System.Text;
using UnHabitat.Meetings.Domain.Common;

namespace UnHabitat.Meetings.Domain.Documents;

/// <summary>What a suffix added to a document symbol says about the document.</summary>
public enum SuffixKind
{
    /// <summary>A revision, <c>/Rev.n</c>: replaces the document.</summary>
    Rev,

    /// <summary>A corrigendum, <c>/Corr.n</c>: corrects part of the document.</summary>
    Corr,

    /// <summary>An addendum, <c>/Add.n</c>: adds to the document.</summary>
    Add,
}

/// <summary>One suffix of a document symbol, such as <c>Rev.1</c>.</summary>
public readonly record struct SymbolSuffix
{
    public SymbolSuffix(SuffixKind kind, int number)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "A suffix is Rev, Corr or Add.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        Kind = kind;
        Number = number;
    }

    public SuffixKind Kind { get; }

    public int Number { get; }

    /// <summary>The canonical form: <c>Rev.1</c>, <c>Corr.2</c>, <c>Add.3</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Kind}.{Number}");
}

/// <summary>
/// A UN-Habitat document symbol, read by the rules the UN publishes for its symbols (Dag Hammarskjöld Library,
/// "UN Documentation: document symbols"), narrowed to the forms UN-Habitat issues:
/// <code>
/// symbol    = prefix "/" organ session "/" number *( "/" suffix )
/// prefix    = letters *( "/" letters )                 HSP
/// organ     = letters *( "-" letters )                 EB, HA, OEWG-H, GC
/// session   = "." digits                               EB.2020, HA.2: year or session after a dot
///           | "/" digits    (Governing Council only)   HSP/GC/26/1: the GC's session after a slash, as issued
/// number    = digits                                   HSP/EB.2020/19
///           | dotted "." digits                        special series numbered after a dot: CRP.1, L.4, RES.5
///           | slashed "/" digits                       special series numbered after a slash: INF/2
/// dotted    = "CRP" | "DEC" | "HLS" | "L" | "PV" | "R" | "RES" | "SR" | "WP"
/// slashed   = "INF" | "NGO" | "PET"
/// suffix    = ( "Rev" | "Corr" | "Add" ) "." digits    /Rev.1, /Add.1/Rev.1 (chained in the order written)
/// </code>
/// The UN's special components are written either way (-/CRP. …, -/L. …, but -/INF/-, -/NGO/-, -/PET/-); UN-Habitat
/// numbers its resolutions and decisions after a dot (HSP/HA.2/RES.5) and the Assembly's high-level segment HLS.
/// Anything else (an unknown series, INF.2, a session after a slash for another organ) is refused with a message
/// saying what is wrong. Parsing is lenient about case and leading zeros only; two symbols are equal when their
/// canonical forms (<see cref="ToString"/>) are equal.
/// </summary>
public sealed record DocumentSymbol
{
    /// <summary>The example every error message starts from.</summary>
    public const string Example = "HSP/EB.2020/10/Rev.1";

    private const int MaxSeriesDigits = 4;
    private const int MaxNumberDigits = 6;
    private const int MaxKindLength = 10;

    /// <summary>Special series numbered after a dot (UN rule: -/CRP. …, -/L. …; UN-Habitat: RES., DEC., HLS.).</summary>
    private static readonly HashSet<string> DottedSeries = new(StringComparer.Ordinal) { "CRP", "DEC", "HLS", "L", "PV", "R", "RES", "SR", "WP" };

    /// <summary>Special series numbered after a slash (UN rule: -/INF/-, -/NGO/-, -/PET/-).</summary>
    private static readonly HashSet<string> SlashedSeries = new(StringComparer.Ordinal) { "INF", "NGO", "PET" };

    /// <summary>Organs whose session follows a slash: the Governing Council (HSP/GC/26/1), whose documents the Secretariat still cites.</summary>
    private static readonly HashSet<string> SessionAfterSlash = new(StringComparer.Ordinal) { "GC" };

    private readonly string _canonical;

    private DocumentSymbol(
        string prefix, string organ, string series, string? kind, int number, ReadOnlyCollection<SymbolSuffix> suffixes)
    {
        Prefix = prefix;
        Organ = organ;
        Series = series;
        Kind = kind;
        Number = number;
        Suffixes = suffixes;
        _canonical = Format(prefix, organ, series, kind, number, suffixes);
    }

    /// <summary>The part before the organ, e.g. <c>HSP</c> (may itself hold slashes, e.g. <c>HSP/HA</c>).</summary>
    public string Prefix { get; }

    /// <summary>The organ, upper case: <c>EB</c>, <c>HA</c>, <c>OEWG</c>.</summary>
    public string Organ { get; }

    /// <summary>The year (<c>2020</c>) or session number (<c>2</c>) after the organ.</summary>
    public string Series { get; }

    /// <summary>The special series inside the number part (<c>RES</c>, <c>HLS</c>, <c>DEC</c>, <c>INF</c>, <c>L</c>, <c>CRP</c> …); null for a plain number.</summary>
    public string? Kind { get; }

    /// <summary>The document number, 1 or more.</summary>
    public int Number { get; }

    /// <summary>The suffixes in the order they are written, e.g. Add.1 then Rev.1.</summary>
    public IReadOnlyList<SymbolSuffix> Suffixes { get; }

    /// <summary>The body's series, e.g. <c>HSP/EB.2020</c>: the symbols that share it share one run of numbers.</summary>
    public string SeriesPrefix => $"{Prefix}/{Organ}{SessionSeparator(Organ)}{Series}";

    /// <summary>The symbol without any suffix: <c>HSP/EB.2020/10</c> for <c>HSP/EB.2020/10/Add.1/Rev.1</c>.</summary>
    public DocumentSymbol Base =>
        Suffixes.Count == 0 ? this : new DocumentSymbol(Prefix, Organ, Series, Kind, Number, ReadOnlyCollection<SymbolSuffix>.Empty);

    /// <summary>True when the last suffix is a revision (<c>/Rev.n</c>).</summary>
    public bool IsRevision => LastSuffixIs(SuffixKind.Rev);

    /// <summary>True when the last suffix is a corrigendum (<c>/Corr.n</c>).</summary>
    public bool IsCorrigendum => LastSuffixIs(SuffixKind.Corr);

    /// <summary>True when the last suffix is an addendum (<c>/Add.n</c>).</summary>
    public bool IsAddendum => LastSuffixIs(SuffixKind.Add);

    /// <summary>Reads a symbol, refusing with a message that says what is wrong.</summary>
    /// <exception cref="FormatException">The text is not a valid symbol; the message explains why.</exception>
    public static DocumentSymbol Parse(string text)
    {
        if (!TryParse(text, out var symbol, out var error))
        {
            throw new FormatException(error);
        }

        return symbol;
    }

    /// <summary>
    /// Reads a symbol. Surrounding whitespace is ignored; the organ, prefix and series kind are upper-cased and
    /// the suffix words written Rev., Corr., Add. On failure <paramref name="error"/> tells the user what is wrong.
    /// </summary>
    public static bool TryParse(
        string? text,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DocumentSymbol? symbol,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? error)
    {
        var problem = Read(text?.Trim() ?? "", out var parsed);
        if (parsed is null)
        {
            symbol = null;
            error = $"A symbol looks like {Example}: {problem}";
            return false;
        }

        symbol = parsed;
        error = null;
        return true;
    }

    /// <summary>
    /// The symbol with the given number in a body's series: <c>InSeries("HSP/EB", "2020", 10)</c> is
    /// <c>HSP/EB.2020/10</c>.
    /// </summary>
    /// <param name="symbolPrefix">The body's symbol prefix, e.g. <c>HSP/EB</c>.</param>
    /// <param name="series">The year (<c>2020</c>) or session (<c>2</c>).</param>
    /// <param name="number">The document number, 1 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is less than 1.</exception>
    /// <exception cref="ArgumentException">The prefix and series do not make a valid symbol.</exception>
    public static DocumentSymbol InSeries(string symbolPrefix, string series, int number) =>
        InSeries(symbolPrefix, series, null, number);

    /// <summary>
    /// The symbol with the given number in a special series of a body's series:
    /// <c>InSeries("HSP/HA", "2", "RES", 5)</c> is <c>HSP/HA.2/RES.5</c>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is less than 1.</exception>
    /// <exception cref="ArgumentException">The parts do not make a valid symbol.</exception>
    public static DocumentSymbol InSeries(string symbolPrefix, string series, string? kind, int number)
    {
        ArgumentNullException.ThrowIfNull(symbolPrefix);
        ArgumentNullException.ThrowIfNull(series);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);

        var numberPart = kind is null
            ? number.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{kind}{NumberSeparator(kind.ToUpperInvariant())}{number}");
        var organ = symbolPrefix[(symbolPrefix.LastIndexOf('/') + 1)..].ToUpperInvariant();
        var text = $"{symbolPrefix}{SessionSeparator(organ)}{series}/{numberPart}";
        if (!TryParse(text, out var symbol, out var error) || symbol.Suffixes.Count > 0 || symbol.Number != number || symbol.Kind != kind?.ToUpperInvariant())
        {
            throw new ArgumentException(
                error ?? $"'{symbolPrefix}', '{series}' and '{numberPart}' do not make a symbol such as HSP/EB.2020/10.",
                nameof(symbolPrefix));
        }

        return symbol;
    }

    /// <summary>This symbol with one more suffix: <c>HSP/EB.2020/10</c> with Rev 1 is <c>HSP/EB.2020/10/Rev.1</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The kind is unknown or <paramref name="n"/> is less than 1.</exception>
    /// <exception cref="InvalidOperationException">The symbol would be longer than <see cref="Limits.Symbol"/> characters.</exception>
    public DocumentSymbol WithSuffix(SuffixKind kind, int n)
    {
        var suffix = new SymbolSuffix(kind, n);
        var suffixes = Array.AsReadOnly<SymbolSuffix>([.. Suffixes, suffix]);
        var symbol = new DocumentSymbol(Prefix, Organ, Series, Kind, Number, suffixes);
        if (symbol._canonical.Length > Limits.Symbol)
        {
            throw new InvalidOperationException(
                $"{_canonical}/{suffix} would be longer than the {Limits.Symbol} characters a symbol may have.");
        }

        return symbol;
    }

    /// <summary>The canonical form, e.g. <c>HSP/EB.2020/10/Rev.1</c>.</summary>
    public override string ToString() => _canonical;

    public bool Equals(DocumentSymbol? other) =>
        other is not null && string.Equals(_canonical, other._canonical, StringComparison.Ordinal);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_canonical);

    private bool LastSuffixIs(SuffixKind kind) => Suffixes.Count > 0 && Suffixes[^1].Kind == kind;

    private static string Format(
        string prefix, string organ, string series, string? kind, int number, IReadOnlyList<SymbolSuffix> suffixes)
    {
        var text = new StringBuilder()
            .Append(prefix).Append('/').Append(organ).Append(SessionSeparator(organ)).Append(series).Append('/');
        if (kind is not null)
        {
            text.Append(kind).Append(NumberSeparator(kind));
        }

        text.Append(number.ToString(CultureInfo.InvariantCulture));
        foreach (var suffix in suffixes)
        {
            text.Append('/').Append(suffix.ToString());
        }

        return text.ToString();
    }

    /// <summary>Reads the trimmed text; returns what is wrong (to follow "A symbol looks like …: "), or null.</summary>
    private static string? Read(string text, out DocumentSymbol? symbol)
    {
        symbol = null;
        if (text.Length == 0)
        {
            return "the symbol is empty.";
        }

        if (text.Length > Limits.Symbol)
        {
            return $"it can have at most {Limits.Symbol} characters, and this one has {text.Length}.";
        }

        if (text.Any(char.IsWhiteSpace))
        {
            return $"it must not contain spaces, and '{text}' does.";
        }

        var parts = text.Split('/');
        var organIndex = Array.FindIndex(parts, part => part.Contains('.', StringComparison.Ordinal));
        var slashOrgan = Array.FindIndex(parts, part => SessionAfterSlash.Contains(part.ToUpperInvariant()));
        var sessionAfterSlash = slashOrgan >= 1 && (organIndex < 0 || slashOrgan < organIndex)
            && slashOrgan + 1 < parts.Length && parts[slashOrgan + 1].Length > 0 && parts[slashOrgan + 1].All(char.IsAsciiDigit);
        if (sessionAfterSlash)
        {
            organIndex = slashOrgan;
        }
        else if (organIndex < 0)
        {
            return $"the organ must be followed by a dot and the year or session, as in EB.2020 or HA.2 (only the Governing Council's session follows a slash, as in HSP/GC/26/1), and '{text}' has no such part.";
        }

        if (organIndex == 0)
        {
            return $"it must start with a prefix such as HSP/ before '{parts[0]}'.";
        }

        var prefixParts = parts[..organIndex];
        foreach (var part in prefixParts)
        {
            if (part.Length == 0)
            {
                return "there is an empty part between two slashes before the organ.";
            }

            if (part.Any(char.IsAsciiDigit))
            {
                return $"the organ must be followed by a dot and the year or session, as in EB.2020 or HA.2, and '{string.Join('/', prefixParts)}' has none.";
            }

            if (!part.All(char.IsAsciiLetter))
            {
                return $"the prefix '{part}' must be letters only, as in HSP.";
            }
        }

        var prefix = string.Join('/', prefixParts).ToUpperInvariant();

        string organ;
        string series;
        int numberIndex;
        if (sessionAfterSlash)
        {
            organ = parts[organIndex];
            series = parts[organIndex + 1];
            numberIndex = organIndex + 2;
        }
        else
        {
            var organAndSeries = parts[organIndex];
            var dot = organAndSeries.IndexOf('.', StringComparison.Ordinal);
            organ = organAndSeries[..dot];
            series = organAndSeries[(dot + 1)..];
            numberIndex = organIndex + 1;
        }

        if (!IsOrgan(organ))
        {
            return $"the organ '{organ}' must be letters (groups may be joined by hyphens), as in EB, HA or OEWG.";
        }

        organ = organ.ToUpperInvariant();
        if (!TryReadPositive(series, MaxSeriesDigits, out var seriesNumber))
        {
            return $"after '{prefix}/{organ}{SessionSeparator(organ)}' must come the year or session as a number from 1 to 9999, as in EB.2020 or HA.2, not '{series}'.";
        }

        series = seriesNumber.ToString(CultureInfo.InvariantCulture);
        var seriesPrefix = $"{prefix}/{organ}{SessionSeparator(organ)}{series}";

        if (numberIndex >= parts.Length || parts[numberIndex].Length == 0)
        {
            return $"the document number after '{seriesPrefix}/' is missing.";
        }

        var numberPart = parts[numberIndex];
        string? kind = null;
        var numberText = numberPart;
        var kindDot = numberPart.IndexOf('.', StringComparison.Ordinal);
        if (kindDot >= 0)
        {
            kind = numberPart[..kindDot].ToUpperInvariant();
            numberText = numberPart[(kindDot + 1)..];
            if (TryReadSuffixKind(kind, out _))
            {
                return $"the document number is missing before '{numberPart}' (write e.g. {seriesPrefix}/10/{numberPart}).";
            }

            if (kind.Length == 0)
            {
                return $"'{numberPart}' must be a document number such as 10, or a series and number such as RES.5 or L.4.";
            }

            if (kind.Length > MaxKindLength || !kind.All(char.IsAsciiLetter))
            {
                return $"the series '{numberPart[..kindDot]}' before the number must be letters only, as in RES.5, CRP.1 or L.4.";
            }

            if (SlashedSeries.Contains(kind))
            {
                return $"the {kind} series is numbered after a slash, as in {seriesPrefix}/{kind}/{numberText}.";
            }

            if (!DottedSeries.Contains(kind))
            {
                return $"'{numberPart[..kindDot]}' is not a series of UN symbols; the series are {string.Join(", ", DottedSeries.Order(StringComparer.Ordinal).Select(k => k + "."))} and {string.Join(", ", SlashedSeries.Order(StringComparer.Ordinal).Select(k => k + "/"))}.";
            }
        }
        else if (numberPart.All(char.IsAsciiLetter) && SlashedSeries.Contains(numberPart.ToUpperInvariant()))
        {
            kind = numberPart.ToUpperInvariant();
            numberIndex++;
            if (numberIndex >= parts.Length || parts[numberIndex].Length == 0)
            {
                return $"the number after '{seriesPrefix}/{kind}/' is missing, as in {seriesPrefix}/{kind}/2.";
            }

            numberText = parts[numberIndex];
            numberPart = $"{kind}/{numberText}";
        }
        else if (numberPart.All(char.IsAsciiLetter) && DottedSeries.Contains(numberPart.ToUpperInvariant()))
        {
            var next = numberIndex + 1 < parts.Length ? parts[numberIndex + 1] : "1";
            return $"the {numberPart.ToUpperInvariant()} series is numbered after a dot, as in {seriesPrefix}/{numberPart.ToUpperInvariant()}.{next}.";
        }
        else if (!numberPart.All(char.IsAsciiDigit))
        {
            return $"'{numberPart}' must be a document number such as 10, or a series and number such as RES.5, L.4 or INF/2.";
        }

        if (!TryReadPositive(numberText, MaxNumberDigits, out var number))
        {
            return $"the document number in '{numberPart}' must be a whole number of 1 or more, not '{numberText}'.";
        }

        var suffixes = new List<SymbolSuffix>();
        foreach (var part in parts[(numberIndex + 1)..])
        {
            var suffixError = ReadSuffix(part, out var suffix);
            if (suffixError is not null)
            {
                return suffixError;
            }

            suffixes.Add(suffix);
        }

        symbol = new DocumentSymbol(prefix, organ, series, kind, number, suffixes.AsReadOnly());
        return null;
    }

    private static string? ReadSuffix(string part, out SymbolSuffix suffix)
    {
        suffix = default;
        if (part.Length == 0)
        {
            return "there is an empty part between two slashes (or a slash at the end) after the document number.";
        }

        var dot = part.IndexOf('.', StringComparison.Ordinal);
        var word = dot < 0 ? part : part[..dot];
        if (!TryReadSuffixKind(word, out var kind))
        {
            return $"'{part}' cannot follow the document number; only Rev.n (revision), Corr.n (corrigendum) and Add.n (addendum) can.";
        }

        if (dot < 0)
        {
            return $"'{part}' needs a dot and a number, as in {kind}.1.";
        }

        var numberText = part[(dot + 1)..];
        if (!TryReadPositive(numberText, MaxNumberDigits, out var number))
        {
            return $"the number in '{part}' must be a whole number of 1 or more, as in {kind}.1, not '{numberText}'.";
        }

        suffix = new SymbolSuffix(kind, number);
        return null;
    }

    private static bool TryReadSuffixKind(string word, out SuffixKind kind)
    {
        foreach (var candidate in Enum.GetValues<SuffixKind>())
        {
            if (string.Equals(word, candidate.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }

    private static char SessionSeparator(string organ) => SessionAfterSlash.Contains(organ) ? '/' : '.';

    private static char NumberSeparator(string kind) => SlashedSeries.Contains(kind) ? '/' : '.';

    private static bool IsOrgan(string organ) =>
        organ.Length > 0 && organ.Split('-').All(group => group.Length > 0 && group.All(char.IsAsciiLetter));

    private static bool TryReadPositive(string digits, int maxDigits, out int value)
    {
        value = 0;
        return digits.Length > 0
            && digits.Length <= maxDigits
            && digits.All(char.IsAsciiDigit)
            && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out value)
            && value >= 1;
    }
}
