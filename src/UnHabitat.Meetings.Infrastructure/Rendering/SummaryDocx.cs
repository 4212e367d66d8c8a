using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Domain.Summaries;
using UnHabitat.Meetings.Templates;

namespace UnHabitat.Meetings.Infrastructure.Rendering;

/// <summary>
/// The assembled summary as a Word document the Secretariat and conference services can edit: real styles
/// (Title, Heading 1 for agenda items, Heading 2 for topics, a numbered-paragraph style whose numbers Word
/// keeps continuous, List Bullet, Table Grid with a repeating header row), not formatting on loose text.
/// </summary>
public static class SummaryDocx
{
    public const string NumberedStyle = "NumberedParagraph";
    public const string ClosingStyle = "ClosingParagraph";
    private const int ParagraphNumbering = 1;
    private const int BulletNumbering = 2;

    public static byte[] Write(AssembledSummary summary, string language = "en")
    {
        ArgumentNullException.ThrowIfNull(summary);
        var lang = HouseStyle.Language(language);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = PlainText.Clean(summary.Title);
            document.PackageProperties.Creator = HouseStyle.Author;
            document.PackageProperties.Language = lang;
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles(lang);
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = Numbering();
            var body = new Body();
            main.Document = new Document(body);

            Table? table = null;
            foreach (var block in summary.Blocks)
            {
                if (table is not null && block.Kind != SummaryBlockKind.TableRow)
                {
                    body.Append(table);
                    table = null;
                }

                switch (block.Kind)
                {
                    case SummaryBlockKind.Title:
                        body.Append(Paragraph("Title", block.Text));
                        break;
                    case SummaryBlockKind.Heading:
                        body.Append(Paragraph("SummaryHeading", block.Text));
                        break;
                    case SummaryBlockKind.AgendaItemHeading:
                        body.Append(Paragraph("Heading1", block.Text));
                        break;
                    case SummaryBlockKind.TopicHeading or SummaryBlockKind.SubItemHeading:
                        body.Append(Paragraph("Heading2", block.Text));
                        break;
                    case SummaryBlockKind.LeadIn:
                        body.Append(Paragraph("LeadIn", block.Text));
                        break;
                    case SummaryBlockKind.DateLine when block.Bold:
                        body.Append(Paragraph("DateLine", block.Text, bold: true));
                        break;
                    case SummaryBlockKind.DateLine or SummaryBlockKind.Venue or SummaryBlockKind.Chair or SummaryBlockKind.ChairFunction:
                        body.Append(Paragraph("DateLine", block.Text));
                        break;
                    case SummaryBlockKind.Attendance:
                        body.Append(Paragraph("Normal", block.Text));
                        break;
                    case SummaryBlockKind.TableHeader:
                        table = Table(block);
                        break;
                    case SummaryBlockKind.TableRow:
                        table ??= Table(null);
                        table.Append(Row(block));
                        break;
                    default:
                        body.Append(Paragraph(block.Number is null ? "Normal" : block.Kind == SummaryBlockKind.Closing || block.Bold ? ClosingStyle : NumberedStyle, block.Text));
                        foreach (var item in block.Items ?? [])
                        {
                            body.Append(item.Label is null
                                ? Paragraph("ListBullet", item.Text, level: item.Level - 1)
                                : Paragraph("ListLabelled", $"{item.Label}\t{item.Text}", level: item.Level - 1, indentByLevel: true));
                        }

                        break;
                }
            }

            if (table is not null)
            {
                body.Append(table);
            }

            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1418, Right = 1247, Bottom = 1247, Left = 1247, Header = 709, Footer = 709, Gutter = 0U }));
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static Paragraph Paragraph(string style, string text, bool bold = false, int level = 0, bool indentByLevel = false)
    {
        var properties = new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = style } };
        if (style == "ListBullet" && level > 0)
        {
            properties.NumberingProperties = new NumberingProperties(new NumberingLevelReference { Val = Math.Min(level, 2) }, new NumberingId { Val = BulletNumbering });
        }

        if (indentByLevel && level > 0)
        {
            properties.Indentation = new Indentation { Left = (567 * (level + 1)).ToString(CultureInfo.InvariantCulture), Hanging = "567" };
        }

        var run = new Run();
        if (bold)
        {
            run.RunProperties = new RunProperties { Bold = new Bold() };
        }

        // A tab inside the text (label, then text) becomes a real tab stop, not a character Word would reject;
        // a control character stored before input refused them is left out (XML cannot hold it).
        var parts = text.Split('\t');
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

    private static Table Table(SummaryBlock? header)
    {
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = "TableGrid" },
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableLook { Val = "04A0", FirstRow = true, FirstColumn = true, NoVerticalBand = true }),
            new TableGrid(new GridColumn { Width = "2100" }, new GridColumn { Width = "3700" }, new GridColumn { Width = "3612" }));
        if (header is not null)
        {
            // The header row repeats on every page; no row is forbidden from breaking across pages.
            var row = new TableRow(new TableRowProperties(new TableHeader()));
            foreach (var column in header.Columns ?? [])
            {
                row.Append(new TableCell(Paragraph("TableHeading", string.Join(" ", column.Select(l => l.Text)))));
            }

            table.Append(row);
        }

        return table;
    }

    private static TableRow Row(SummaryBlock block)
    {
        var row = new TableRow();
        foreach (var column in block.Columns ?? [])
        {
            var cell = new TableCell();
            foreach (var line in column)
            {
                cell.Append(line.Style switch
                {
                    LineStyle.Bullet => Paragraph("ListBullet", line.Text),
                    LineStyle.Point => Paragraph("TableText", $"{line.Label} {line.Text}"),
                    _ => Paragraph("TableText", line.Text),
                });
            }

            if (!cell.Elements<Paragraph>().Any())
            {
                cell.Append(new Paragraph());
            }

            row.Append(cell);
        }

        return row;
    }

    private static Styles Styles(string lang)
    {
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman", EastAsia = "SimSun" },
                    new FontSize { Val = "22" },
                    new FontSizeComplexScript { Val = "22" },
                    new Languages { Val = lang, Bidi = "ar-SA", EastAsia = "zh-CN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "240", LineRule = LineSpacingRuleValues.Auto }))));

        styles.Append(
            Style("Normal", "Normal", null, p => p.Justification = new Justification { Val = JustificationValues.Both }, isDefault: true),
            Style("Title", "Title", "Normal", p => p.Justification = new Justification { Val = JustificationValues.Left }, r => { r.Bold = new Bold(); r.FontSize = new FontSize { Val = "24" }; }),
            Style("DateLine", "Date Line", "Normal", p => { p.SpacingBetweenLines = new SpacingBetweenLines { After = "0" }; p.Justification = new Justification { Val = JustificationValues.Left }; }),
            Style("SummaryHeading", "Summary Heading", "Normal", p => { p.KeepNext = new KeepNext(); p.SpacingBetweenLines = new SpacingBetweenLines { Before = "240" }; p.Justification = new Justification { Val = JustificationValues.Center }; }, r => r.Bold = new Bold()),
            Style("Heading1", "heading 1", "Normal", p => { p.KeepNext = new KeepNext(); p.SpacingBetweenLines = new SpacingBetweenLines { Before = "240", After = "120" }; p.Justification = new Justification { Val = JustificationValues.Left }; p.OutlineLevel = new OutlineLevel { Val = 0 }; }, r => r.Bold = new Bold()),
            Style("Heading2", "heading 2", "Normal", p => { p.KeepNext = new KeepNext(); p.SpacingBetweenLines = new SpacingBetweenLines { Before = "180", After = "120" }; p.Justification = new Justification { Val = JustificationValues.Left }; p.OutlineLevel = new OutlineLevel { Val = 1 }; }, r => { r.Bold = new Bold(); r.Italic = new Italic(); }),
            Style("LeadIn", "Lead-in", "Normal", null, r => r.Italic = new Italic()),
            Style(NumberedStyle, "Numbered Paragraph", "Normal", p => p.NumberingProperties = new NumberingProperties(new NumberingId { Val = ParagraphNumbering })),
            Style(ClosingStyle, "Closing Paragraph", NumberedStyle, null, r => r.Bold = new Bold()),
            Style("ListBullet", "List Bullet", "Normal", p => { p.NumberingProperties = new NumberingProperties(new NumberingId { Val = BulletNumbering }); p.SpacingBetweenLines = new SpacingBetweenLines { After = "60" }; }),
            Style("ListLabelled", "List Labelled", "Normal", p => { p.SpacingBetweenLines = new SpacingBetweenLines { After = "60" }; p.Indentation = new Indentation { Left = "1134", Hanging = "567" }; }),
            Style("TableText", "Table Text", "Normal", p => { p.SpacingBetweenLines = new SpacingBetweenLines { After = "60" }; p.Justification = new Justification { Val = JustificationValues.Left }; }),
            Style("TableHeading", "Table Heading", "TableText", null, r => r.Bold = new Bold()),
            new Style(
                new StyleName { Val = "Table Grid" },
                new UIPriority { Val = 39 },
                new StyleTableProperties(
                    new TableBorders(
                        new TopBorder { Val = BorderValues.Single, Size = 4U },
                        new LeftBorder { Val = BorderValues.Single, Size = 4U },
                        new BottomBorder { Val = BorderValues.Single, Size = 4U },
                        new RightBorder { Val = BorderValues.Single, Size = 4U },
                        new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4U },
                        new InsideVerticalBorder { Val = BorderValues.Single, Size = 4U }),
                    new TableCellMarginDefault(
                        new TopMargin { Width = "57", Type = TableWidthUnitValues.Dxa },
                        new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                        new BottomMargin { Width = "57", Type = TableWidthUnitValues.Dxa },
                        new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
            { Type = StyleValues.Table, StyleId = "TableGrid" });
        return styles;
    }

    private static Style Style(string id, string name, string? basedOn, Action<StyleParagraphProperties>? paragraph = null, Action<StyleRunProperties>? run = null, bool isDefault = false)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, StyleName = new StyleName { Val = name } };
        if (isDefault)
        {
            style.Default = true;
        }

        if (basedOn is not null)
        {
            style.BasedOn = new BasedOn { Val = basedOn };
        }

        style.PrimaryStyle = new PrimaryStyle();
        if (paragraph is not null)
        {
            var properties = new StyleParagraphProperties();
            paragraph(properties);
            style.StyleParagraphProperties = properties;
        }

        if (run is not null)
        {
            var properties = new StyleRunProperties();
            run(properties);
            style.StyleRunProperties = properties;
        }

        return style;
    }

    private static Numbering Numbering()
    {
        var paragraphs = new AbstractNum(
            new MultiLevelType { Val = MultiLevelValues.SingleLevel },
            new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = NumberFormatValues.Decimal },
                new ParagraphStyleIdInLevel { Val = NumberedStyle },
                new LevelText { Val = "%1." },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = "567", Hanging = "567" }))
            { LevelIndex = 0 })
        { AbstractNumberId = ParagraphNumbering };

        var bullets = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel }) { AbstractNumberId = BulletNumbering };
        for (var level = 0; level < 3; level++)
        {
            bullets.Append(new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = NumberFormatValues.Bullet },
                new LevelText { Val = level == 1 ? "–" : "•" },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = (567 * (level + 2)).ToString(CultureInfo.InvariantCulture), Hanging = "283" }))
            { LevelIndex = level });
        }

        return new Numbering(
            paragraphs,
            bullets,
            new NumberingInstance(new AbstractNumId { Val = ParagraphNumbering }) { NumberID = ParagraphNumbering },
            new NumberingInstance(new AbstractNumId { Val = BulletNumbering }) { NumberID = BulletNumbering });
    }
}
