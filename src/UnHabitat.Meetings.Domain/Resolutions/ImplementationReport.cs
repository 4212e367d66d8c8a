using System.Globalization;
using UnHabitat.Meetings.Domain.Common;

namespace UnHabitat.Meetings.Domain.Resolutions;

/// <summary>A numbered paragraph of an official document; its list items are lettered (a), (b), (c) when printed.</summary>
public sealed record ReportParagraph(int Number, string Text, IReadOnlyList<string> Items);

/// <summary>A section with its Roman numeral ("II") and heading ("Resolution 1/2 on …").</summary>
public sealed record ReportSection(string Numeral, string Heading, IReadOnlyList<ReportParagraph> Paragraphs, string? Symbol = null);

/// <summary>
/// The report on the implementation of a body's resolutions for one reporting period, as an official document
/// (house style section 3): symbol and issue date, the body, the period, the title, then sections numbered with
/// Roman numerals whose paragraphs are numbered continuously.
/// </summary>
public sealed record ImplementationReport(
    string? Symbol,
    DateOnly IssuedOn,
    string BodyName,
    string Period,
    string Title,
    string Subtitle,
    IReadOnlyList<ReportSection> Sections,
    string? AgendaItem = null,
    string? AgendaFootnote = null)
{
    public const string ReportOf = "Report of the Executive Director";

    /// <summary>"Item 6 (c) (v) of the provisional agenda*" and its footnote "* HSP/EB.2020/19.", for the item the report is considered under.</summary>
    public ImplementationReport UnderAgendaItem(string number, string? provisionalAgendaSymbol) => this with
    {
        AgendaItem = $"Item {number} of the provisional agenda" + (provisionalAgendaSymbol is null ? "" : "*"),
        AgendaFootnote = provisionalAgendaSymbol is null ? null : $"* {provisionalAgendaSymbol}.",
    };

    public string IssuedOnText => IssuedOn.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public IEnumerable<ReportParagraph> AllParagraphs() => Sections.SelectMany(s => s.Paragraphs);
}

/// <summary>Writes the implementation report from the resolutions' updates for one period.</summary>
public static class ImplementationReportAssembler
{
    /// <summary>
    /// One section per resolution or decision that has an update for <paramref name="period"/>, in the order of
    /// adoption (session, resolutions before decisions, number), after an introduction that lists them.
    /// </summary>
    public static ImplementationReport Assemble(string bodyName, string period, IEnumerable<Resolution> resolutions, string? symbol, DateOnly? issuedOn)
    {
        ArgumentNullException.ThrowIfNull(resolutions);
        var reported = resolutions
            .Select(r => (Resolution: r, Update: r.UpdateFor(period), Reference: r.ParsedReference))
            .Where(x => x.Update is not null)
            .OrderBy(x => x.Reference.Series).ThenBy(x => x.Reference.Kind).ThenBy(x => x.Reference.Number)
            .ToList();
        var asOf = reported.Count == 0 ? issuedOn ?? DateOnly.MinValue : reported.Max(x => x.Update!.AsOf);
        var number = 0;
        var sections = new List<ReportSection>();

        var introduction = new List<ReportParagraph>();
        if (reported.Count == 0)
        {
            introduction.Add(new(++number, $"No implementation update has been recorded for the {bodyName} for the reporting period \u201c{period.Trim()}\u201d.", []));
        }
        else
        {
            var items = reported.Select((x, i) => $"{Heading(x.Resolution, x.Reference)}{(i == reported.Count - 1 ? "." : ";")}").ToList();
            introduction.Add(new(++number,
                $"The present report provides an overview of the status of implementation of {Count(reported.Select(x => x.Reference.Kind).ToList())} adopted by the {bodyName}, as at {Day(asOf)} ({period.Trim()}), namely:",
                items));
        }

        sections.Add(new("I", "Introduction", introduction));
        var numeral = 1;
        foreach (var (resolution, update, reference) in reported)
        {
            var paragraphs = new List<ReportParagraph> { new(++number, StatusSentence(resolution, update!, reference), []) };
            foreach (var point in update!.PointsInOrder)
            {
                paragraphs.Add(new(++number, WithReferences(point), []));
            }

            var milestones = update.MilestonesInOrder.ToList();
            if (milestones.Count > 0)
            {
                paragraphs.Add(new(++number, "The following milestones have been set:",
                    [.. milestones.Select((m, i) => $"{m.Label}: {m.DueDate.Words}{(m.Achieved ? " (reached)" : "")}{(i == milestones.Count - 1 ? "." : ";")}")]));
            }

            if (update.Challenges is not null)
            {
                paragraphs.Add(new(++number, $"Challenges: {update.Challenges}", []));
            }

            if (update.LessonsLearned is not null)
            {
                paragraphs.Add(new(++number, $"Lessons learned: {update.LessonsLearned}", []));
            }

            sections.Add(new(RomanNumerals.Upper(++numeral), Heading(resolution, reference), paragraphs, resolution.Symbol));
        }

        var kinds = reported.Select(x => x.Reference.Kind).Distinct().ToList();
        var adopted = kinds.Count == 1 && kinds[0] == ResolutionKind.Decision ? "decisions" : kinds.Count == 1 ? "resolutions" : "resolutions and decisions";
        return new ImplementationReport(
            symbol,
            issuedOn ?? asOf,
            bodyName,
            period.Trim(),
            $"Progress in the implementation of the {adopted} adopted by the {bodyName}",
            $"Status of implementation as at {Day(asOf)}",
            sections);
    }

