using System.Globalization;
using UnHabitat.Meetings.Domain.Bodies;
using UnHabitat.Meetings.Domain.Common;

namespace UnHabitat.Meetings.Domain.Decisions;

/// <summary>
/// "2024/3" or "2/1": a series (the year for the Executive Board, the session for the Assembly) and the
/// decision's place in it. Parsed, never treated as free text, so numbering and uniqueness are exact.
/// </summary>
public sealed record DecisionNumber(int Series, int Ordinal)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Series}/{Ordinal}");

    public static DecisionNumber? TryParse(string? text)
    {
        var parts = (text ?? "").Trim().Split('/');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var series) && series > 0
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ordinal) && ordinal > 0
                ? new DecisionNumber(series, ordinal)
                : null;
    }

    /// <summary>
    /// The series a body numbers its decisions in: the Board per year ("decision 2024/3"), the Assembly and
    /// the other bodies that meet in sessions per session ("decision 2/1"), a body outside any session per year.
    /// </summary>
    public static int SeriesFor(BodyKind kind, int year, int? sessionNumber) =>
        kind == BodyKind.ExecutiveBoard || sessionNumber is null ? year : sessionNumber.Value;
}

/// <summary>
/// A decision a body adopted under an item of a meeting's agenda. Its number is unique within the body;
/// it is the outcome of its item in the summary and in the day's journal.
/// </summary>
public sealed class Decision : AggregateRoot
{
    public Decision(Guid id, Guid bodyId, Guid meetingId, Guid agendaItemId, DecisionNumber number, int year, DateOnly adoptedOn,
        string title, string? text, string? documentSymbol, IReadOnlyCollection<DecisionNumber> takenInBody)
        : base(id)
    {
        ArgumentNullException.ThrowIfNull(number);
        ArgumentNullException.ThrowIfNull(takenInBody);
        if (takenInBody.Contains(number))
        {
            throw new DomainRuleException("DecisionNumberIsUniqueInItsBody",
                $"The body has already adopted a decision {number}: a decision number is used once in a body.");
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            throw new DomainRuleException("DecisionHasATitle", "Say what the decision is on.");
        }

        BodyId = bodyId;
        MeetingId = meetingId;
        AgendaItemId = agendaItemId;
        Number = number.ToString();
        Series = number.Series;
        Ordinal = number.Ordinal;
        Year = year;
        AdoptedOn = adoptedOn;
        Title = title.Trim();
        Text = text.TrimToNull();
        DocumentSymbol = documentSymbol.TrimToNull();
    }

    /// <summary>For EF Core.</summary>
    private Decision()
    {
        Number = Title = "";
    }

    public Guid BodyId { get; private set; }

    public Guid MeetingId { get; private set; }

    public Guid AgendaItemId { get; private set; }

    /// <summary>"2024/3": as running text names it ("decision 2024/3").</summary>
    public string Number { get; private set; }

    public int Series { get; private set; }

    public int Ordinal { get; private set; }

    /// <summary>The year of adoption (in the venue's calendar), for listings by year.</summary>
    public int Year { get; private set; }

    public DateOnly AdoptedOn { get; private set; }

    public string Title { get; private set; }

    public string? Text { get; private set; }

    /// <summary>The symbol of the document holding the decision, when there is one.</summary>
    public string? DocumentSymbol { get; private set; }

    /// <summary>The next number in a series, after the ones the body has already used.</summary>
    public static DecisionNumber Next(int series, IEnumerable<DecisionNumber> takenInBody) =>
        new(series, takenInBody.Where(n => n.Series == series).Select(n => n.Ordinal).DefaultIfEmpty(0).Max() + 1);

    /// <summary>
    /// The symbol under which the decision is followed up like a resolution: <c>HSP/EB.2024/DEC.3</c> for the
    /// Board's decision 2024/3, <c>HSP/HA.2/DEC.1</c> for the Assembly's decision 2/1. Null when the body's symbol
    /// prefix makes no valid symbol.
    /// </summary>
    public Documents.DocumentSymbol? FollowUpSymbol(Body body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return Documents.DocumentSymbol.TryParse(string.Create(CultureInfo.InvariantCulture, $"{body.SymbolPrefix}.{Series}/DEC.{Ordinal}"), out var symbol, out _)
            ? symbol
            : null;
    }

    /// <summary>The outcome sentence that closes the decision's agenda item: "The Executive Board adopted decision 2024/3 on …".</summary>
    public string OutcomeSentence(Body body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var title = Title.TrimEnd('.');
        var on = title.StartsWith("on ", StringComparison.OrdinalIgnoreCase) ? title : "on " + title;
        return $"The {Summaries.SummaryAssembler.BodyNoun(body)} adopted decision {Number} {on}.";
    }
}
