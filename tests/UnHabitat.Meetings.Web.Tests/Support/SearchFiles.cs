using System.Net;

namespace UnHabitat.Meetings.Web.Tests.Support;

/// <summary>Files with words in them, for the search: a Word document of paragraphs, a PDF of one line in Helvetica.</summary>
public static class SearchFiles
{
    public static byte[] Docx(params string[] paragraphs)
    {
        var body = string.Concat(paragraphs.Select(p => $"<w:p><w:r><w:t xml:space=\"preserve\">{WebUtility.HtmlEncode(p)}</w:t></w:r></w:p>"));
        return Files.DocxOf($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}</w:body></w:document>");
    }

    /// <summary>A one-page PDF showing <paramref name="line"/> (ASCII) in the standard Helvetica font.</summary>
    public static byte[] Pdf(string line)
    {
        var content = $"BT /F1 12 Tf 72 720 Td ({line.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal)}) Tj ET";
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ];
        return Files.PdfOf("%PDF-1.4\n", objects);
    }
}