    /// <summary>"Resolution 1/2 on United Nations System-Wide Guidelines on Safer Cities and Human Settlements".</summary>
    public static string Heading(Resolution resolution, ResolutionReference reference)
    {
        ArgumentNullException.ThrowIfNull(resolution);
        ArgumentNullException.ThrowIfNull(reference);
        return $"{reference.Capitalised} on {InRunningText(resolution.Title.TrimEnd('.'))}";
    }

    /// <summary>
    /// A title as it reads after "on": "Adequate housing for all" becomes "adequate housing for all", while a title
    /// that starts with a name ("United Nations …", "World Cleanup Day") keeps its capitals.
    /// </summary>
    public static string InRunningText(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var words = title.Split(' ', 2);
        var startsWithName = words.Length < 2 || words[1].Length == 0 || !char.IsLower(words[1][0]) || words[0].Skip(1).Any(char.IsUpper);
        return startsWithName || title.Length == 0 ? title : string.Concat(char.ToLowerInvariant(title[0]).ToString(), title.AsSpan(1));
    }

    /// <summary>The point's text with the paragraphs it concerns: "… cities peer review (OP3, OP7)."</summary>
    public static string WithReferences(UpdatePoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        var text = point.Text.TrimEnd();
        if (point.References.Count == 0)
        {
            return EndsSentence(text) ? text : text + ".";
        }

        var body = text.TrimEnd('.', ';');
        return $"{body} ({string.Join(", ", point.References)}).";
    }

    private static string StatusSentence(Resolution resolution, ImplementationUpdate update, ResolutionReference reference)
    {
        var state = update.Status switch
        {
            ImplementationStatus.NotStarted => $"the implementation of {reference} has not started",
            ImplementationStatus.UnderImplementation => $"{reference} is under implementation",
            ImplementationStatus.Completed => $"the implementation of {reference} is completed",
            ImplementationStatus.Extended => $"the implementation period of {reference} has been extended",
            _ => $"no implementation action is applicable to {reference}",
        };
        var sentence = $"As at {Day(update.AsOf)}, {state}.";
        if (resolution.IsTimeBound && resolution.EndsOn is { } endsOn)
        {
            sentence += $" The {reference.Kind.ToString().ToLowerInvariant()} is time-bound: it is to be implemented by {Day(endsOn)}.";
        }

        var byParagraph = update.ParagraphStatuses.OrderBy(s => s.Parsed.Paragraph).ThenBy(s => s.Parsed.SubParagraph).ToList();
        if (byParagraph.Count > 0)
        {
            sentence += $" By operative paragraph: {string.Join("; ", byParagraph.Select(s => $"{s.Paragraph} {s.Status.Words()}"))}.";
        }

        if (resolution.UnitList.Count > 0)
        {
            sentence += $" Responsible: {string.Join(", ", resolution.UnitList)}.";
        }

        return sentence;
    }

    private static string Count(List<ResolutionKind> kinds)
    {
        var resolutions = kinds.Count(k => k == ResolutionKind.Resolution);
        var decisions = kinds.Count - resolutions;
        var parts = new List<string>();
        if (resolutions > 0)
        {
            parts.Add(Words(resolutions, "resolution"));
        }

        if (decisions > 0)
        {
            parts.Add(Words(decisions, "decision"));
        }

        return "the " + string.Join(" and ", parts);
    }

    private static string Words(int n, string noun) =>
        n <= NumberWords.MaxCardinal ? $"{NumberWords.Cardinal(n)} {noun}{(n == 1 ? "" : "s")}" : string.Create(CultureInfo.InvariantCulture, $"{n} {noun}s");

    private static string Day(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static bool EndsSentence(string text) => text.Length > 0 && text[^1] is '.' or '!' or '?' or ':' or ')';
}
