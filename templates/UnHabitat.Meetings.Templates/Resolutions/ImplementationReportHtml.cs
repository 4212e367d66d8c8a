using System.Net;
using System.Text;
using UnHabitat.Meetings.Domain.Resolutions;

namespace UnHabitat.Meetings.Templates.Resolutions;

/// <summary>
/// The implementation report as an official document in the house style (section 3): symbol, distribution,
/// date and original language at the top right of the first page; body, period, title and "Report of the
/// Executive Director"; sections with Roman numerals; paragraphs numbered continuously, lists lettered (a), (b).
/// Every text that comes from users is HTML-encoded. The page header with the symbol on later pages and the
/// page numbers are the PDF renderer's (<c>PdfRequest.HeaderSymbol</c>).
/// </summary>
public static class ImplementationReportHtml
{
    private const string Style = """
        @page { size: A4; margin: 25mm 20mm 22mm 20mm; }
        body { font-family: "Times New Roman", "Liberation Serif", serif; font-size: 11pt; line-height: 1.3; color: #000; }
        .masthead { text-align: right; margin-bottom: 18pt; }
        .masthead .symbol { font-size: 14pt; font-weight: bold; }
        .masthead div { margin: 0; }
        .body-name { font-weight: bold; margin: 0; }
        .period { margin: 0 0 12pt 0; }
        h1 { font-size: 14pt; font-weight: bold; margin: 12pt 0 6pt 0; }
        .subtitle { font-weight: bold; margin: 0 0 6pt 0; }
        .report-of { font-weight: bold; margin: 6pt 0 18pt 0; }
        h2 { font-size: 11pt; font-weight: bold; margin: 14pt 0 6pt 0; page-break-after: avoid; }
        p.para { text-align: justify; margin: 0 0 6pt 0; }
        p.para .n { display: inline-block; min-width: 2.2em; }
        ol.items { list-style: none; margin: 0 0 6pt 2.2em; padding: 0; }
        ol.items li { text-align: justify; margin: 0 0 3pt 0; }
        ol.items .l { display: inline-block; min-width: 2.2em; }
        """;

    /// <summary>A complete HTML document for the report.</summary>
    public static string Render(ImplementationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .Append(E(report.Title)).Append("</title>\n<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n");

        html.Append("<div class=\"masthead\">\n");
        if (report.Symbol is not null)
        {
            html.Append("<div class=\"symbol\">").Append(E(report.Symbol)).Append("</div>\n");
        }

        html.Append("<div>Distr.: General</div>\n<div>").Append(E(report.IssuedOnText)).Append("</div>\n<div>Original: English</div>\n</div>\n");
        html.Append("<p class=\"body-name\">").Append(E(report.BodyName)).Append("</p>\n");
        html.Append("<p class=\"period\">").Append(E(report.Period)).Append("</p>\n");
        html.Append("<h1>").Append(E(report.Title)).Append("</h1>\n");
        html.Append("<p class=\"subtitle\">").Append(E(report.Subtitle)).Append("</p>\n");
        html.Append("<p class=\"report-of\">").Append(ImplementationReport.ReportOf).Append("</p>\n");

        foreach (var section in report.Sections)
        {
            html.Append("<h2>").Append(E(section.Numeral)).Append(".&#8195;").Append(E(section.Heading)).Append("</h2>\n");
            foreach (var paragraph in section.Paragraphs)
            {
                html.Append("<p class=\"para\"><span class=\"n\">").Append(paragraph.Number).Append(".</span>").Append(E(paragraph.Text)).Append("</p>\n");
                if (paragraph.Items.Count > 0)
                {
                    html.Append("<ol class=\"items\">\n");
                    for (var i = 0; i < paragraph.Items.Count; i++)
                    {
                        html.Append("<li><span class=\"l\">(").Append(Letter(i)).Append(")</span>").Append(E(paragraph.Items[i])).Append("</li>\n");
                    }

                    html.Append("</ol>\n");
                }
            }
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>(a) … (z), then (aa), (ab) …</summary>
    public static string Letter(int index) =>
        index < 26 ? ((char)('a' + index)).ToString() : Letter((index / 26) - 1) + (char)('a' + (index % 26));

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
