using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Domain.Resolutions;
using UnHabitat.Meetings.Templates.Resolutions;

namespace UnHabitat.Meetings.Infrastructure.Reports;

/// <summary>
/// The implementation report as a Word document in the house style (section 3): A4, Times New Roman 11 pt,
/// justified; the symbol, "Distr.: General", the date and "Original: English" at the top right of the first page;
/// the symbol in the header of every later page; the page number centred in every footer.
/// </summary>
public static class ImplementationReportDocx
{
    private const string Font = "Times New Roman";
    private const string BodySize = "22";      // half-points: 11 pt
    private const string TitleSize = "28";     // 14 pt
    private const int Indent = 567;            // twentieths of a point: 1 cm

    public static byte[] Write(ImplementationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            main.Document = new Document(body);
            main.Document.SetAttribute(new OpenXmlAttribute("xml", "lang", "http://www.w3.org/XML/1998/namespace", "en"));
            document.PackageProperties.Title = PlainText.Clean(report.Title);
            document.PackageProperties.Language = "en";

            if (report.Symbol is not null)
            {
                body.Append(Line(report.Symbol, JustificationValues.Right, bold: true, size: TitleSize));
            }

            body.Append(Line("Distr.: General", JustificationValues.Right));
            body.Append(Line(report.IssuedOnText, JustificationValues.Right));
            body.Append(Line("Original: English", JustificationValues.Right, after: 360));
            body.Append(Line(report.BodyName, JustificationValues.Left, bold: true));
            body.Append(Line(report.Period, JustificationValues.Left, after: report.AgendaItem is null ? 240 : 0));
            if (report.AgendaItem is not null)
            {
                body.Append(Line(report.AgendaItem, JustificationValues.Left, after: 240));
            }
            body.Append(Line(report.Title, JustificationValues.Left, bold: true, size: TitleSize, after: 120));
            body.Append(Line(report.Subtitle, JustificationValues.Left, bold: true));
            body.Append(Line(ImplementationReport.ReportOf, JustificationValues.Left, bold: true, after: 360));
            if (report.AgendaFootnote is not null)
            {
                body.Append(Line(report.AgendaFootnote, JustificationValues.Left, after: 360));
            }

            foreach (var section in report.Sections)
            {
                body.Append(Line($"{section.Numeral}.\t{section.Heading}", JustificationValues.Left, bold: true, after: 120, heading: true));
                foreach (var paragraph in section.Paragraphs)
                {
                    body.Append(Numbered($"{paragraph.Number}.", paragraph.Text, 0));
                    for (var i = 0; i < paragraph.Items.Count; i++)
                    {
                        body.Append(Numbered($"({ImplementationReportHtml.Letter(i)})", paragraph.Items[i], Indent));
                    }
                }
            }

            body.Append(Sections(main, report.Symbol));
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static SectionProperties Sections(MainDocumentPart main, string? symbol)
    {
        var later = main.AddNewPart<HeaderPart>();
        later.Header = new Header(symbol is null ? new Paragraph() : Line(symbol, JustificationValues.Left, bold: true));
        var first = main.AddNewPart<HeaderPart>();
        first.Header = new Header(new Paragraph());
        var footer = main.AddNewPart<FooterPart>();
        footer.Footer = new Footer(new Paragraph(
            new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
            new SimpleField(new Run(Properties(), new Text("1"))) { Instruction = " PAGE " }));

        return new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(later) },
            new HeaderReference { Type = HeaderFooterValues.First, Id = main.GetIdOfPart(first) },
            new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
            new FooterReference { Type = HeaderFooterValues.First, Id = main.GetIdOfPart(footer) },
            new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 1418, Bottom = 1247, Left = 1134, Right = 1134, Header = 709, Footer = 709, Gutter = 0U },
            new TitlePage());
    }

    /// <summary>A paragraph of one run; a heading stays with the next paragraph and has a tab stop after its numeral.</summary>
    private static Paragraph Line(string text, JustificationValues alignment, bool bold = false, string size = BodySize, int after = 0, bool heading = false)
    {
        // The children of w:pPr keep the schema's order: keepNext, tabs, spacing, jc.
        var properties = new ParagraphProperties();
        if (heading)
        {
            properties.Append(new KeepNext(), new Tabs(new TabStop { Val = TabStopValues.Left, Position = Indent }));
        }

        properties.Append(new SpacingBetweenLines { After = after.ToString(System.Globalization.CultureInfo.InvariantCulture) }, new Justification { Val = alignment });
        var parts = text.Split('\t');
        var run = new Run(Properties(bold, size));
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new TabChar());
            }

            run.Append(new Text(PlainText.Clean(parts[i])) { Space = SpaceProcessingModeValues.Preserve });
        }

        return new Paragraph(properties, run);
    }

    /// <summary>A paragraph with a hanging number ("12." or "(a)") followed by a tab and the text.</summary>
    private static Paragraph Numbered(string number, string text, int indent) =>
        new(
            new ParagraphProperties(
                new Tabs(new TabStop { Val = TabStopValues.Left, Position = indent + Indent }),
                new SpacingBetweenLines { After = "120" },
                new Indentation { Left = (indent + Indent).ToString(System.Globalization.CultureInfo.InvariantCulture), Hanging = Indent.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                new Justification { Val = JustificationValues.Both }),
            new Run(Properties(), new Text(number)),
            new Run(Properties(), new TabChar()),
            new Run(Properties(), new Text(PlainText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve }));

    private static RunProperties Properties(bool bold = false, string size = BodySize)
    {
        var properties = new RunProperties(new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font });
        if (bold)
        {
            properties.Append(new Bold());
        }

        properties.Append(new FontSize { Val = size });
        return properties;
    }
}
