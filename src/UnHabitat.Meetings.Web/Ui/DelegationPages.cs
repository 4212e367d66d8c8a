using UnHabitat.Meetings.Application.Agendas;
using UnHabitat.Meetings.Application.Bodies;
using UnHabitat.Meetings.Application.Deadlines;
using UnHabitat.Meetings.Application.Documents;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Notifications;
using UnHabitat.Meetings.Application.Paging;
using UnHabitat.Meetings.Domain.Documents;

namespace UnHabitat.Meetings.Web.Ui;

public sealed class FollowRow
{
    public Guid BodyId { get; set; }

    public bool Follow { get; set; }

    public List<string> Languages { get; set; } = [];
}

public sealed class FollowForm
{
    public List<FollowRow> Bodies { get; set; } = [];
}

public sealed record DelegationPage(
    Page<MeetingDto> Upcoming,
    Page<NotificationDto> Notifications,
    IReadOnlyList<BodyDto> Bodies,
    FollowForm Following,
    string? NewFeedUrl = null);
