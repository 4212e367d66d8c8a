using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Domain.Bodies;
using UnHabitat.Meetings.Domain.Summaries;
using UnHabitat.Meetings.Infrastructure.Rendering;
using UnHabitat.Meetings.Templates;
using UnHabitat.Meetings.Web.Tests.Support;

namespace UnHabitat.Meetings.Web.Tests;

/// <summary>
/// The renderer itself, with the real Debian Chromium: scripts of the six languages, the header symbol,
/// metadata, tags, outline, fonts, the relaunch after a crash, and no request leaving the page.
/// </summary>
[TestFixture]
public sealed class PdfRendererTests
{
    private static readonly (string Language, string Title, string Paragraph)[] SixLanguages =
    [
        ("en", "Summary of the meeting", "The Member States welcomed the report of the Executive Director on adequate housing for all."),
        ("fr", "Résumé de la réunion", "Les États membres ont salué le rapport de la Directrice exécutive sur le logement convenable pour tous."),
        ("es", "Resumen de la reunión", "Los Estados miembros acogieron con beneplácito el informe de la Directora Ejecutiva sobre la vivienda adecuada para todos."),
        ("ru", "Резюме заседания", "Государства-члены приветствовали доклад Директора-исполнителя о достаточном жилье для всех."),
        ("zh", "会议摘要", "会员国欢迎执行主任关于人人享有适当住房的报告。"),
        ("ar", "ملخص الاجتماع", "رحبت الدول الأعضاء بتقرير المديرة التنفيذية بشأن السكن اللائق للجميع."),
    ];

    private ChromiumPdfRenderer _renderer = null!;

    [OneTimeSetUp]
    public void Start() => _renderer = Renderer();

    [OneTimeTearDown]
    public async Task Stop() => await _renderer.DisposeAsync();

    [TestCaseSource(nameof(SixLanguages))]
    public async Task A_paragraph_in_each_official_language_comes_back_out_of_the_pdf_as_it_went_in((string Language, string Title, string Paragraph) sample)
    {
        var summary = new AssembledSummary(SummaryStyle.Numbered, sample.Title, "16 October 2024",
        [
            new(SummaryBlockKind.Title, sample.Title),
            new(SummaryBlockKind.Paragraph, sample.Paragraph, 1),
        ]);

        using var pdf = new PdfFile(await _renderer.RenderAsync(new PdfRequest(SummaryHtml.Render(summary, sample.Language), sample.Title, sample.Language), default));

        var text = pdf.Text();
        Assert.That(PdfFile.Squeeze(text), Does.Contain(PdfFile.Squeeze(sample.Paragraph)), text);
        Assert.That(pdf.Language(), Is.EqualTo(sample.Language));
        Assert.That(pdf.Fonts().Where(f => !f.Embedded), Is.Empty);
    }

    [Test]
    public async Task Arabic_is_shaped_with_an_arabic_font_and_reads_right_to_left()
    {
        var (_, title, paragraph) = SixLanguages.Single(s => s.Language == "ar");
        var summary = new AssembledSummary(SummaryStyle.Numbered, title, "", [new(SummaryBlockKind.Paragraph, paragraph, 1)]);

        using var pdf = new PdfFile(await _renderer.RenderAsync(new PdfRequest(SummaryHtml.Render(summary, "ar"), title, "ar"), default));

        Assert.That(pdf.Fonts().Select(f => f.Name), Has.Some.Contains("NotoNaskhArabic"));
        // Words come out in logical order: the first word of the sentence is read first.
        var text = pdf.Text().Replace("\u202B", "", StringComparison.Ordinal).Replace("\u202C", "", StringComparison.Ordinal);
        Assert.That(text.IndexOf("رحبت", StringComparison.Ordinal), Is.LessThan(text.IndexOf("للجميع", StringComparison.Ordinal)));
    }

