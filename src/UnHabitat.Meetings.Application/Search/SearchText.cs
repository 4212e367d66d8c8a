using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace UnHabitat.Meetings.Application.Search;

/// <summary>
/// How text is prepared for the engines' full-text indexes, how a query is cut into terms, and how a snippet is
/// marked. Chinese (and Japanese) is written without spaces between words, which no engine's word splitter can
/// cut: each such character is indexed as a word of its own, and a query's run of them becomes a phrase of
/// single characters, which finds the word wherever those characters stand together (character n-grams).
/// Arabic, Russian and the Latin scripts are split at spaces and punctuation as usual.
/// </summary>
public static partial class SearchText
{
    public const int MaxTerms = 12;

    /// <summary>The text as the index keeps it: Han and kana characters set apart by spaces.</summary>
    public static string Prepare(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length + 16);
        var previousIdeograph = false;
        foreach (var rune in text.EnumerateRunes())
        {
            var ideograph = IsIdeograph(rune);
            if (ideograph && builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
            else if (!ideograph && previousIdeograph && !Rune.IsWhiteSpace(rune))
            {
                builder.Append(' ');
            }

            builder.Append(rune.ToString());
            previousIdeograph = ideograph;
        }

        return builder.ToString();
    }

    /// <summary>The text as people read it: the spaces <see cref="Prepare"/> put between ideographs taken out again.</summary>
    public static string Restore(string text) => BetweenIdeographs().Replace(text, "$1");

    /// <summary>
    /// The query's terms: words of letters and digits, and runs of ideographs as phrases of single characters
    /// ("住 房"). Everything else (quotes, operators, punctuation) is a separator, so no term can be read by an
    /// engine as query syntax.
    /// </summary>
    public static IReadOnlyList<string> Terms(string? query)
    {
        var terms = new List<string>();
        if (string.IsNullOrWhiteSpace(query))
        {
            return terms;
        }

        foreach (Match match in Word().Matches(query))
        {
            var word = match.Value;
            var runes = word.EnumerateRunes().ToList();
            if (runes.Exists(IsIdeograph))
            {
                // A run of ideographs, possibly touching Latin letters or digits: one phrase of its pieces.
                terms.Add(Prepare(word).Trim().ToLowerInvariant());
            }
            else
            {
                terms.Add(word.ToLowerInvariant());
            }
        }

        return [.. terms.Distinct(StringComparer.Ordinal).Take(MaxTerms)];
    }

    /// <summary>
    /// A document symbol or part of one ("HSP/EB.2020/10/Rev.1", "EB.2020/10"), in capitals, or null when the
    /// query is words. A symbol has a slash and no spaces, and is letters, digits, dots, dashes and slashes.
    /// </summary>
    public static string? AsSymbol(string? query)
    {
        var q = query?.Trim();
        return q is not null && SymbolLike().IsMatch(q) ? q.ToUpperInvariant().Trim('/') : null;
    }

    /// <summary>"HSP/EB.2020/10/REV.1" → "HSP/EB.2020/10": the document whose revisions, corrigenda and addenda are asked for too.</summary>
    public static string SymbolFamily(string symbol) => Suffixes().Replace(symbol, string.Empty);

    /// <summary>
    /// About <paramref name="length"/> characters of the text around the first term found, HTML-encoded, with
    /// every term found marked as &lt;mark&gt;…&lt;/mark&gt;. The text is the caller's or the Secretariat's: encoding
    /// it here is what makes the snippet safe to show as HTML.
    /// </summary>
    public static string Snippet(string text, IReadOnlyList<string> terms, int length = 240)
    {
        var readable = Restore(text);
        var patterns = terms.Select(t => Restore(t)).Where(t => t.Length > 0).OrderByDescending(t => t.Length).ToList();
        if (patterns.Count == 0)
        {
            return WebUtility.HtmlEncode(Cut(readable, 0, length));
        }

        // A word matches where it starts a word of the text ("hous" stems mark "housing"); ideographs anywhere.
        var alternatives = string.Join('|', patterns.Select(p => p.EnumerateRunes().Any(IsIdeograph)
            ? Regex.Escape(p)
            : @"(?<![\p{L}\p{N}])" + Regex.Escape(Stem(p)) + @"[\p{L}\p{N}]*"));
        var marker = new Regex(alternatives, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));
        var first = marker.Match(readable);
        var start = first.Success ? Math.Max(0, first.Index - (length / 3)) : 0;
        var window = Cut(readable, start, length);
        var html = new StringBuilder();
        var at = 0;
        foreach (Match hit in marker.Matches(window))
        {
            html.Append(WebUtility.HtmlEncode(window[at..hit.Index])).Append("<mark>").Append(WebUtility.HtmlEncode(hit.Value)).Append("</mark>");
            at = hit.Index + hit.Length;
        }

        html.Append(WebUtility.HtmlEncode(window[at..]));
        return html.ToString();
    }

    private static string Cut(string text, int start, int length)
    {
        // Start and end at a space where there is one near, with an ellipsis where the text goes on.
        if (start > 0)
        {
            var space = text.IndexOf(' ', start);
            start = space >= 0 && space - start < 20 ? space + 1 : start;
        }

        var end = Math.Min(text.Length, start + length);
        if (end < text.Length)
        {
            var space = text.LastIndexOf(' ', end - 1, Math.Min(20, end - start));
            end = space > start ? space : end;
        }

        return (start > 0 ? "… " : string.Empty) + text[start..end].Trim() + (end < text.Length ? " …" : string.Empty);
    }

    /// <summary>The part of a word its inflections share, roughly ("housing" → "hous"), so that snippets mark what the stemming engines found.</summary>
    private static string Stem(string word) => word.Length > 5 ? word[..Math.Max(4, word.Length - 3)] : word;

    public static bool IsIdeograph(Rune rune) =>
        Rune.GetUnicodeCategory(rune) == UnicodeCategory.OtherLetter && rune.Value is (>= 0x2E80 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF) or (>= 0x20000 and <= 0x3FFFF);

    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9.\-]*(/[A-Za-z0-9.\-]+)+/?$")]
    private static partial Regex SymbolLike();

    [GeneratedRegex(@"(/(REV|CORR|ADD)\.\d+)+$")]
    private static partial Regex Suffixes();

    [GeneratedRegex(@"([\u2E80-\u9FFF\uF900-\uFAFF]) (?=[\u2E80-\u9FFF\uF900-\uFAFF])")]
    private static partial Regex BetweenIdeographs();
}
