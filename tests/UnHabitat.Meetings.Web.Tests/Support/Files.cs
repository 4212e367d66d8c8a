using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;

namespace UnHabitat.Meetings.Web.Tests.Support;

/// <summary>Small but real PDF and Word files, and an executable dressed up as a PDF.</summary>
public static class Files
{
    /// <summary>
    /// A PDF of one empty page with a correct cross-reference table, so that it passes the structural
    /// check; <paramref name="catalog"/> adds entries to the document catalog (an /OpenAction, say).
    /// </summary>
    public static byte[] Pdf(string text = "Report of the Executive Director", int padTo = 0, string catalog = "")
    {
        string[] objects =
        [
            $"<< /Type /Catalog /Pages 2 0 R {catalog}>>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        ];
        return PdfOf($"%PDF-1.4\n% {text}\n", objects, padTo);
    }

    /// <summary>
    /// Numbers <paramref name="objects"/> from 1 (the catalog first) after <paramref name="header"/> and
    /// closes the file with the cross-reference table and trailer a reader checks; padding, if any, is a
    /// comment before the table so that the offsets stay true.
    /// </summary>
    internal static byte[] PdfOf(string header, string[] objects, int padTo = 0)
    {
        var pdf = new StringBuilder(header);
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        if (padTo > pdf.Length + 200)
        {
            pdf.Append('%').Append('%', padTo - pdf.Length - 200).Append('\n');
        }

        var xref = pdf.Length;
        pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }

    /// <summary>A Word document: the package's content types declare word/document.xml as its main part.</summary>
    public static byte[] Docx(string mainPartType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml") =>
        DocxOf("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>", mainPartType);

    /// <summary>A Word package around <paramref name="documentXml"/>, its main part declared as <paramref name="mainPartType"/>.</summary>
    internal static byte[] DocxOf(string documentXml, string mainPartType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + $"<Override PartName=\"/word/document.xml\" ContentType=\"{mainPartType}\"/></Types>");
            Write(zip, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            Write(zip, "word/document.xml", documentXml);
        }

        return buffer.ToArray();
    }

    /// <summary>The start of a Linux executable (ELF), whatever the file is called.</summary>
    public static byte[] Executable() => [0x7f, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0];

    public static MultipartFormDataContent Form(byte[] content, string fileName)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return form;
    }

    private static void Write(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open());
        writer.Write(text);
    }
}