    [Test]
    public async Task An_english_summary_quoting_arabic_and_chinese_names_prints_them_with_their_own_fonts()
    {
        var summary = new AssembledSummary(SummaryStyle.Numbered, "Summary", "",
        [
            new(SummaryBlockKind.Paragraph, "The delegation quoted the title of the report, 会议摘要, and the Arabic heading ملخص الاجتماع.", 1),
        ]);

        using var pdf = new PdfFile(await _renderer.RenderAsync(new PdfRequest(SummaryHtml.Render(summary), "Summary", "en"), default));

        // Skia embeds the CFF-based CJK font without a name (pdffonts says "[none]"): its text is the proof.
        var fonts = pdf.Fonts();
        Assert.That(fonts.Select(f => f.Name), Has.Some.Contains("LiberationSerif").And.Some.Contains("NotoNaskhArabic"));
        Assert.That(fonts.Count(f => !f.Name.Contains("LiberationSerif", StringComparison.Ordinal) && !f.Name.Contains("NotoNaskhArabic", StringComparison.Ordinal)), Is.GreaterThan(0), "a CJK font");
        Assert.That(fonts.Where(f => !f.Embedded), Is.Empty);
        Assert.That(PdfFile.Squeeze(pdf.Text()), Does.Contain(PdfFile.Squeeze("会议摘要")));
    }

    [Test]
    public async Task A_summary_in_latin_script_only_is_printed_with_liberation_serif_alone_after_a_warm_up()
    {
        await using var renderer = Renderer();
        await renderer.WarmUpAsync(default);
        var launched = renderer.Launches;
        var (_, title, paragraph) = SixLanguages.Single(s => s.Language == "ru");
        var summary = new AssembledSummary(SummaryStyle.Numbered, title, "", [new(SummaryBlockKind.Title, title), new(SummaryBlockKind.Paragraph, paragraph, 1)]);

        using var pdf = new PdfFile(await renderer.RenderAsync(new PdfRequest(SummaryHtml.Render(summary, "ru"), title, "ru"), default));

        Assert.That(launched, Is.EqualTo(1), "the warm-up launched the browser");
        Assert.That(renderer.Launches, Is.EqualTo(1), "and the first document used it");
        Assert.That(pdf.Fonts().Select(f => f.Name), Has.All.Contains("LiberationSerif"));
        Assert.That(PdfFile.Squeeze(pdf.Text()), Does.Contain(PdfFile.Squeeze(paragraph)));
    }

    [Test]
    public async Task The_symbol_stands_in_the_header_of_every_page_but_the_first()
    {
        var html = "<!DOCTYPE html><html lang=\"en\"><head><title>Long</title><style>" + HouseStyle.Stylesheet + "</style></head><body>"
            + string.Concat(Enumerable.Range(1, 120).Select(i => $"<p>Paragraph {i} of a document long enough to need three pages of A4 at eleven points.</p>")) + "</body></html>";

        using var pdf = new PdfFile(await _renderer.RenderAsync(new PdfRequest(html, "Long", "en", "HSP/EB.2020/19"), default));

        Assert.That(pdf.PageCount, Is.GreaterThanOrEqualTo(3));
        Assert.That(pdf.Text(1), Does.Not.Contain("HSP/EB.2020/19"));
        for (var page = 2; page <= pdf.PageCount; page++)
        {
            Assert.That(pdf.LayoutText(page).TrimStart().Split('\n')[0].Trim(), Is.EqualTo("HSP/EB.2020/19"), $"page {page}");
        }
    }

    [Test]
    public async Task The_pdf_carries_title_author_language_tags_outline_and_page_numbers()
    {
        var summary = new AssembledSummary(SummaryStyle.Numbered, "Summary of a meeting", "",
        [
            new(SummaryBlockKind.Title, "Summary of a meeting"),
            new(SummaryBlockKind.AgendaItemHeading, "Agenda item 1 – Opening."),
            new(SummaryBlockKind.Paragraph, "The meeting opened.", 1),
            new(SummaryBlockKind.TopicHeading, "Resolution 2/7 - Adequate housing for all"),
            new(SummaryBlockKind.Paragraph, "A Member State spoke.", 2),
        ]);

        using var pdf = new PdfFile(await _renderer.RenderAsync(new PdfRequest(SummaryHtml.Render(summary), "Summary of a meeting", "en"), default));

        var info = pdf.Info();
        Assert.That(info["Title"], Is.EqualTo("Summary of a meeting"));
        Assert.That(info["Author"], Is.EqualTo(HouseStyle.Author));
        Assert.That(info["Tagged"], Is.EqualTo("yes"));
        Assert.That(info["Page size"], Does.Contain("A4"));
        Assert.That(pdf.Language(), Is.EqualTo("en"));
        Assert.That(pdf.Outline(), Is.EqualTo(new[] { "Summary of a meeting", "Agenda item 1 – Opening.", "Resolution 2/7 - Adequate housing for all" }));
        Assert.That(pdf.Text(1).TrimEnd().Split('\n')[^1].Trim(), Is.EqualTo("1"), "the page number in the footer");
        Assert.That(pdf.Check(), Does.Contain("No syntax or stream encoding errors"));
    }

