using UnHabitat.Meetings.Domain.Bodies;

namespace UnHabitat.Meetings.Domain.Summaries;

public enum SummaryBlockKind
{
    Title,
    DateLine,
    Venue,
    Chair,
    ChairFunction,
    Heading,
    Attendance,
    AgendaItemHeading,
    TopicHeading,
    LeadIn,
    Paragraph,
    Closing,
    TableHeader,
    TableRow,

    /// <summary>The journal's heading of a sub-item taken up that day ("Agenda item 6 (a) – …").</summary>
    SubItemHeading,
}

/// <summary>A line inside a list or a table cell: a numbered point ("1) …"), a bullet, or plain text.</summary>
public enum LineStyle
{
    Text,
    Point,
    Bullet,
}

public sealed record SummaryLine(LineStyle Style, string Text, string? Label = null, int Level = 1);

/// <summary>Where a numbered paragraph came from in the record, so every number can be traced back.</summary>
public sealed record BlockSource(string Kind, Guid Id);

/// <summary>
/// One block of the assembled summary. Numbered paragraphs carry their number; tables carry their
/// columns (one list of lines per column).
/// </summary>
public sealed record SummaryBlock(
    SummaryBlockKind Kind,
    string Text,
    int? Number = null,
    IReadOnlyList<SummaryLine>? Items = null,
    BlockSource? Source = null,
    bool Bold = false,
    IReadOnlyList<IReadOnlyList<SummaryLine>>? Columns = null);

public sealed record AssembledSummary(SummaryStyle Style, string Title, string DateLine, IReadOnlyList<SummaryBlock> Blocks)
{
    public IEnumerable<SummaryBlock> NumberedParagraphs => Blocks.Where(b => b.Number is not null);
}
