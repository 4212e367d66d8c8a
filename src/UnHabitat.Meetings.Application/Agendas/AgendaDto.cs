using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Errors;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Bodies;
using UnHabitat.Meetings.Domain.Meetings;
using UnHabitat.Meetings.Domain.Notifications;

namespace UnHabitat.Meetings.Application.Agendas;

public sealed record AgendaItemDto(Guid Id, string Number, string Title, IReadOnlyList<AgendaItemDto> Children);

public sealed record AgendaTransitionDto(AgendaStatus From, AgendaStatus To, string By, DateTimeOffset At, string? Comment);

public sealed record AgendaDto(
    Guid MeetingId,
    AgendaStatus Status,
    int Version,
    string? Amendments,
    IReadOnlyList<AgendaItemDto> Items,
    IReadOnlyList<AgendaTransitionDto>? History,
    bool Editable)
{
    /// <summary>The tree with its numbers; the history only for those who prepare and approve agendas.</summary>
    public static AgendaDto From(Meeting meeting, bool withHistory)
    {
        var agenda = meeting.Agenda;
        return new AgendaDto(
            meeting.Id,
            agenda.Status,
            meeting.Version,
            agenda.Amendments,
            Tree(agenda, null),
            withHistory ? [.. agenda.History.OrderBy(h => h.At).Select(h => new AgendaTransitionDto(h.From, h.To, h.ByName, h.At, h.Comment))] : null,
            meeting.AgendaIsEditable);
    }

    private static List<AgendaItemDto> Tree(Agenda agenda, Guid? parentId) =>
        [.. agenda.ChildrenOf(parentId).Select(i => new AgendaItemDto(i.Id, agenda.NumberOf(i.Id), i.Title, Tree(agenda, i.Id)))];
}