    [Test]
    public async Task Markup_in_user_text_prints_literally_and_nothing_is_fetched()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var hostile = new[]
        {
            "<script>document.title='owned'</script>",
            "<img src=\"file:///etc/passwd\">",
            $"<iframe src=\"http://127.0.0.1:{port}/\"></iframe>",
            $"<link rel=\"stylesheet\" href=\"http://127.0.0.1:{port}/x.css\">",
        };
        var summary = new AssembledSummary(SummaryStyle.Numbered, "Hostile", "", [.. hostile.Select((h, i) => new SummaryBlock(SummaryBlockKind.Paragraph, h, i + 1))]);

        using var pdf = new PdfFile(await _renderer.RenderAsync(new PdfRequest(SummaryHtml.Render(summary), "Hostile", "en"), default));

        var text = PdfFile.Squeeze(pdf.Text());
        Assert.That(hostile.Select(PdfFile.Squeeze), Has.All.Matches<string>(text.Contains));
        Assert.That(pdf.Info()["Title"], Is.EqualTo("Hostile"));
        await Task.Delay(300);
        Assert.That(listener.Pending(), Is.False, "a connection reached the listener");
    }

    [Test]
    public async Task Raw_html_that_asks_for_the_network_gets_nothing_either()
    {
        // Not our templates (they encode everything): a page that tries on purpose, to prove the browser itself refuses.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var html = $"<!DOCTYPE html><html><head><title>t</title><link rel=\"stylesheet\" href=\"http://127.0.0.1:{port}/a.css\"></head><body>"
            + $"<img src=\"http://127.0.0.1:{port}/b.png\"><iframe src=\"http://127.0.0.1:{port}/c\"></iframe><img src=\"file:///etc/passwd\">"
            + $"<script>fetch('http://127.0.0.1:{port}/d')</script><p>still printed</p></body></html>";

        using var pdf = new PdfFile(await _renderer.RenderAsync(new PdfRequest(html, "t", "en"), default));

        Assert.That(pdf.Text(), Does.Contain("still printed"));
        await Task.Delay(300);
        Assert.That(listener.Pending(), Is.False, "a connection reached the listener");
    }

    [Test]
    public async Task After_the_browser_crashes_the_next_render_relaunches_it_and_succeeds()
    {
        await using var renderer = Renderer();
        var request = new PdfRequest("<html><head><title>x</title></head><body><p>before</p></body></html>", "x", "en");
        await renderer.RenderAsync(request, default);

        await renderer.CrashForTestAsync();
        using var pdf = new PdfFile(await renderer.RenderAsync(request with { Html = request.Html.Replace("before", "after", StringComparison.Ordinal) }, default));

        Assert.That(pdf.Text(), Does.Contain("after"));
        Assert.That(renderer.Launches, Is.EqualTo(2));
        Assert.That(renderer.FailingSince, Is.Null);
    }

    [Test]
    public async Task A_browser_that_stops_answering_is_given_up_after_the_timeout_and_the_render_succeeds_on_a_new_one()
    {
        var options = PdfOptions.From(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Pdf:TimeoutSeconds"] = "3" }).Build());
        await using var renderer = new ChromiumPdfRenderer(options, NullLogger<ChromiumPdfRenderer>.Instance, TimeProvider.System);
        var request = new PdfRequest("<html><head><title>x</title></head><body><p>before</p></body></html>", "x", "en");
        await renderer.RenderAsync(request, default);
        var frozen = await renderer.BrowserProcessIdForTestAsync();
        Assert.That(frozen, Is.Not.Null);
        Signal("STOP", frozen!.Value);
        try
        {
            using var pdf = new PdfFile(await renderer.RenderAsync(request with { Html = request.Html.Replace("before", "after", StringComparison.Ordinal) }, default));

            Assert.That(pdf.Text(), Does.Contain("after"));
            Assert.That(renderer.Launches, Is.EqualTo(2), "the frozen browser was given up and replaced");
        }
        finally
        {
            Signal("KILL", frozen.Value);
        }
    }

    private static void Signal(string signal, int processId)
    {
        using var kill = System.Diagnostics.Process.Start("kill", [$"-{signal}", processId.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    [Test]
    public async Task Eight_requests_at_once_share_the_bounded_pool_and_all_succeed()
    {
        var requests = Enumerable.Range(1, 8).Select(i => _renderer.RenderAsync(new PdfRequest($"<html><head><title>{i}</title></head><body><p>document {i}</p></body></html>", $"{i}", "en"), default));

        var pdfs = await Task.WhenAll(requests);

        for (var i = 0; i < pdfs.Length; i++)
        {
            using var pdf = new PdfFile(pdfs[i]);
            Assert.That(pdf.Text(), Does.Contain($"document {i + 1}"));
        }
    }

    [Test]
    public async Task Every_officer_printing_at_once_gets_their_own_document_and_no_other()
    {
        // Answers of many pages of text arrive back to back on the pipe: each PDF must be made of its own answer's
        // bytes, never of a buffer the pipe has reused for the next message (a draft printed into someone else's PDF).
        await using var renderer = Renderer();
        var failures = new List<string>();
        for (var round = 0; round < 10; round++)
        {
            var requests = Enumerable.Range(1, 8).Select(async i =>
            {
                var marker = $"Meeting{round}x{i}";
                var body = string.Concat(Enumerable.Repeat($"<p>{marker} spoke on the draft resolution on adequate housing for all.</p>", 120));
                try
                {
                    using var pdf = new PdfFile(await renderer.RenderAsync(new PdfRequest($"<html><head><title>{marker}</title></head><body>{body}</body></html>", marker, "en"), default));
                    var text = pdf.Text();
                    var others = Enumerable.Range(1, 8).Where(j => j != i).Select(j => $"Meeting{round}x{j} ").Where(text.Contains).ToList();
                    return text.Contains(marker + " spoke", StringComparison.Ordinal) && others.Count == 0 ? null : $"{marker}: own text {text.Contains(marker, StringComparison.Ordinal)}, others {string.Join(',', others)}";
                }
                catch (Exception e) when (e is not AssertionException)
                {
                    return $"{marker}: {e.GetType().Name} {e.Message}";
                }
            });
            failures.AddRange((await Task.WhenAll(requests)).OfType<string>());
        }

        Assert.That(failures, Is.Empty);
    }

    [Test]
    public async Task Documents_are_printed_by_the_headless_shell_when_it_is_installed()
    {
        // build.sh installs the Debian package chromium-headless-shell (ADR 027): the default must find its binary.
        var options = PdfOptions.From(new ConfigurationBuilder().Build());
        await using var renderer = new ChromiumPdfRenderer(options, NullLogger<ChromiumPdfRenderer>.Instance, TimeProvider.System);

        using var pdf = new PdfFile(await renderer.RenderAsync(new PdfRequest("<html><head><title>t</title></head><body><p>Printed by the shell</p></body></html>", "t", "en"), default));

        Assert.That(options.BrowserPath, Is.EqualTo("/usr/lib/chromium/chromium-headless-shell"));
        Assert.That(pdf.Text(), Does.Contain("Printed by the shell"));
    }

    [Test]
    public void Without_a_browser_rendering_is_unavailable_and_says_what_is_missing()
    {
        var options = PdfOptions.From(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Pdf:BrowserPath"] = "/nonexistent/chromium" }).Build());
        var renderer = new ChromiumPdfRenderer(options, NullLogger<ChromiumPdfRenderer>.Instance, TimeProvider.System);

        var failure = Assert.ThrowsAsync<RendererUnavailableException>(() => renderer.RenderAsync(new PdfRequest("<p/>", "t", "en"), default));

        Assert.That(failure!.Message, Does.Contain("Pdf:BrowserPath").And.Contain("chromium"));
    }

    private static ChromiumPdfRenderer Renderer() =>
        new(PdfOptions.From(new ConfigurationBuilder().Build()), NullLogger<ChromiumPdfRenderer>.Instance, TimeProvider.System);
}
