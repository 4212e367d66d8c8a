namespace UnHabitat.Meetings.Domain.Search;

/// <summary>What a search hit is: each kind keeps the read rule of the page it comes from.</summary>
public enum SearchKind
{
    Summary,
    Journal,
    RecordEntry,
    Document,
    Resolution,
    Decision,
}

/// <summary>
/// One searchable text, derived from a record, a published summary or journal, a document (its symbol and title,
/// or one language version's text), a resolution or a decision. Nothing reads it as the truth: it is rebuilt from
/// its source whenever the source changes, and says nothing of who may read it beyond whether it is published;
/// the search checks each hit against its source's own read rule.
/// </summary>
public sealed class SearchEntry
{
    public SearchEntry(SearchKind kind, Guid sourceId, Guid? bodyId, Guid? meetingId, Guid? sessionId, string? symbol, string title, string? language,
        string text, DateTimeOffset? date, bool published, string? contentHash)
    {
        Kind = kind;
        SourceId = sourceId;
        BodyId = bodyId;
        MeetingId = meetingId;
        SessionId = sessionId;
        Symbol = symbol;
        Title = title;
        Language = language;
        Text = text;
        Date = date;
        Published = published;
        ContentHash = contentHash;
    }

    /// <summary>A number, not a GUID: the engines' full-text tables key their rows by an integer.</summary>
    public long Id { get; private set; }

    public SearchKind Kind { get; private set; }

    public Guid SourceId { get; private set; }

    public Guid? BodyId { get; private set; }

    public Guid? MeetingId { get; private set; }

    public Guid? SessionId { get; private set; }

    /// <summary>The document's, resolution's or decision's symbol, for symbol queries.</summary>
    public string? Symbol { get; private set; }

    public string Title { get; private set; }

    /// <summary>The language of the text (a document's language version); null for the Secretariat's English records.</summary>
    public string? Language { get; private set; }

    /// <summary>The text as searched: Chinese and Japanese characters set apart by spaces (see SearchText).</summary>
    public string Text { get; private set; }

    /// <summary>When: the meeting's start, the journal's day, the decision's adoption, the resolution's year.</summary>
    public DateTimeOffset? Date { get; private set; }

    /// <summary>Published (or, for resolutions and decisions, adopted): beyond the body's insiders, the read rule decides.</summary>
    public bool Published { get; private set; }

    /// <summary>The SHA-256 of the file the text was read from, so an unchanged file is not read again.</summary>
    public string? ContentHash { get; private set; }

    public void MovedTo(DateTimeOffset? date) => Date = date;
}
