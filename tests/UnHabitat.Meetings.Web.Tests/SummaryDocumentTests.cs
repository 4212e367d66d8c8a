using System.Net;
using System.Net.Http.Headers;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Application.Summaries;
using UnHabitat.Meetings.Domain.Summaries;
using UnHabitat.Meetings.Infrastructure.Rendering;
using UnHabitat.Meetings.Testing;
using UnHabitat.Meetings.Web.Tests.Fixtures;
using UnHabitat.Meetings.Web.Tests.Support;

namespace UnHabitat.Meetings.Web.Tests;

/// <summary>
/// The 56th PBA meeting (seeds/003), rebuilt through the API, as the documents a delegation prints and the
/// Secretariat edits: the PDF read back with poppler, the DOCX opened with the Open XML SDK.
/// </summary>
[TestFixture]
[Category("Database")]
public sealed class SummaryDocumentTests : AppFixture
{
    private HttpClient _secretariat = null!;
    private Guid _meeting;
    private List<SummaryBlock> _blocks = null!;
    // Assigned in OnStartedAsync (the base fixture's one-time set-up), released in ReleaseThePdf.
#pragma warning disable NUnit1032
    private PdfFile _pdf = null!;
#pragma warning restore NUnit1032
    private string? _etag;

    protected override async Task OnStartedAsync()
    {
        _secretariat = (await App.UserAsync(Roles.Secretariat)).Client;
        (_meeting, _) = await ReferenceMeetings.Pba56Async(App, _secretariat);
        var summary = (await (await _secretariat.GetAsync($"/api/meetings/{_meeting}/summary")).ReadAsync<SummaryDto>()).Summary;
        _blocks = [.. summary.Blocks];

        var response = await _secretariat.GetAsync($"/api/meetings/{_meeting}/summary.pdf");
        _etag = response.Headers.ETag?.Tag;
        _pdf = await PdfFile.ReadAsync(response);
    }

    [OneTimeTearDown]
    public void ReleaseThePdf() => _pdf.Dispose();

    [Test]
    public void The_pdf_reads_title_date_line_chair_every_heading_and_paragraphs_1_to_73_in_order()
    {
        var text = PdfFile.Squeeze(_pdf.BodyText());
        var expected = new List<string> { Pba56Reference.Title, Pba56Reference.DateLine, Pba56Reference.Venue, Pba56Reference.ChairLine, Pba56Reference.ChairFunction };
        foreach (var block in _blocks.Where(b => b.Kind is not (SummaryBlockKind.Title or SummaryBlockKind.DateLine or SummaryBlockKind.Venue or SummaryBlockKind.Chair or SummaryBlockKind.ChairFunction)))
        {
            var number = Number(block) is { } n ? $"{n}." : "";
            expected.Add(number + block.Text);
            if (block.Items is { } items)
            {
                expected.AddRange(items.Select(i => (i.Label ?? "") + i.Text));
            }
        }

        var at = 0;
        foreach (var piece in expected)
        {
            var found = text.IndexOf(PdfFile.Squeeze(piece), at, StringComparison.Ordinal);
            Assert.That(found, Is.GreaterThanOrEqualTo(0), $"not found (in this order) in the PDF: {piece}\nthe PDF goes on: {text[at..Math.Min(text.Length, at + 300)]}");
            at = found + PdfFile.Squeeze(piece).Length;
        }

        Assert.That(expected.Count(e => char.IsAsciiDigit(e[0])), Is.EqualTo(Pba56Reference.ParagraphCount));
    }

    [Test]
    public void The_closing_paragraph_is_printed_in_bold()
    {
        var closing = _blocks.Single(b => b.Kind == SummaryBlockKind.Closing).Text;

        var bold = PdfFile.Squeeze(_pdf.BoldText());

        Assert.That(bold, Does.Contain(PdfFile.Squeeze(closing)).And.Contain("73."));
        Assert.That(bold, Does.Not.Contain(PdfFile.Squeeze(_blocks.First(b => Number(b) == 72).Text)), "paragraph 72 is not bold");
    }

    [Test]
    public void Its_fonts_are_embedded_it_is_tagged_and_its_outline_follows_the_headings()
    {
        var headings = _blocks.Where(b => b.Kind is SummaryBlockKind.Title or SummaryBlockKind.Heading or SummaryBlockKind.AgendaItemHeading or SummaryBlockKind.TopicHeading)
            .Select(b => b.Text).ToList();

        Assert.That(_pdf.Fonts(), Is.Not.Empty);
        Assert.That(_pdf.Fonts().Where(f => !f.Embedded).Select(f => f.Name), Is.Empty);
        Assert.That(_pdf.Info()["Tagged"], Is.EqualTo("yes"));
        Assert.That(_pdf.Info()["Author"], Is.EqualTo("UN-Habitat Secretariat of Governing Bodies"));
        Assert.That(_pdf.Info()["Title"], Is.EqualTo(Pba56Reference.Title));
        Assert.That(_pdf.Language(), Is.EqualTo("en"));
        // Titles are compared without spaces: Chromium drops the space where a long heading wraps.
        Assert.That(_pdf.Outline().Select(PdfFile.Squeeze), Is.EqualTo(headings.Select(PdfFile.Squeeze)));
    }

