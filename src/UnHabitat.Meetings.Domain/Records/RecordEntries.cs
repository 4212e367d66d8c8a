using UnHabitat.Meetings.Domain.Common;

namespace UnHabitat.Meetings.Domain.Records;

/// <summary>
/// What the Secretariat records during a meeting, placed under an agenda item and a discussion round,
/// in the order it was recorded. Each entry is its own small aggregate, so that two officers typing at
/// once never block each other.
/// </summary>
public abstract class RecordEntry : AggregateRoot
{
    protected RecordEntry(Guid id, Guid meetingId, Guid agendaItemId, int round, string? topic, long sequence, string text)
        : base(id)
    {
        MeetingId = meetingId;
        AgendaItemId = agendaItemId;
        Round = round;
        Topic = topic;
        ResolutionReference = Resolutions.ResolutionReference.FindIn(topic)?.ToString();
        Sequence = sequence;
        Text = text;
    }

    protected RecordEntry()
    {
        Text = "";
    }

    public Guid MeetingId { get; private set; }

    public Guid AgendaItemId { get; private set; }

    /// <summary>Discussion round within the agenda item, from 1.</summary>
    public int Round { get; private set; }

    /// <summary>Optional topic, printed as a sub-heading ("Resolution 2/7 - Adequate housing for all").</summary>
    public string? Topic { get; private set; }

    /// <summary>The resolution or decision the topic names ("resolution 2/7"), which links the entry to it.</summary>
    public string? ResolutionReference { get; private set; }

    /// <summary>The order of recording; the summary keeps it within each block.</summary>
    public long Sequence { get; private set; }

    public string Text { get; private set; }

    protected void Place(Guid agendaItemId, int round, string? topic, string text)
    {
        Changed();
        AgendaItemId = agendaItemId;
        Round = round;
        Topic = topic;
        ResolutionReference = Resolutions.ResolutionReference.FindIn(topic)?.ToString();
        Text = text;
    }
}

/// <summary>The Secretariat's own paragraph: narrative, a briefing given, or a conclusion; it may hold a list.</summary>
public sealed class RecordParagraph : RecordEntry
{
    public RecordParagraph(Guid id, Guid meetingId, Guid agendaItemId, int round, ParagraphKind kind, long sequence, string text, IReadOnlyList<string>? items)
        : base(id, meetingId, agendaItemId, round, null, sequence, text)
    {
        Kind = kind;
        Items = Join(items);
    }

    private RecordParagraph()
    {
        Items = "";
    }

    public ParagraphKind Kind { get; private set; }

    /// <summary>List items inside the paragraph (a. b. c.), one per line.</summary>
    public string Items { get; private set; }

    public IReadOnlyList<string> ItemList => Items.Length == 0 ? [] : Items.Split('\n');

    public void Change(Guid agendaItemId, int round, ParagraphKind kind, string text, IReadOnlyList<string>? items)
    {
        Place(agendaItemId, round, null, text);
        Kind = kind;
        Items = Join(items);
    }

    private static string Join(IReadOnlyList<string>? items) => items is null ? "" : string.Join('\n', items.Select(i => i.Trim()).Where(i => i.Length > 0));
}

/// <summary>A Member State (or the Chair, an observer …) speaking: the predicate as typed and who really spoke.</summary>
public sealed class Intervention : RecordEntry
{
    public Intervention(Guid id, Guid meetingId, Guid agendaItemId, int round, string? topic, long sequence, Speaker speaker, string text, bool isQuestion, Bodies.AttributionPolicy? attribution, string? leadIn)
        : base(id, meetingId, agendaItemId, round, topic, sequence, text)
    {
        Speaker = speaker;
        IsQuestion = isQuestion;
        Attribution = attribution;
        LeadIn = leadIn;
    }

    private Intervention()
    {
        Speaker = new Speaker(SpeakerKind.Chair);
    }

    public Speaker Speaker { get; private set; }

    public bool IsQuestion { get; private set; }

    /// <summary>Overrides the body's attribution policy for this intervention.</summary>
    public Bodies.AttributionPolicy? Attribution { get; private set; }

    /// <summary>A literal lead-in that replaces the generated one ("Some Member States").</summary>
    public string? LeadIn { get; private set; }

    public void Change(Guid agendaItemId, int round, string? topic, Speaker speaker, string text, bool isQuestion, Bodies.AttributionPolicy? attribution, string? leadIn)
    {
        Place(agendaItemId, round, topic, text);
        Speaker = speaker;
        IsQuestion = isQuestion;
        Attribution = attribution;
        LeadIn = leadIn;
    }
}

/// <summary>The Secretariat's answer, pointing at the interventions it answers.</summary>
public sealed class SecretariatResponse : RecordEntry
{
    private readonly List<ResponseLink> _answers = [];

    public SecretariatResponse(Guid id, Guid meetingId, Guid agendaItemId, int round, string? topic, long sequence, string text, IEnumerable<Guid> respondsTo)
        : base(id, meetingId, agendaItemId, round, topic, sequence, text) =>
        _answers.AddRange(respondsTo.Distinct().Select(i => new ResponseLink(i)));

    private SecretariatResponse()
    {
    }

    public IReadOnlyList<ResponseLink> Answers => _answers;

    public void Change(Guid agendaItemId, int round, string? topic, string text, IEnumerable<Guid> respondsTo)
    {
        Place(agendaItemId, round, topic, text);
        _answers.Clear();
        _answers.AddRange(respondsTo.Distinct().Select(i => new ResponseLink(i)));
    }

    /// <summary>An intervention it answered was deleted from the record: the response no longer points at it.</summary>
    public void Forget(Guid interventionId)
    {
        Changed();
        _answers.RemoveAll(a => a.InterventionId == interventionId);
    }
}

public sealed class ResponseLink
{
    public ResponseLink(Guid interventionId) => InterventionId = interventionId;

    public Guid InterventionId { get; private set; }
}
