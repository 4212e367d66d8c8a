using System.Globalization;
using System.Text;

namespace UnHabitat.Meetings.Templates;

/// <summary>An item of the agenda as printed: its label ("6.", "(c)", "(v)"), its title and its sub-items.</summary>
public sealed record AgendaEntry(string Label, string Title, IReadOnlyList<AgendaEntry> Children);

/// <summary>
/// What the provisional agenda prints (HOUSE-STYLE.md section 3). <see cref="Symbol"/> is null for a meeting
/// outside any session: the document then has no symbol and its later pages no symbol header.
/// </summary>
public sealed record ProvisionalAgendaDocument(
    string? Symbol,
    DateOnly IssuedOn,
    string BodyName,
    string? SessionTitle,
    string VenueAndDates,
    string Title,
    IReadOnlyList<AgendaEntry> Items,
    IReadOnlyList<string> Footnotes,
    string Language = "en",
    string OriginalLanguage = "English",
    string Distribution = "General");

/// <summary>
/// The provisional agenda as an official document: symbol top right with distribution, date and original
/// language under it, the body, session, venue and dates, the items with their sub-items, the footnotes.
/// The symbol in the header of later pages is the renderer's job (PdfRequest.HeaderSymbol).
/// </summary>
public static class ProvisionalAgendaHtml
{
    public static string Render(ProvisionalAgendaDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var html = new StringBuilder(16 * 1024);
        var title = document.Symbol is null ? document.Title : $"{document.Symbol} – {document.Title}";
        HouseStyle.Open(html, title, document.Language, "official provisional-agenda");

        html.Append("<header class=\"official-head\">\n<p class=\"organ\">United Nations</p>\n<div class=\"symbol-block\">\n");
        if (document.Symbol is not null)
        {
            html.Append("<p class=\"symbol\">").Append(HouseStyle.Encode(document.Symbol)).Append("</p>\n");
        }

        html.Append("<div class=\"distribution\">")
            .Append("<p>Distr.: ").Append(HouseStyle.Encode(document.Distribution)).Append("</p>")
            .Append("<p>").Append(document.IssuedOn.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)).Append("</p>")
            .Append("<p>Original: ").Append(HouseStyle.Encode(document.OriginalLanguage)).Append("</p>")
            .Append("</div>\n</div>\n</header>\n");

        html.Append("<p class=\"official-body\">").Append(HouseStyle.Encode(document.BodyName)).Append("</p>\n");
        if (document.SessionTitle is not null)
        {
            html.Append("<p class=\"session-line\">").Append(HouseStyle.Encode(document.SessionTitle)).Append("</p>\n");
        }

        html.Append("<p class=\"session-line\">").Append(HouseStyle.Encode(document.VenueAndDates)).Append("</p>\n");
        html.Append("<h1 class=\"agenda-title\">").Append(HouseStyle.Encode(document.Title)).Append("</h1>\n");
        Entries(html, document.Items, "agenda");

        if (document.Footnotes.Count > 0)
        {
            html.Append("<footer class=\"footnotes\">\n");
            foreach (var note in document.Footnotes)
            {
                html.Append("<p>").Append(HouseStyle.Encode(note)).Append("</p>\n");
            }

            html.Append("</footer>\n");
        }

        HouseStyle.Close(html);
        return html.ToString();
    }

    private static void Entries(StringBuilder html, IReadOnlyList<AgendaEntry> entries, string? cssClass)
    {
        html.Append(cssClass is null ? "<ol>" : $"<ol class=\"{cssClass}\">");
        foreach (var entry in entries)
        {
            html.Append("<li><div class=\"entry\"><span class=\"n\">").Append(HouseStyle.Encode(entry.Label)).Append("</span>")
                .Append(HouseStyle.Encode(entry.Title)).Append("</div>");
            if (entry.Children.Count > 0)
            {
                Entries(html, entry.Children, null);
            }

            html.Append("</li>\n");
        }

        html.Append("</ol>\n");
    }
}
