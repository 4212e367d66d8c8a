using System.Globalization;

namespace UnHabitat.Meetings.Domain.Resolutions;

/// <summary>
/// A milestone's date as precise as the Secretariat knows it: a year (<c>2024</c>), a month (<c>2024-04</c>)
/// or a day (<c>2024-04-15</c>). The ISO form sorts in date order; <see cref="Words"/> writes "April 2024".
/// </summary>
public sealed record PartialDate
{
    private static readonly string[] Formats = ["yyyy", "yyyy-MM", "yyyy-MM-dd"];

    private PartialDate(string iso, DateOnly start, int precision)
    {
        Iso = iso;
        Start = start;
        Precision = precision;
    }

    /// <summary>The ISO 8601 form: <c>2024</c>, <c>2024-04</c> or <c>2024-04-15</c>.</summary>
    public string Iso { get; }

    /// <summary>The first day the date covers.</summary>
    public DateOnly Start { get; }

    /// <summary>1 year, 2 month, 3 day.</summary>
    private int Precision { get; }

    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PartialDate? date)
    {
        date = null;
        var trimmed = text?.Trim() ?? "";
        for (var i = 0; i < Formats.Length; i++)
        {
            if (trimmed.Length == Formats[i].Length
                && DateTime.TryParseExact(trimmed, Formats[i], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                && parsed.Year >= 1945)
            {
                date = new PartialDate(trimmed, DateOnly.FromDateTime(parsed), i + 1);
                return true;
            }
        }

        return false;
    }

    public static PartialDate Parse(string text) =>
        TryParse(text, out var date) ? date : throw new FormatException($"'{text}' is not a date such as 2024, 2024-04 or 2024-04-15.");

    /// <summary>"2024", "April 2024", "15 April 2024".</summary>
    public string Words => Precision switch
    {
        1 => Start.ToString("yyyy", CultureInfo.InvariantCulture),
        2 => Start.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
        _ => Start.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
    };

    public override string ToString() => Iso;
}
