using UnHabitat.Meetings.Application.Agendas;
using UnHabitat.Meetings.Application.Bodies;
using UnHabitat.Meetings.Application.Deadlines;
using UnHabitat.Meetings.Application.Documents;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Notifications;
using UnHabitat.Meetings.Application.Paging;
using UnHabitat.Meetings.Domain.Documents;

namespace UnHabitat.Meetings.Web.Ui;

public sealed class RegisterDocumentForm
{
    public string? Symbol { get; set; }

    public string? Title { get; set; }

    public DocumentCategory Category { get; set; } = DocumentCategory.Report;

    public Distribution Distribution { get; set; } = Distribution.General;

    public Guid? AgendaItemId { get; set; }

    public string? OriginalLanguage { get; set; } = "en";

    public bool Required { get; set; } = true;

    public List<string> RequiredLanguages { get; set; } = [];
}

public sealed class UploadForm
{
    public string? Language { get; set; } = "en";

    public IFormFile? File { get; set; }

    /// <summary>Final, or an advance unedited version.</summary>
    public bool Final { get; set; } = true;
}

public sealed class PublishForm
{
    public string? LateJustification { get; set; }

    public int Version { get; set; }
}

/// <summary>Who looks at a meeting's documents: the Secretariat managing them, or a reader (delegation, public).</summary>
public enum DocumentsMode
{
    Read,
    Manage,
}

/// <summary>
/// The documents of a meeting as the caller may see them, for the partial shown on the Secretariat's
/// Documents tab and on the meeting's page for delegations and the public. In Manage mode the deadline of
/// each required document and the forms come too; <see cref="Edited"/> is the document whose form was
/// just sent back with errors.
/// </summary>
public sealed record DocumentsPanel(
    MeetingDto Meeting,
    IReadOnlyList<DocumentDto> Documents,
    DocumentsMode Mode,
    bool SignedIn,
    IReadOnlyDictionary<Guid, DeadlineDto> Deadlines,
    IReadOnlyDictionary<Guid, string> AgendaItems,
    RegisterDocumentForm Register,
    Guid? Edited = null,
    PublishForm? Publish = null)
{
    /// <summary>Where a reader downloads a language version: the signed-out public has its own route.</summary>
    public string FileLink(DocumentDto document, string language) =>
        SignedIn ? $"/documents/{document.Id}/files/{language}" : $"/public/documents/{document.Id}/files/{language}";

    public string ItemLabel(Guid? itemId) => itemId is { } id && AgendaItems.TryGetValue(id, out var label) ? label : "";
}

public sealed record DocumentsPage(MeetingDto Meeting, DocumentsPanel Panel);
