using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using UnHabitat.Meetings.Application.Documents;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Testing;
using UnHabitat.Meetings.Web.Tests.Support;

namespace UnHabitat.Meetings.Web.Tests;

/// <summary>
/// What an upload really is: a PDF must read as one and run nothing; a Word file must be a sound package
/// and no ZIP bomb. Each refusal is a 400 on the field "file" naming the file and the reason.
/// </summary>
[TestFixture]
[Category("Database")]
public sealed class UploadContentTests : AppFixture
{
    private HttpClient _secretariat = null!;
    private Guid _document;
    private Guid _meeting;
    private Guid _body;

    protected override async Task OnStartedAsync()
    {
        _secretariat = (await App.UserAsync(Roles.Secretariat)).Client;
        _body = (await Bodies.CreateBodyAsync(_secretariat)).Id;
        _meeting = (await MeetingApi.CreateMeetingAsync(_secretariat, _body)).Id;
        var registered = await _secretariat.PostAsJsonAsync($"/api/meetings/{_meeting}/documents", new { title = "Report of the Executive Director", category = "Report", distribution = "General" }, MeetingsApp.Json);
        Assert.That((int)registered.StatusCode, Is.EqualTo(201), await registered.ExplainAsync());
        _document = (await registered.ReadAsync<DocumentDto>()).Id;
    }

