using System.Text.RegularExpressions;

namespace UnHabitat.Meetings.Application.Documents;

/// <summary>
/// What a file really is, read from its content and never from its name: a PDF that reads as one and
/// runs nothing (<see cref="PdfInspection"/>), or a Word document that is a sound package
/// (<see cref="DocxInspection"/>). Anything else is refused, with the reason.
/// </summary>
public static partial class FileKinds
{
    public const string Pdf = "application/pdf";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>
    /// The file's content type, or why a PDF or Word file is refused (in words for the person who sent it);
    /// neither for a file that is neither.
    /// </summary>
    public static (string? ContentType, string? Refusal) Inspect(Stream content)
    {
        var head = new byte[5];
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        content.Position = 0;
        if (read == 5 && head.AsSpan().SequenceEqual("%PDF-"u8))
        {
            var whole = new byte[content.Length];
            content.ReadExactly(whole);
            content.Position = 0;
            return PdfInspection.Refusal(whole) is { } why ? (null, why) : (Pdf, null);
        }

        if (read >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4)
        {
            return DocxInspection.Refusal(content) is { } why ? (null, why) : (Docx, null);
        }

        return (null, null);
    }

    /// <summary>A file name without folders or odd characters, safe in a header and on any disk.</summary>
    public static string SafeName(string? name, string contentType)
    {
        var bare = Path.GetFileName((name ?? "").Replace('\\', '/'));
        var cleaned = Unsafe().Replace(bare, "_").Trim('.', ' ', '_');
        var extension = contentType == Pdf ? ".pdf" : ".docx";
        if (cleaned.Length == 0)
        {
            cleaned = "document";
        }

        cleaned = Path.GetFileNameWithoutExtension(cleaned);
        return (cleaned.Length > 120 ? cleaned[..120] : cleaned) + extension;
    }

    [GeneratedRegex(@"[^\w\-. ]")]
    private static partial Regex Unsafe();
}
