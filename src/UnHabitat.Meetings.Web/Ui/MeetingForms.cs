using UnHabitat.Meetings.Application.Agendas;
using UnHabitat.Meetings.Application.Bodies;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Records;
using UnHabitat.Meetings.Domain.Meetings;
using UnHabitat.Meetings.Domain.Records;
using UnHabitat.Meetings.Domain.Reference;

namespace UnHabitat.Meetings.Web.Ui;

public sealed class NewMeetingForm
{
    public Guid BodyId { get; set; }

    public int? Number { get; set; }

    public DateOnly? Date { get; set; }

    public TimeOnly? StartTime { get; set; }

    public TimeOnly? EndTime { get; set; }

    public string? TimeZone { get; set; } = "Africa/Nairobi";

    public string? Venue { get; set; }

    public Modality Modality { get; set; } = Modality.InPerson;

    public string? ChairHonorific { get; set; }

    public string? ChairName { get; set; }

    public string? ChairFunction { get; set; }

    public bool StartFromPreviousAgenda { get; set; }

    /// <summary>The officer confirms that a date in the past is meant: the record of a meeting already held.</summary>
    public bool ConfirmPast { get; set; }
}

/// <param name="AskToConfirmPast">The date given is in the past: the page asks whether the meeting already took place.</param>
public sealed record NewMeetingPage(NewMeetingForm Form, IReadOnlyList<BodyDto> Bodies, bool AskToConfirmPast = false);

public sealed class AddItemForm
{
    public string? Title { get; set; }

    public Guid? ParentId { get; set; }

    public int Version { get; set; }
}

public sealed class ItemForm
{
    public string? Title { get; set; }

    public ItemButton Op { get; set; }

    public int Version { get; set; }
}

public sealed class AgendaStepForm
{
    public string? Amendments { get; set; }

    public int Version { get; set; }
}

/// <summary>The meeting workspace: its details and the agenda tree editor.</summary>
public sealed record WorkspacePage(MeetingDto Meeting, AgendaDto Agenda, AddItemForm AddItem, Guid? EditedItem = null, ItemForm? EditedForm = null);

public sealed class AttendanceRow
{
    public string? MemberState { get; set; }

    /// <summary>True for a row the page listed (a member, or a State already recorded); false for a State typed in.</summary>
    public bool Listed { get; set; }

    /// <summary>Empty for "not recorded".</summary>
    public AttendanceStatus? Status { get; set; }

    public AttendanceMode Mode { get; set; }

    /// <summary>Names separated by semicolons.</summary>
    public string? Delegates { get; set; }
}

public sealed class AttendanceForm
{
    public List<AttendanceRow> Rows { get; set; } = [];

    public int Version { get; set; }
}

public sealed class MeetingTimesForm
{
    public TimeOnly? CalledToOrder { get; set; }

    public TimeOnly? Adjourned { get; set; }
}

public sealed record AttendancePage(MeetingDto Meeting, AttendanceDto Attendance, AttendanceForm Form, MeetingTimesForm Times, IReadOnlyList<MemberState> States, bool BodyHasMembers);

public sealed class InterventionForm
{
    public Guid AgendaItemId { get; set; }

    public int? Round { get; set; } = 1;

    public string? Topic { get; set; }

    public string? Speaker { get; set; }

    public string? OnBehalfOf { get; set; }

    public string? Text { get; set; }

    public bool IsQuestion { get; set; }
}

public sealed class ResponseForm
{
    public Guid AgendaItemId { get; set; }

    public int? Round { get; set; } = 1;

    public string? Topic { get; set; }

    public string? Text { get; set; }

    public List<Guid> RespondsTo { get; set; } = [];
}

public sealed class ParagraphForm
{
    public Guid AgendaItemId { get; set; }

    public int? Round { get; set; } = 1;

    public ParagraphKind Kind { get; set; } = ParagraphKind.Narrative;

    public string? Text { get; set; }
}

public sealed class ActionPointForm
{
    public string? Text { get; set; }

    public string? Owner { get; set; }

    public DateOnly? Due { get; set; }
}

public sealed class MarkPresentForm
{
    public string? MemberState { get; set; }

    public int? Version { get; set; }
}

/// <summary>The live record: the entry forms first (keyboard first), then what has been recorded.</summary>
public sealed record RecordPage(
    MeetingDto Meeting,
    AgendaDto Agenda,
    MeetingRecordDto Record,
    IReadOnlyList<InterventionDto> OpenQuestions,
    IReadOnlyList<ActionPointDto> ActionPoints,
    IReadOnlyList<MemberState> States,
    InterventionForm Intervention,
    ResponseForm Response,
    ParagraphForm Paragraph,
    ActionPointForm ActionPoint)
{
    public IEnumerable<PlacedItem> Items => AgendaTree.InOrder(Agenda.Items);

    public IEnumerable<string> Topics => Record.Interventions.Select(i => i.Topic).Concat(Record.Responses.Select(r => r.Topic))
        .OfType<string>().Distinct(StringComparer.Ordinal);

    public string ItemLabel(Guid id) => Items.FirstOrDefault(i => i.Item.Id == id) is { } p ? $"{p.Item.Number} {p.Item.Title}" : "(removed item)";

    /// <summary>Why the record cannot change now and how to reopen it (the summary's workflow says); null while it can.</summary>
    public string? RecordFrozen { get; init; }

    /// <summary>Where action points of earlier meetings are reported: the item on their implementation, else the first.</summary>
    public Guid ActionPointsItem => Items.FirstOrDefault(p => p.Item.Title.Contains("action point", StringComparison.OrdinalIgnoreCase))?.Item.Id
        ?? Items.FirstOrDefault()?.Item.Id ?? Guid.Empty;

    /// <summary>States marked Apologies or Absent that took the floor: warned about, with a one-click correction.</summary>
    public StatesMarkedAwayDto? MarkedAway { get; init; }

    /// <summary>The form for a named official or guest, kept as typed when the use case refused it.</summary>
    public OfficialForm Official { get; init; } = new();
}
