using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Domain.Documents;

namespace UnHabitat.Meetings.Domain.Resolutions;

/// <summary>
/// A resolution or decision adopted by a body (the Assembly's <c>HSP/HA.2/RES.7</c>, "resolution 2/7"), its
/// operative paragraphs, the units responsible for it, the documents that report on it, and the Secretariat's
/// implementation updates, one per reporting period.
/// </summary>
public sealed class Resolution : AggregateRoot
{
    private readonly List<OperativeParagraph> _paragraphs = [];
    private readonly List<ImplementationUpdate> _updates = [];

    public Resolution(Guid id, Guid bodyId, DocumentSymbol symbol, string title, int session, int year, bool isTimeBound, DateOnly? endsOn,
        IEnumerable<OperativeParagraph> paragraphs, IEnumerable<string> units, IEnumerable<DocumentSymbol> documents)
        : base(id)
    {
        BodyId = bodyId;
        Symbol = Reference = Title = Units = Documents = "";
        Describe(symbol, title, session, year, isTimeBound, endsOn, paragraphs, units, documents);
    }

    /// <summary>For EF Core.</summary>
    private Resolution()
    {
        Symbol = Reference = Title = Units = Documents = "";
    }

    public Guid BodyId { get; private set; }

    /// <summary>The canonical symbol, e.g. <c>HSP/HA.2/RES.7</c>.</summary>
    public string Symbol { get; private set; }

    public ResolutionKind Kind { get; private set; }

    /// <summary>"resolution 2/7": what topics and running text call it (canonical, lower case).</summary>
    public string Reference { get; private set; }

    public string Title { get; private set; }

    /// <summary>The session of the body that adopted it (2 for the second session of the Assembly).</summary>
    public int Session { get; private set; }

    public int Year { get; private set; }

    public bool IsTimeBound { get; private set; }

    /// <summary>For a time-bound resolution, the date by which it is to be implemented.</summary>
    public DateOnly? EndsOn { get; private set; }

    /// <summary>The units responsible, one per line.</summary>
    public string Units { get; private set; }

    /// <summary>The symbols of the documents that report on it, one per line.</summary>
    public string Documents { get; private set; }

    public IReadOnlyList<OperativeParagraph> Paragraphs => _paragraphs;

    public IReadOnlyList<ImplementationUpdate> Updates => _updates;

    public IReadOnlyList<string> UnitList => Split(Units);

    public IReadOnlyList<string> DocumentList => Split(Documents);

    public ResolutionReference ParsedReference => ResolutionReference.FromSymbol(DocumentSymbol.Parse(Symbol))!;

    /// <summary>The updates in the order they were reported (oldest first).</summary>
    public IEnumerable<ImplementationUpdate> UpdatesInOrder => _updates.OrderBy(u => u.AsOf).ThenBy(u => u.RecordedAt);

    public ImplementationUpdate? UpdateFor(string period) =>
        _updates.FirstOrDefault(u => ImplementationUpdate.SamePeriod(u.Period, period));

    public void Describe(DocumentSymbol symbol, string title, int session, int year, bool isTimeBound, DateOnly? endsOn,
        IEnumerable<OperativeParagraph> paragraphs, IEnumerable<string> units, IEnumerable<DocumentSymbol> documents)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        var reference = ResolutionReference.FromSymbol(symbol)
            ?? throw new DomainRuleException("ResolutionSymbolIsInTheResOrDecSeries",
                $"{symbol} is not the symbol of a resolution or decision: those end in RES.n or DEC.n, as in HSP/HA.2/RES.7.");
        if (isTimeBound && endsOn is null)
        {
            throw new DomainRuleException("TimeBoundResolutionHasAnEndDate", "A time-bound resolution needs the date by which it is to be implemented.");
        }

        var list = paragraphs.ToList();
        var duplicate = list.GroupBy(p => p.Number, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new DomainRuleException("OperativeParagraphsAreNumberedOnce", $"{duplicate.Key} is listed twice.");
        }

        var reported = _updates.SelectMany(u => u.ReferencedParagraphs).Distinct().ToList();
        var stillReported = reported.Where(op => !Has(list, op)).ToList();
        if (stillReported.Count > 0)
        {
            throw new DomainRuleException("ReportedParagraphsStay",
                $"{string.Join(", ", stillReported)} cannot be removed: implementation updates report on {(stillReported.Count == 1 ? "it" : "them")}.");
        }

