using System.Text;

namespace UnHabitat.Meetings.Domain.Common;

/// <summary>
/// Roman numerals for 1 to 3999: lower case for agenda sub-items ("Item 6 (c) (v)"), upper case for the
/// sections of an official document ("I. Introduction").
/// </summary>
public static class RomanNumerals
{
    public const int Min = 1;
    public const int Max = 3999;

    private static readonly (int Value, string Numeral)[] Steps =
    [
        (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"),
        (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
        (10, "x"), (9, "ix"), (5, "v"), (4, "iv"),
        (1, "i"),
    ];

    /// <summary>The lower-case numeral: 1 "i", 4 "iv", 14 "xiv", 1999 "mcmxcix".</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is outside 1..3999.</exception>
    public static string Lower(int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, Min);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, Max);

        var numeral = new StringBuilder();
        var rest = n;
        foreach (var (value, letters) in Steps)
        {
            while (rest >= value)
            {
                numeral.Append(letters);
                rest -= value;
            }
        }

        return numeral.ToString();
    }

    /// <summary>The upper-case numeral: 1 "I", 4 "IV", 14 "XIV", 1999 "MCMXCIX".</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is outside 1..3999.</exception>
    public static string Upper(int n) => Lower(n).ToUpperInvariant();
}
