using System.Globalization;
using System.Text;
using UnHabitat.Meetings.Domain.Bodies;
using UnHabitat.Meetings.Domain.Summaries;

namespace UnHabitat.Meetings.Templates;

/// <summary>
/// The assembled summary as a house-style HTML document: the numbered narrative (and the Board's journal)
/// or the tabular summary of informal groups. The same markup is printed to PDF and shown as the preview.
/// Headings are h1–h3 so that the PDF's outline follows them.
/// </summary>
public static class SummaryHtml
{
    public static string Render(AssembledSummary summary, string language = "en")
    {
        ArgumentNullException.ThrowIfNull(summary);
        var html = new StringBuilder(64 * 1024);
        HouseStyle.Open(html, summary.Title, language, summary.Style == SummaryStyle.Tabular ? "summary tabular-summary" : "summary numbered-summary");

        var inHead = false;
        var inTable = false;
        foreach (var block in summary.Blocks)
        {
            var headBlock = block.Kind is SummaryBlockKind.Title or SummaryBlockKind.DateLine or SummaryBlockKind.Venue or SummaryBlockKind.Chair or SummaryBlockKind.ChairFunction;
            if (headBlock != inHead)
            {
                html.Append(headBlock ? "<header class=\"doc-head\">\n" : "</header>\n");
                inHead = headBlock;
            }

            if (inTable && block.Kind != SummaryBlockKind.TableRow)
            {
                html.Append("</tbody>\n</table>\n");
                inTable = false;
            }

            switch (block.Kind)
            {
                case SummaryBlockKind.Title:
                    html.Append("<h1 class=\"title\">").Append(HouseStyle.Encode(block.Text)).Append("</h1>\n");
                    break;
                case SummaryBlockKind.DateLine:
                    Line(html, block.Bold ? "date-line bold" : "date-line", block.Text);
                    break;
                case SummaryBlockKind.Venue:
                    Line(html, "venue", block.Text);
                    break;
                case SummaryBlockKind.Chair:
                    Line(html, "chair", block.Text);
                    break;
                case SummaryBlockKind.ChairFunction:
                    Line(html, "chair-function", block.Text);
                    break;
                case SummaryBlockKind.Attendance:
                    Line(html, "attendance", block.Text);
                    break;
                case SummaryBlockKind.Heading:
                    html.Append("<h2 class=\"summary-heading\">").Append(HouseStyle.Encode(block.Text)).Append("</h2>\n");
                    break;
                case SummaryBlockKind.AgendaItemHeading:
                    html.Append("<h2 class=\"agenda-item\">").Append(HouseStyle.Encode(block.Text)).Append("</h2>\n");
                    break;
                case SummaryBlockKind.TopicHeading:
                    html.Append("<h3 class=\"topic\">").Append(HouseStyle.Encode(block.Text)).Append("</h3>\n");
                    break;
                case SummaryBlockKind.SubItemHeading:
                    html.Append("<h3 class=\"sub-item\">").Append(HouseStyle.Encode(block.Text)).Append("</h3>\n");
                    break;
                case SummaryBlockKind.LeadIn:
                    Line(html, "lead-in", block.Text);
                    break;
                case SummaryBlockKind.TableHeader:
                    html.Append("<table class=\"tabular\">\n<thead>\n<tr>");
                    foreach (var column in block.Columns ?? [])
                    {
                        html.Append("<th scope=\"col\">").Append(HouseStyle.Encode(string.Join(" ", column.Select(l => l.Text)))).Append("</th>");
                    }

                    html.Append("</tr>\n</thead>\n<tbody>\n");
                    inTable = true;
                    break;
                case SummaryBlockKind.TableRow:
                    Row(html, block);
                    break;
                default:
                    Numbered(html, block);
                    break;
            }
        }

        if (inHead)
        {
            html.Append("</header>\n");
        }

        if (inTable)
        {
            html.Append("</tbody>\n</table>\n");
        }

        HouseStyle.Close(html);
        return html.ToString();
    }

    private static void Line(StringBuilder html, string cssClass, string text) =>
        html.Append("<p class=\"").Append(cssClass).Append("\">").Append(HouseStyle.Encode(text)).Append("</p>\n");

    private static void Numbered(StringBuilder html, SummaryBlock block)
    {
        var closing = block.Kind == SummaryBlockKind.Closing || block.Bold;
        html.Append("<div class=\"para").Append(closing ? " closing" : "").Append('"');
        if (block.Number is { } id)
        {
            html.Append(" id=\"p").Append(id.ToString(CultureInfo.InvariantCulture)).Append('"');
        }

        html.Append('>');
        if (block.Number is { } number)
        {
            html.Append("<span class=\"n\">").Append(number.ToString(CultureInfo.InvariantCulture)).Append(".</span>");
        }

        html.Append("<p>").Append(HouseStyle.Encode(block.Text)).Append("</p>");
        if (block.Items is { Count: > 0 } items)
        {
            html.Append("\n<ul class=\"items\">");
            foreach (var item in items)
            {
                html.Append("<li class=\"level-").Append(item.Level.ToString(CultureInfo.InvariantCulture)).Append(item.Label is null ? "" : " labelled").Append("\">");
                if (item.Label is not null)
                {
                    html.Append("<span class=\"label\">").Append(HouseStyle.Encode(item.Label)).Append("</span> ");
                }

                html.Append(HouseStyle.Encode(item.Text)).Append("</li>");
            }

            html.Append("</ul>");
        }

        html.Append("</div>\n");
    }

    private static void Row(StringBuilder html, SummaryBlock block)
    {
        html.Append("<tr>");
        var first = true;
        foreach (var column in block.Columns ?? [])
        {
            // The first cell names the row (the agenda item): a row header for screen readers.
            html.Append(first ? "<th scope=\"row\">" : "<td>");
            Lines(html, column);
            html.Append(first ? "</th>" : "</td>");
            first = false;
        }

        html.Append("</tr>\n");
    }

    /// <summary>Points and plain lines as paragraphs; consecutive bullets as one list.</summary>
    private static void Lines(StringBuilder html, IReadOnlyList<SummaryLine> lines)
    {
        var inList = false;
        foreach (var line in lines)
        {
            if (line.Style == LineStyle.Bullet != inList)
            {
                html.Append(inList ? "</ul>" : "<ul>");
                inList = !inList;
            }

            if (line.Style == LineStyle.Bullet)
            {
                html.Append("<li>").Append(HouseStyle.Encode(line.Text)).Append("</li>");
            }
            else if (line.Style == LineStyle.Point)
            {
                html.Append("<p class=\"point\"><span class=\"label\">").Append(HouseStyle.Encode(line.Label)).Append("</span> ").Append(HouseStyle.Encode(line.Text)).Append("</p>");
            }
            else
            {
                html.Append("<p>").Append(HouseStyle.Encode(line.Text)).Append("</p>");
            }
        }

        if (inList)
        {
            html.Append("</ul>");
        }
    }
}
