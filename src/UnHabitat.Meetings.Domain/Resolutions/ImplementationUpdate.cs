using UnHabitat.Meetings.Domain.Common;
namespace UnHabitat.Meetings.Domain.Resolutions;

/// <summary>
/// What the Secretariat reports on a resolution for one reporting period ("2024 second session of the
/// Executive Board"): the status, the narrative points with the operative paragraphs each concerns, the status
/// of single paragraphs where it differs, milestones, challenges and lessons learned.
/// </summary>
public sealed class ImplementationUpdate
{
    private readonly List<UpdatePoint> _points = [];
    private readonly List<ParagraphStatus> _paragraphStatuses = [];
    private readonly List<Milestone> _milestones = [];

    internal ImplementationUpdate(Guid id, string period, DateOnly asOf, ImplementationStatus status,
        IEnumerable<UpdatePoint> points, IEnumerable<ParagraphStatus> paragraphStatuses, IEnumerable<Milestone> milestones,
        string? challenges, string? lessonsLearned, string recordedBy, DateTimeOffset recordedAt)
    {
        Id = id;
        Period = period;
        AsOf = asOf;
        Status = status;
        Challenges = challenges.TrimToNull();
        LessonsLearned = lessonsLearned.TrimToNull();
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
        _points.AddRange(points.Select((p, i) => p.At(i + 1)));
        _paragraphStatuses.AddRange(paragraphStatuses);
        _milestones.AddRange(milestones.Select((m, i) => m.At(i + 1)));
    }

    private ImplementationUpdate()
    {
        Period = RecordedBy = "";
    }

    public Guid Id { get; private set; }

    /// <summary>The reporting period, as the Secretariat names it.</summary>
    public string Period { get; private set; }

    /// <summary>The date the update speaks for (the briefing or the report's date).</summary>
    public DateOnly AsOf { get; private set; }

    public ImplementationStatus Status { get; private set; }

    public string? Challenges { get; private set; }

    public string? LessonsLearned { get; private set; }

    public string RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public IReadOnlyList<UpdatePoint> Points => _points;

    public IReadOnlyList<ParagraphStatus> ParagraphStatuses => _paragraphStatuses;

    public IReadOnlyList<Milestone> Milestones => _milestones;

    public IEnumerable<UpdatePoint> PointsInOrder => _points.OrderBy(p => p.Position);

    public IEnumerable<Milestone> MilestonesInOrder => _milestones.OrderBy(m => m.Position);

    /// <summary>Every operative paragraph the update names.</summary>
    public IEnumerable<OperativeParagraphNumber> ReferencedParagraphs =>
        _points.SelectMany(p => p.References).Concat(_paragraphStatuses.Select(s => s.Parsed));

    /// <summary>Periods are the same when they read the same, ignoring case and surrounding spaces.</summary>
    public static bool SamePeriod(string a, string b) =>
        string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}

/// <summary>One bullet of an update, with the operative paragraphs it concerns ("OP3, OP7").</summary>
public sealed class UpdatePoint
{
    public UpdatePoint(string text, IEnumerable<OperativeParagraphNumber> references)
    {
        Text = text.Trim();
        Paragraphs = string.Join(';', references.Distinct().Select(r => r.ToString()));
    }

    private UpdatePoint()
    {
        Text = Paragraphs = "";
    }

    public int Position { get; private set; }

    public string Text { get; private set; }

    /// <summary>The canonical paragraph numbers, separated by semicolons (one column).</summary>
    public string Paragraphs { get; private set; }

    public IReadOnlyList<OperativeParagraphNumber> References =>
        Paragraphs.Length == 0 ? [] : [.. Paragraphs.Split(';').Select(OperativeParagraphNumber.Parse)];

    internal UpdatePoint At(int position) => new(Text, References) { Position = position };
}

/// <summary>The status of one operative paragraph where the update gives it separately.</summary>
public sealed class ParagraphStatus
{
    public ParagraphStatus(OperativeParagraphNumber paragraph, ImplementationStatus status)
    {
        Paragraph = paragraph.ToString();
        Status = status;
    }

    private ParagraphStatus()
    {
        Paragraph = "";
    }

    public string Paragraph { get; private set; }

    public ImplementationStatus Status { get; private set; }

    public OperativeParagraphNumber Parsed => OperativeParagraphNumber.Parse(Paragraph);
}

/// <summary>A dated step ("Zero draft", April 2024), and whether it has been reached.</summary>
public sealed class Milestone
{
    public Milestone(string label, PartialDate due, bool achieved)
    {
        ArgumentNullException.ThrowIfNull(due);
        Label = label.Trim();
        Due = due.Iso;
        Achieved = achieved;
    }

    private Milestone()
    {
        Label = Due = "";
    }

    public int Position { get; private set; }

    public string Label { get; private set; }

    /// <summary>The date in ISO form, as precise as known: 2024, 2024-04 or 2024-04-15.</summary>
    public string Due { get; private set; }

    public bool Achieved { get; private set; }

    public PartialDate DueDate => PartialDate.Parse(Due);

    internal Milestone At(int position) => new(Label, DueDate, Achieved) { Position = position };
}