    [Test]
    public async Task A_sound_pdf_and_a_sound_word_document_are_accepted()
    {
        Assert.That((await UploadAsync(Files.Pdf(), "report.pdf")).StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That((await UploadAsync(Files.Pdf(catalog: "/OpenAction [3 0 R /Fit] "), "opens-at-page-one.pdf")).StatusCode, Is.EqualTo(HttpStatusCode.Created),
            "opening at a page is a destination, not an action");
        Assert.That((await UploadAsync(Files.Pdf(catalog: "/OpenAction << /S /GoTo /D [3 0 R /Fit] >> "), "goes-to-page-one.pdf")).StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That((await UploadAsync(Files.Pdf(catalog: "/OpenAction 3 0 R "), "as-pdftex-writes-it.pdf")).StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That((await UploadAsync(Files.Docx(), "report.docx")).StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task The_apps_own_printed_agenda_and_implementation_report_are_accepted_back()
    {
        var agenda = await _secretariat.GetAsync($"/api/meetings/{_meeting}/agenda.pdf");
        Assert.That(agenda.StatusCode, Is.EqualTo(HttpStatusCode.OK), await agenda.ExplainAsync());
        var report = await _secretariat.GetAsync($"/api/reports/implementation.docx?bodyId={_body}&period=2031&symbol=HSP/EB.2031/5");
        Assert.That(report.StatusCode, Is.EqualTo(HttpStatusCode.OK), await report.ExplainAsync());

        var pdf = await UploadAsync(await agenda.Content.ReadAsByteArrayAsync(), "agenda.pdf");
        var docx = await UploadAsync(await report.Content.ReadAsByteArrayAsync(), "report.docx");

        Assert.That(pdf.StatusCode, Is.EqualTo(HttpStatusCode.Created), await pdf.ExplainAsync());
        Assert.That(docx.StatusCode, Is.EqualTo(HttpStatusCode.Created), await docx.ExplainAsync());
    }

    [Test]
    public async Task A_pdf_rewritten_by_qpdf_with_compressed_object_streams_is_accepted()
    {
        var rewritten = Qpdf(Files.Pdf(), "--object-streams=generate", "--compress-streams=y");

        var response = await UploadAsync(rewritten, "report.pdf");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.ExplainAsync());
    }

    [Test]
    public async Task Html_behind_a_pdf_header_is_refused()
    {
        var fake = Encoding.ASCII.GetBytes("%PDF-1.7\n<html><body><script>alert(document.cookie)</script></body></html>\n");

        await AssertRefusedAsync(fake, "invoice.pdf", "end-of-file marker");
    }

    [Test]
    public async Task A_pdf_whose_startxref_points_nowhere_is_refused()
    {
        var pdf = Encoding.Latin1.GetString(Files.Pdf());
        var broken = System.Text.RegularExpressions.Regex.Replace(pdf, @"startxref\n\d+", "startxref\n12");

        await AssertRefusedAsync(Encoding.Latin1.GetBytes(broken), "broken.pdf", "cross-reference table");
    }

    [TestCase("/OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >> ", "JavaScript")]
    [TestCase("/OpenAction << /S /Launch /F (cmd.exe) >> ", "launches a program")]
    [TestCase("/AA << /O << /S /URI /URI (http://evil.example) >> >> ", "actions run on events")]
    [TestCase("/Names << /J#61vaScript 5 0 R >> ", "JavaScript")]
    [TestCase("/OpenAction << /S /URI /URI (http://evil.example) >> ", "an action run when the document is opened")]
    public async Task A_pdf_with_active_content_is_refused_naming_the_file(string catalog, string reason)
    {
        await AssertRefusedAsync(Files.Pdf(catalog: catalog), "agenda.pdf", reason);
    }

    [Test]
    public async Task JavaScript_hidden_in_a_compressed_object_stream_is_found()
    {
        var hidden = Qpdf(Files.Pdf(catalog: "/OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >> "), "--object-streams=generate", "--compress-streams=y");
        Assert.That(Encoding.Latin1.GetString(hidden), Does.Not.Contain("JavaScript"), "qpdf packed the catalog into a compressed object stream");

        await AssertRefusedAsync(hidden, "packed.pdf", "JavaScript");
    }

    [Test]
    public async Task A_zip_that_is_not_a_word_package_is_refused()
    {
        var noTypes = Zip(("word/document.xml", Encoding.UTF8.GetBytes("<w:document/>")));

        await AssertRefusedAsync(noTypes, "report.docx", "content types");
        await AssertRefusedAsync(Files.Docx("application/xml"), "report.docx", "not a Word document");
        await AssertRefusedAsync(Files.Docx("application/vnd.ms-word.document.macroEnabled.main+xml"), "macros.docx", "macro-enabled");
    }

    [Test]
    public async Task A_zip_bomb_is_refused_by_its_compression_ratio()
    {
        var package = new MemoryStream();
        package.Write(Files.Docx());
        using (var zip = new ZipArchive(package, ZipArchiveMode.Update, leaveOpen: true))
        {
            Fill(zip.CreateEntry("word/media/image1.png", CompressionLevel.SmallestSize), 64 * 1024 * 1024);
        }

        await AssertRefusedAsync(package.ToArray(), "bomb.docx", "ZIP bomb");
    }

    [Test]
    public async Task A_zip_bomb_of_many_small_parts_is_refused_by_its_total_size()
    {
        var package = new MemoryStream();
        package.Write(Files.Docx());
        using (var zip = new ZipArchive(package, ZipArchiveMode.Update, leaveOpen: true))
        {
            for (var i = 0; i < 300; i++)
            {
                Fill(zip.CreateEntry($"word/media/part{i}.bin", CompressionLevel.SmallestSize), 1024 * 1024);
            }
        }

        await AssertRefusedAsync(package.ToArray(), "many.docx", "ZIP bomb");
    }

    private async Task AssertRefusedAsync(byte[] content, string fileName, string reason)
    {
        var response = await UploadAsync(content, fileName);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), await response.ExplainAsync());
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        var message = (await response.ProblemAsync()).Errors["file"][0];
        Assert.That(message, Does.StartWith(fileName).And.Contain(reason));
    }

    private async Task<HttpResponseMessage> UploadAsync(byte[] content, string fileName) =>
        await _secretariat.PutAsync($"/api/documents/{_document}/files/en", Files.Form(content, fileName));

    private static void Fill(ZipArchiveEntry entry, int zeros)
    {
        using var stream = entry.Open();
        var block = new byte[64 * 1024];
        for (var written = 0; written < zeros; written += block.Length)
        {
            stream.Write(block, 0, Math.Min(block.Length, zeros - written));
        }
    }

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(content);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>Rewrites a PDF with Debian's qpdf, as another PDF producer would write it.</summary>
    private static byte[] Qpdf(byte[] pdf, params string[] options)
    {
        var input = Path.GetTempFileName();
        var output = input + ".out.pdf";
        try
        {
            File.WriteAllBytes(input, pdf);
            var start = new ProcessStartInfo("qpdf") { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var option in options.Append(input).Append(output))
            {
                start.ArgumentList.Add(option);
            }

            using var qpdf = Process.Start(start)!;
            var errors = qpdf.StandardError.ReadToEnd();
            qpdf.WaitForExit();
            Assert.That(qpdf.ExitCode, Is.EqualTo(0).Or.EqualTo(3), errors); // 3: warnings only
            return File.ReadAllBytes(output);
        }
        finally
        {
            File.Delete(input);
            File.Delete(output);
        }
    }
}