        Changed();
        Symbol = symbol.ToString();
        Kind = reference.Kind;
        Reference = reference.ToString();
        Title = title.Trim();
        Session = session;
        Year = year;
        IsTimeBound = isTimeBound;
        EndsOn = isTimeBound ? endsOn : null;
        Units = Join(units);
        Documents = Join(documents.Select(d => d.ToString()).Distinct(StringComparer.Ordinal));
        _paragraphs.Clear();
        _paragraphs.AddRange(list.Select((p, i) => p.At(i + 1)));
    }

    /// <summary>
    /// True when the resolution has this operative paragraph. A sub-paragraph (OP3 (c)) counts when it is listed,
    /// or when its paragraph (OP3) is listed without any sub-paragraphs; a paragraph counts when it or one of its
    /// sub-paragraphs is listed.
    /// </summary>
    public bool Has(OperativeParagraphNumber number) => Has(_paragraphs, number);

    /// <summary>
    /// Records the implementation update for a reporting period; an update already recorded for the same period is
    /// replaced (the Secretariat corrects it before the report is issued).
    /// </summary>
    public ImplementationUpdate Report(string period, DateOnly asOf, ImplementationStatus status,
        IEnumerable<UpdatePoint> points, IEnumerable<ParagraphStatus> paragraphStatuses, IEnumerable<Milestone> milestones,
        string? challenges, string? lessonsLearned, Actor by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (!Enum.IsDefined(status))
        {
            throw new DomainRuleException("StatusIsOneOfTheList", $"A status is one of {ImplementationStatuses.List}.");
        }

        var update = new ImplementationUpdate(Guid.NewGuid(), period.Trim(), asOf, status, points, paragraphStatuses, milestones, challenges, lessonsLearned, by.Name, at);
        var unknown = update.ReferencedParagraphs.Where(op => !Has(op)).ToList();
        if (unknown.Count > 0)
        {
            throw new DomainRuleException("OperativeParagraphMustExist",
                $"{Reference} has no {string.Join(", ", unknown)}; its operative paragraphs are {ParagraphList}.");
        }

        var duplicate = update.ParagraphStatuses.GroupBy(s => s.Paragraph, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new DomainRuleException("OneStatusPerParagraph", $"{duplicate.Key} is given two statuses in one update.");
        }

        Changed();
        _updates.RemoveAll(u => ImplementationUpdate.SamePeriod(u.Period, update.Period));
        _updates.Add(update);
        return update;
    }

    /// <summary>"OP1, OP2, OP3 (c)", or "none" when no paragraph is listed.</summary>
    public string ParagraphList => _paragraphs.Count == 0 ? "none" : string.Join(", ", _paragraphs.OrderBy(p => p.Position).Select(p => p.Number));

    private static bool Has(IEnumerable<OperativeParagraph> paragraphs, OperativeParagraphNumber number)
    {
        var listed = paragraphs.Select(p => p.Parsed).ToList();
        if (listed.Contains(number))
        {
            return true;
        }

        return number.SubParagraph is null
            ? listed.Exists(p => p.Paragraph == number.Paragraph)
            : listed.Contains(number.Whole) && !listed.Exists(p => p.Paragraph == number.Paragraph && p.SubParagraph is not null);
    }

    private static string Join(IEnumerable<string> lines) =>
        string.Join('\n', lines.Select(l => l.Trim()).Where(l => l.Length > 0));

    private static string[] Split(string lines) => lines.Length == 0 ? [] : lines.Split('\n');
}

/// <summary>One operative paragraph (or sub-paragraph) of a resolution, with its text or a short description.</summary>
public sealed class OperativeParagraph
{
    public OperativeParagraph(OperativeParagraphNumber number, string? text)
    {
        Number = number.ToString();
        Text = text.TrimToNull();
    }

    private OperativeParagraph()
    {
        Number = "";
    }

    /// <summary>The canonical number, e.g. <c>OP3 (c)</c>.</summary>
    public string Number { get; private set; }

    public int Position { get; private set; }

    public string? Text { get; private set; }

    public OperativeParagraphNumber Parsed => OperativeParagraphNumber.Parse(Number);

    internal OperativeParagraph At(int position) => new(Parsed, Text) { Position = position };
}
