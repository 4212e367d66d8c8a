namespace UnHabitat.Meetings.Domain.Documents;

public enum DocumentCategory
{
    ProvisionalAgenda,
    Report,
    Background,
    Presentation,
    DraftDecision,
    Information,
    ConferenceRoomPaper,
}

/// <summary>Where one language version stands: not there yet, late, or posted (unedited in advance, or final).</summary>
public enum LanguageStatus
{
    Missing,
    Overdue,
    AdvanceUnedited,
    Final,
}

/// <summary>Where a required document stands against its deadline.</summary>
public enum DeadlineStatus
{
    Upcoming,
    DueSoon,
    Overdue,
    Met,
    MetLate,
}

/// <summary>The six official languages of the United Nations, by ISO 639-1 code.</summary>
public static class OfficialLanguages
{
    public static readonly IReadOnlyList<string> All = ["ar", "zh", "en", "fr", "ru", "es"];

    public static bool IsOfficial(string? code) => code is not null && All.Contains(code);

    /// <summary>Arabic is written right to left.</summary>
    public static bool IsRightToLeft(string code) => code == "ar";
}

/// <summary>What a document's category says about its symbol.</summary>
public static class DocumentCategories
{
    /// <summary>
    /// The special series a category is numbered in when the Secretariat leaves the symbol to the system: conference
    /// room papers run as CRP.1, CRP.2 … and information documents as INF/1, INF/2 …, apart from the main numbers;
    /// null for the main series.
    /// </summary>
    public static string? SymbolSeries(this DocumentCategory category) => category switch
    {
        DocumentCategory.ConferenceRoomPaper => "CRP",
        DocumentCategory.Information => "INF",
        _ => null,
    };
}
