using System.Globalization;
using System.Text.RegularExpressions;

namespace UnHabitat.Meetings.Domain.Resolutions;

/// <summary>
/// The number of an operative paragraph, with an optional lettered sub-paragraph: <c>OP1</c>, <c>OP3 (c)</c>.
/// Read as the briefings write them ("OP 6", "OP3(c)", "OP2a", "op4 c") and always written <c>OP3 (c)</c>.
/// </summary>
public readonly partial record struct OperativeParagraphNumber
{
    public const int MaxParagraph = 999;

    public OperativeParagraphNumber(int paragraph, char? subParagraph = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(paragraph, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(paragraph, MaxParagraph);
        if (subParagraph is { } sub && !char.IsAsciiLetterLower(sub))
        {
            throw new ArgumentOutOfRangeException(nameof(subParagraph), subParagraph, "A sub-paragraph is a lower-case letter, as in OP3 (c).");
        }

        Paragraph = paragraph;
        SubParagraph = subParagraph;
    }

    public int Paragraph { get; }

    /// <summary>The letter of the sub-paragraph, or null for the whole paragraph.</summary>
    public char? SubParagraph { get; }

    /// <summary>The whole paragraph this one belongs to (itself when it has no sub-paragraph).</summary>
    public OperativeParagraphNumber Whole => new(Paragraph);

    public static bool TryParse(string? text, out OperativeParagraphNumber number)
    {
        number = default;
        var match = Shape().Match(text?.Trim() ?? "");
        if (!match.Success
            || !int.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var paragraph)
            || paragraph is < 1 or > MaxParagraph)
        {
            return false;
        }

        var letter = match.Groups["sub"].Success ? char.ToLowerInvariant(match.Groups["sub"].Value[0]) : (char?)null;
        number = new OperativeParagraphNumber(paragraph, letter);
        return true;
    }

    public static OperativeParagraphNumber Parse(string text) =>
        TryParse(text, out var number) ? number : throw new FormatException($"'{text}' is not an operative paragraph such as OP3 or OP3 (c).");

    public override string ToString() => SubParagraph is { } sub
        ? string.Create(CultureInfo.InvariantCulture, $"OP{Paragraph} ({sub})")
        : string.Create(CultureInfo.InvariantCulture, $"OP{Paragraph}");

    [GeneratedRegex(@"^OP\s*(?<n>\d{1,3})\s*(?:\(\s*(?<sub>[a-z])\s*\)|(?<sub>[a-z]))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
