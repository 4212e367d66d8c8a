using UnHabitat.Meetings.Application.Agendas;
using UnHabitat.Meetings.Application.Bodies;
using UnHabitat.Meetings.Application.Deadlines;
using UnHabitat.Meetings.Application.Documents;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Notifications;
using UnHabitat.Meetings.Domain.Documents;

namespace UnHabitat.Meetings.Web.Ui;

internal static class AgendaLabels
{
    public static IReadOnlyDictionary<Guid, string> Of(AgendaDto? agenda) =>
        agenda is null ? new Dictionary<Guid, string>() : AgendaTree.InOrder(agenda.Items).ToDictionary(p => p.Item.Id, p => $"{p.Item.Number} {p.Item.Title}");
}
