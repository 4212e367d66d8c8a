using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace UnHabitat.Meetings.Infrastructure.Rendering;

/// <summary>
/// Chromium writes the title (from &lt;title&gt;) and the language (the catalogue's /Lang, from &lt;html lang&gt;)
/// but no author. This appends an incremental update (PDF 1.7, 7.5.6) that replaces the Info dictionary:
/// the original bytes, tags and outline stay untouched.
/// </summary>
public static partial class PdfMetadata
{
    public static byte[] Stamp(byte[] pdf, string title, string author, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        var tail = Encoding.Latin1.GetString(pdf, Math.Max(0, pdf.Length - 2048), Math.Min(2048, pdf.Length));
        var trailer = Trailer().Match(tail);
        var startXref = StartXref().Match(tail);
        if (!trailer.Success || !startXref.Success)
        {
            // Not the classic cross-reference table Skia writes: leave the document as it is.
            return pdf;
        }

        var dictionary = trailer.Groups[1].Value;
        var size = Number(SizeEntry().Match(dictionary));
        var root = RootEntry().Match(dictionary).Groups[1].Value;
        var infoMatch = InfoEntry().Match(dictionary);
        var info = infoMatch.Success ? int.Parse(infoMatch.Groups[1].Value, CultureInfo.InvariantCulture) : size;
        var newSize = Math.Max(size, info + 1);

        var date = "D:" + at.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "Z";
        var update = new StringBuilder();
        var offset = pdf.Length + 1;
        update.Append('\n')
            .Append(CultureInfo.InvariantCulture, $"{info} 0 obj\n<< /Title {Text(title)} /Author {Text(author)} /Creator (UnHabitat.Meetings) /Producer (Chromium, Skia/PDF) /CreationDate ({date}) /ModDate ({date}) >>\nendobj\n");
        var xref = offset + Encoding.Latin1.GetByteCount(update.ToString()) - 1;
        update.Append("xref\n0 1\n0000000000 65535 f \n")
            .Append(CultureInfo.InvariantCulture, $"{info} 1\n{offset:D10} 00000 n \n")
            .Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {newSize} /Root {root} /Info {info} 0 R /Prev {startXref.Groups[1].Value} >>\nstartxref\n{xref}\n%%EOF\n");
        var bytes = Encoding.Latin1.GetBytes(update.ToString());
        var result = new byte[pdf.Length + bytes.Length];
        pdf.CopyTo(result, 0);
        bytes.CopyTo(result, pdf.Length);
        return result;
    }

    /// <summary>A text string in UTF-16BE with its byte order mark, as hex: any script, nothing to escape.</summary>
    private static string Text(string value) => "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(value)) + ">";

    private static int Number(Match match) => match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(@"trailer\s*<<(.*?)>>\s*startxref", RegexOptions.Singleline | RegexOptions.RightToLeft)]
    private static partial Regex Trailer();

    [GeneratedRegex(@"startxref\s+(\d+)\s+%%EOF\s*$", RegexOptions.Singleline)]
    private static partial Regex StartXref();

    [GeneratedRegex(@"/Size\s+(\d+)")]
    private static partial Regex SizeEntry();

    [GeneratedRegex(@"/Root\s+(\d+\s+\d+\s+R)")]
    private static partial Regex RootEntry();

    [GeneratedRegex(@"/Info\s+(\d+)\s+0\s+R")]
    private static partial Regex InfoEntry();
}
