using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UnHabitat.Meetings.Infrastructure.Reports;
using UnHabitat.Meetings.Templates;

namespace UnHabitat.Meetings.Infrastructure.Rendering;

/// <summary>
/// The provisional agenda (or the adopted agenda) as a Word document, the same content as its PDF: the
/// official document's page, symbol block and headers of <see cref="ImplementationReportDocx"/>, then the
/// items with hanging numbers, sub-items indented under their item, and the footnotes.
/// </summary>
public static class ProvisionalAgendaDocx
{
    public static byte[] Write(ProvisionalAgendaDocument agenda)
    {
        ArgumentNullException.ThrowIfNull(agenda);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            main.Document = new Document(body);
            main.Document.SetAttribute(new OpenXmlAttribute("xml", "lang", "http://www.w3.org/XML/1998/namespace", agenda.Language));
            document.PackageProperties.Title = agenda.Symbol is null ? agenda.Title : $"{agenda.Symbol} – {agenda.Title}";
            document.PackageProperties.Language = agenda.Language;

            if (agenda.Symbol is not null)
            {
                body.Append(ImplementationReportDocx.Line(agenda.Symbol, JustificationValues.Right, bold: true, size: ImplementationReportDocx.TitleSize));
            }

            body.Append(ImplementationReportDocx.Line($"Distr.: {agenda.Distribution}", JustificationValues.Right));
            body.Append(ImplementationReportDocx.Line(agenda.IssuedOn.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture), JustificationValues.Right));
            body.Append(ImplementationReportDocx.Line($"Original: {agenda.OriginalLanguage}", JustificationValues.Right, after: 360));
            body.Append(ImplementationReportDocx.Line(agenda.BodyName, JustificationValues.Left, bold: true));
            if (agenda.SessionTitle is not null)
            {
                body.Append(ImplementationReportDocx.Line(agenda.SessionTitle, JustificationValues.Left));
            }

            body.Append(ImplementationReportDocx.Line(agenda.VenueAndDates, JustificationValues.Left, after: 360));
            body.Append(ImplementationReportDocx.Line(agenda.Title, JustificationValues.Left, bold: true, size: ImplementationReportDocx.TitleSize, after: 240));
            Entries(body, agenda.Items, 0);
            foreach (var note in agenda.Footnotes)
            {
                body.Append(ImplementationReportDocx.Line(note, JustificationValues.Left, size: "18"));
            }

            body.Append(ImplementationReportDocx.Sections(main, agenda.Symbol));
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static void Entries(Body body, IReadOnlyList<AgendaEntry> entries, int indent)
    {
        foreach (var entry in entries)
        {
            body.Append(ImplementationReportDocx.Numbered(entry.Label, entry.Title, indent));
            Entries(body, entry.Children, indent + ImplementationReportDocx.Indent);
        }
    }
}
