using System.Text;
using DocumentFormat.OpenXml.Packaging;
using UglyToad.PdfPig;
using UnHabitat.Meetings.Application.Documents;

namespace UnHabitat.Meetings.Infrastructure.Search;

/// <summary>
/// The words of a language version, for the search: PdfPig reads a PDF's words page by page, the Open XML SDK a
/// Word file's paragraphs. A file that cannot be read (a scan without text, a damaged part) gives no text, never
/// an error: the upload it belongs to has already passed its checks and must not fail for the search's sake.
/// </summary>
internal static class DocumentText
{
    /// <summary>Far more than any report; what is beyond is not searched.</summary>
    public const int MaxChars = 500_000;

    public static string Extract(string path, string contentType)
    {
        try
        {
            return contentType switch
            {
                FileKinds.Pdf => Pdf(path),
                FileKinds.Docx => Docx(path),
                _ => string.Empty,
            };
        }
#pragma warning disable CA1031 // Any failure to read text is "no text": the file itself was accepted on upload.
        catch (Exception)
#pragma warning restore CA1031
        {
            return string.Empty;
        }
    }

    private static string Pdf(string path)
    {
        using var pdf = PdfDocument.Open(path);
        var text = new StringBuilder();
        foreach (var page in pdf.GetPages())
        {
            foreach (var word in page.GetWords())
            {
                text.Append(word.Text).Append(' ');
            }

            text.Append('\n');
            if (text.Length > MaxChars)
            {
                break;
            }
        }

        return Limit(text);
    }

    private static string Docx(string path)
    {
        using var word = WordprocessingDocument.Open(path, isEditable: false);
        var text = new StringBuilder();
        var body = word.MainDocumentPart?.Document?.Body;
        if (body is null)
        {
            return string.Empty;
        }

        foreach (var paragraph in body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>())
        {
            text.Append(paragraph.InnerText).Append('\n');
            if (text.Length > MaxChars)
            {
                break;
            }
        }

        return Limit(text);
    }

    private static string Limit(StringBuilder text) => text.Length > MaxChars ? text.ToString(0, MaxChars) : text.ToString();
}
