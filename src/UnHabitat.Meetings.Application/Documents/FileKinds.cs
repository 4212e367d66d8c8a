using System.IO.Compression;
using System.Text.RegularExpressions;

namespace UnHabitat.Meetings.Application.Documents;

/// <summary>
/// What a file really is, read from its content and never from its name: a PDF starts with "%PDF-", a
/// Word document is a ZIP package holding word/document.xml. Anything else is refused.
/// </summary>
public static partial class FileKinds
{
    public const string Pdf = "application/pdf";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static string? Recognise(Stream content)
    {
        var head = new byte[5];
        var read = content.Read(head, 0, head.Length);
        content.Position = 0;
        if (read == 5 && head.AsSpan().SequenceEqual("%PDF-"u8))
        {
            return Pdf;
        }

        if (read >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4)
        {
            try
            {
                using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
                var isWord = zip.GetEntry("word/document.xml") is not null && zip.GetEntry("[Content_Types].xml") is not null;
                return isWord ? Docx : null;
            }
            catch (InvalidDataException)
            {
                return null;
            }
            finally
            {
                content.Position = 0;
            }
        }

        return null;
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
