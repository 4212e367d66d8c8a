using UnHabitat.Meetings.Application.Agendas;
using UnHabitat.Meetings.Application.Bodies;
using UnHabitat.Meetings.Application.Deadlines;
using UnHabitat.Meetings.Application.Documents;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Notifications;
using UnHabitat.Meetings.Domain.Documents;

namespace UnHabitat.Meetings.Web.Ui;

public sealed record TimelinessPage(IReadOnlyList<BodyDto> Bodies, Guid? BodyId, int Year, TimelinessDto? Report)
{
    public BodyDto? Body => Bodies.FirstOrDefault(b => b.Id == BodyId);
}
