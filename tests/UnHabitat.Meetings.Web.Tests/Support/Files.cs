using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;

namespace UnHabitat.Meetings.Web.Tests.Support;

/// <summary>Small but real PDF and Word files, and an executable dressed up as a PDF.</summary>
public static class Files
{
    public static byte[] Pdf(string text = "Report of the Executive Director", int padTo = 0)
    {
        var body = $"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% {text}\n";
        if (padTo > body.Length)
        {
            body += new string('%', padTo - body.Length - 6) + "\n%%EOF";
        }
        else
        {
            body += "%%EOF";
        }

        return Encoding.ASCII.GetBytes(body);
    }

    public static byte[] Docx()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            Write(zip, "word/document.xml", "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>");
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
