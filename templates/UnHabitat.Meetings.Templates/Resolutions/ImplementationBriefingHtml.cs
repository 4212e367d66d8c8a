using System.Text;

namespace UnHabitat.Meetings.Templates.Resolutions;

/// <summary>One bullet of a briefing page, already carrying its paragraph references ("… (OP3, OP7).").</summary>
public sealed record BriefingBullet(string Text);

/// <summary>One page of the briefing: heading, status line, bullets, milestones.</summary>
public sealed record BriefingPage(string Heading, string Status, IReadOnlyList<BriefingBullet> Bullets, IReadOnlyList<string> Milestones, string? Challenges, string? LessonsLearned);

/// <summary>
/// The briefing the Secretariat presents to the working group: one page per resolution with its status, its bullets
/// with operative-paragraph references, and its milestones. Every user text is HTML-encoded.
/// </summary>
public static class ImplementationBriefingHtml
{
    private const string Style = """
        @page { size: A4 landscape; margin: 15mm; }
        body { font-family: "Liberation Sans", Arial, sans-serif; font-size: 13pt; color: #111; }
        section.page { page-break-after: always; }
        section.page:last-child { page-break-after: auto; }
        h1 { font-size: 20pt; color: #0b4f8a; margin: 0 0 8pt 0; }
        h2 { font-size: 15pt; color: #0b4f8a; margin: 0 0 10pt 0; border-bottom: 2px solid #0b4f8a; padding-bottom: 4pt; }
        .status { font-weight: bold; margin: 0 0 8pt 0; }
        h3 { font-size: 13pt; margin: 10pt 0 4pt 0; text-transform: uppercase; }
        ul { margin: 0 0 6pt 1.2em; padding: 0; }
        li { margin: 0 0 4pt 0; }
        """;

    public static string Render(string title, string period, IReadOnlyList<BriefingPage> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n<title>").Append(E(title)).Append("</title>\n<style>\n")
            .Append(Style).Append("\n</style>\n</head>\n<body>\n");
        html.Append("<section class=\"page\"><h1>").Append(E(title)).Append("</h1><p>").Append(E(period)).Append("</p></section>\n");
        foreach (var page in pages)
        {
            html.Append("<section class=\"page\">\n<h2>").Append(E(page.Heading)).Append("</h2>\n<p class=\"status\">").Append(E(page.Status)).Append("</p>\n");
            List(html, null, page.Bullets.Select(b => b.Text).ToList());
            List(html, "Milestones", page.Milestones);
            if (page.Challenges is not null)
            {
                List(html, "Challenges", [page.Challenges]);
            }

            if (page.LessonsLearned is not null)
            {
                List(html, "Lessons learned", [page.LessonsLearned]);
            }

            html.Append("</section>\n");
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void List(StringBuilder html, string? heading, IReadOnlyList<string> lines)
    {
        if (lines.Count == 0)
        {
            return;
        }

        if (heading is not null)
        {
            html.Append("<h3>").Append(E(heading)).Append("</h3>\n");
        }

        html.Append("<ul>\n");
        foreach (var line in lines)
        {
            html.Append("<li>").Append(E(line)).Append("</li>\n");
        }

        html.Append("</ul>\n");
    }

    private static string E(string text) => HouseStyle.Encode(text);
}
