using System.Globalization;
using System.Text;
using UnHabitat.Meetings.Domain.Resolutions;

namespace UnHabitat.Meetings.Templates.Resolutions;

/// <summary>
/// The implementation report as an official document in the house style (section 3): symbol, distribution,
/// date and original language at the top right of the first page; body, period, title and "Report of the
/// Executive Director"; sections with Roman numerals; paragraphs numbered continuously, lists lettered (a), (b).
/// Every text that comes from users is HTML-encoded (HouseStyle.Encode). The page header with the symbol on later pages and the
/// page numbers are the PDF renderer's (<c>PdfRequest.HeaderSymbol</c>).
/// </summary>
public static class ImplementationReportHtml
{
    /// <summary>A complete HTML document for the report, on the shared house stylesheet.</summary>
    public static string Render(ImplementationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder(32 * 1024);
        HouseStyle.Open(html, report.Symbol is null ? report.Title : $"{report.Symbol} \u2013 {report.Title}", "en", "official implementation-report");

        html.Append("<header class=\"official-head\">\n<p class=\"organ\">United Nations</p>\n<div class=\"symbol-block\">\n");
        if (report.Symbol is not null)
        {
            html.Append("<p class=\"symbol\">").Append(E(report.Symbol)).Append("</p>\n");
        }

        html.Append("<div class=\"distribution\"><p>Distr.: General</p><p>").Append(E(report.IssuedOnText))
            .Append("</p><p>Original: English</p></div>\n</div>\n</header>\n");
        html.Append("<p class=\"official-body\">").Append(E(report.BodyName)).Append("</p>\n");
        html.Append("<p class=\"session-line\">").Append(E(report.Period)).Append("</p>\n");
        if (report.AgendaItem is not null)
        {
            html.Append("<p class=\"agenda-item-line\">").Append(E(report.AgendaItem)).Append("</p>\n");
        }
        html.Append("<h1 class=\"agenda-title\">").Append(E(report.Title)).Append("</h1>\n");
        html.Append("<p class=\"bold\">").Append(E(report.Subtitle)).Append("</p>\n");
        html.Append("<p class=\"bold\">").Append(E(ImplementationReport.ReportOf)).Append("</p>\n");

        // The footnote of the agenda item's asterisk stays on the first page, under the heading block.
        if (report.AgendaFootnote is not null)
        {
            html.Append("<footer class=\"footnotes\"><p>").Append(E(report.AgendaFootnote)).Append("</p></footer>\n");
        }

        foreach (var section in report.Sections)
        {
            html.Append("<h2>").Append(E(section.Numeral)).Append(".&#8195;").Append(E(section.Heading)).Append("</h2>\n");
            foreach (var paragraph in section.Paragraphs)
            {
                var number = paragraph.Number.ToString(CultureInfo.InvariantCulture);
                html.Append("<div class=\"para\" id=\"p").Append(number).Append("\"><span class=\"n\">").Append(number).Append(".</span><p>")
                    .Append(E(paragraph.Text)).Append("</p>");
                if (paragraph.Items.Count > 0)
                {
                    html.Append("\n<ul class=\"items\">");
                    for (var i = 0; i < paragraph.Items.Count; i++)
                    {
                        html.Append("<li class=\"level-1 labelled\"><span class=\"label\">(").Append(Letter(i)).Append(")</span> ")
                            .Append(E(paragraph.Items[i])).Append("</li>");
                    }

                    html.Append("</ul>");
                }

                html.Append("</div>\n");
            }
        }

        HouseStyle.Close(html);
        return html.ToString();
    }

    /// <summary>(a) … (z), then (aa), (ab) …</summary>
    public static string Letter(int index) =>
        index < 26 ? ((char)('a' + index)).ToString() : Letter((index / 26) - 1) + (char)('a' + (index % 26));

    private static string E(string text) => HouseStyle.Encode(text);
}
