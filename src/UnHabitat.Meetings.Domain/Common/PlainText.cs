using System.Text;

namespace UnHabitat.Meetings.Domain.Common;

/// <summary>
/// What a text typed by a person may contain: everything but control characters (tab, line feed and
/// carriage return excepted), lone surrogates and the non-characters U+FFFE and U+FFFF, none of which
/// an XML document (DOCX) can hold and none of which anyone means to type.
/// </summary>
public static class PlainText
{
    /// <summary>The text without surrounding blanks, or null when nothing is left: how every optional field is stored.</summary>
    public static string? TrimToNull(this string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>The position of the first character text may not contain, or -1 when there is none.</summary>
    public static int FirstForbidden(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (IsForbidden(c))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The text without what <see cref="FirstForbidden"/> refuses: for printing what was stored before
    /// the refusal existed, so that one stray character never stops a document from being printed.
    /// </summary>
    public static string Clean(string text)
    {
        if (FirstForbidden(text) < 0)
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
            }
            else if (!IsForbidden(c))
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }

    private static bool IsForbidden(char c) =>
        (char.IsControl(c) && c is not ('\t' or '\n' or '\r')) || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF';
}
