namespace UnHabitat.Meetings.Domain.Common;

/// <summary>
/// Numbers written out in English words as United Nations documents write them: British usage, with
/// "and" after the hundreds ("three hundred and forty-second") and hyphens in compound tens ("fifty-sixth").
/// </summary>
public static class NumberWords
{
    public const int MaxCardinal = 999;
    public const int MaxOrdinal = 999;

    private static readonly string[] Units =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] Tens =
        ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    /// <summary>
    /// The lower-case cardinal words for 0 to 999: 0 "zero", 56 "fifty-six", 105 "one hundred and five".
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is outside 0..999.</exception>
    public static string Cardinal(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, MaxCardinal);

        var hundreds = n / 100;
        var rest = n % 100;
        if (hundreds == 0)
        {
            return BelowHundred(rest);
        }

        var words = Units[hundreds] + " hundred";
        return rest == 0 ? words : words + " and " + BelowHundred(rest);
    }

    /// <summary>
    /// The lower-case ordinal words for 1 to 999: 1 "first", 12 "twelfth", 21 "twenty-first",
    /// 100 "one hundredth", 342 "three hundred and forty-second".
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is outside 1..999.</exception>
    public static string Ordinal(int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, MaxOrdinal);

        // Only the last word changes: "fifty-six" -> "fifty-sixth", "one hundred" -> "one hundredth".
        var cardinal = Cardinal(n);
        var lastWordStart = cardinal.LastIndexOfAny([' ', '-']) + 1;
        return string.Concat(cardinal.AsSpan(0, lastWordStart), OrdinalOfWord(cardinal[lastWordStart..]));
    }

    /// <summary>The text with its first character upper-case ("second session of 2020" -> "Second session of 2020").</summary>
    public static string Capitalised(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (s.Length == 0 || char.IsUpper(s[0]))
        {
            return s;
        }

        return string.Concat(char.ToUpperInvariant(s[0]).ToString(), s.AsSpan(1));
    }

    private static string BelowHundred(int n)
    {
        if (n < Units.Length)
        {
            return Units[n];
        }

        var units = n % 10;
        return units == 0 ? Tens[n / 10] : Tens[n / 10] + "-" + Units[units];
    }

    private static string OrdinalOfWord(string word) => word switch
    {
        "one" => "first",
        "two" => "second",
        "three" => "third",
        "five" => "fifth",
        "eight" => "eighth",
        "nine" => "ninth",
        "twelve" => "twelfth",
        _ when word.EndsWith('y') => string.Concat(word.AsSpan(0, word.Length - 1), "ieth"),
        _ => word + "th",
    };
}