    [Test]
    public void Every_page_is_numbered_and_holds_content_and_the_last_one_ends_with_the_closing_paragraph()
    {
        var pages = _pdf.PageCount;

        Assert.That(pages, Is.InRange(4, 12), "73 paragraphs of the reference fill about six to eight pages of A4");
        for (var page = 1; page <= pages; page++)
        {
            var lines = _pdf.Text(page).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim('\f', ' ')).Where(l => l.Length > 0).ToList();
            Assert.That(lines[^1], Is.EqualTo(page.ToString(System.Globalization.CultureInfo.InvariantCulture)), $"footer of page {page}");
            Assert.That(lines, Has.Count.GreaterThan(3), $"page {page} holds content");
        }

        Assert.That(PdfFile.Squeeze(_pdf.Text(pages)), Does.Contain(PdfFile.Squeeze("adjourned at 13:05 EAT.")));
    }

    [Test]
    public async Task The_same_summary_asked_again_with_its_etag_is_304_and_without_it_the_same_bytes()
    {
        Assert.That(_etag, Is.Not.Null);
        using var conditional = new HttpRequestMessage(HttpMethod.Get, $"/api/meetings/{_meeting}/summary.pdf");
        conditional.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(_etag!));
        var notModified = await _secretariat.SendAsync(conditional);
        var again = await _secretariat.GetAsync($"/api/meetings/{_meeting}/summary.pdf");

        Assert.That(notModified.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
        Assert.That(again.Headers.ETag?.Tag, Is.EqualTo(_etag));
        Assert.That(PdfFile.Squeeze(new PdfFile(await again.Content.ReadAsByteArrayAsync()).Text()), Is.EqualTo(PdfFile.Squeeze(_pdf.Text())));
    }

    [Test]
    public async Task The_docx_is_valid_word_and_holds_the_same_numbered_paragraphs_in_its_numbered_style()
    {
        var response = await _secretariat.GetAsync($"/api/meetings/{_meeting}/summary.docx");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.ExplainAsync());
        Assert.That(response.Headers.ETag, Is.Not.Null);

        using var document = await WordFile.ReadAsync(response);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.That(errors, Is.Empty);

        var body = document.MainDocumentPart!.Document.Body!;
        var numbered = body.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value is SummaryDocx.NumberedStyle or SummaryDocx.ClosingStyle)
            .Select(p => p.InnerText).ToList();
        var expected = _blocks.Where(b => Number(b) is not null).Select(b => b.Text).ToList();
        Assert.That(numbered, Is.EqualTo(expected));
        Assert.That(body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1").Select(p => p.InnerText),
            Is.EqualTo(_blocks.Where(b => b.Kind == SummaryBlockKind.AgendaItemHeading).Select(b => b.Text)));
        Assert.That(document.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().Select(s => s.StyleId?.Value),
            Is.SupersetOf(new[] { "Title", "Heading1", "Heading2", SummaryDocx.NumberedStyle, "ListBullet", "TableGrid" }));
    }

    [Test]
    public async Task The_preview_is_the_same_markup_with_a_policy_that_allows_only_its_own_stylesheet()
    {
        var response = await _secretariat.GetAsync($"/api/meetings/{_meeting}/summary.html");
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
        Assert.That(html, Does.Contain("<h1 class=\"title\">" + Pba56Reference.Title + "</h1>"));
        Assert.That(response.Headers.GetValues("Content-Security-Policy").Single(), Does.Contain("style-src 'sha256-").And.Contain("default-src 'none'"));
    }

    [TestCase("summary.pdf")]
    [TestCase("summary.docx")]
    [TestCase("summary.html")]
    public async Task Before_publication_the_documents_do_not_exist_for_a_delegation_or_the_public(string document)
    {
        var delegation = (await App.UserAsync(Roles.Delegation, "KE")).Client;

        Assert.That((await App.Anonymous().GetAsync($"/api/meetings/{_meeting}/{document}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await delegation.GetAsync($"/api/meetings/{_meeting}/{document}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    private static int? Number(SummaryBlock block) => block.Number;
}
