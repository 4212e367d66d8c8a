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
    IReadOnlyList<AgendaTransitionDto>? History)
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
            withHistory ? [.. agenda.History.OrderBy(h => h.At).Select(h => new AgendaTransitionDto(h.From, h.To, h.ByName, h.At, h.Comment))] : null);
    }

    private static List<AgendaItemDto> Tree(Agenda agenda, Guid? parentId) =>
        [.. agenda.ChildrenOf(parentId).Select(i => new AgendaItemDto(i.Id, agenda.NumberOf(i.Id), i.Title, Tree(agenda, i.Id)))];
}

internal static class AgendaNotices
{
    /// <summary>Who reads the agenda: before approval the Secretariat and the body's own chairs; from approval on, everyone.</summary>
    public static void EnsureVisibleTo(this Meeting meeting, ICurrentUser user, Body body)
    {
        if (!meeting.Agenda.IsVisibleToDelegations && !user.SeesDraftsOf(body))
        {
            throw new NotFoundException("Agenda of meeting", meeting.Id);
        }
    }

    /// <summary>Puts a message in the inbox of each chair of the body.</summary>
    public static void TellChairs(this IMeetingsDbContext db, Body body, Meeting meeting, string kind, string text, DateTimeOffset at)
    {
        foreach (var chair in body.Chairs)
        {
            db.Notifications.Add(new Notification(Guid.NewGuid(), chair.UserId, kind, text, Link(meeting), at));
        }
    }

    public static void Tell(this IMeetingsDbContext db, Guid userId, Meeting meeting, string kind, string text, DateTimeOffset at) =>
        db.Notifications.Add(new Notification(Guid.NewGuid(), userId, kind, text, Link(meeting), at));

    public static string Title(Meeting meeting, Body body) => Meeting.TitleFor(meeting.Number, body.Name);

    private static string Link(Meeting meeting) => $"/api/meetings/{meeting.Id}/agenda";
}
