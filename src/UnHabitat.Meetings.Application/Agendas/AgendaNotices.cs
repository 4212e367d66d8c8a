using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Errors;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Bodies;
using UnHabitat.Meetings.Domain.Meetings;
using UnHabitat.Meetings.Domain.Notifications;

namespace UnHabitat.Meetings.Application.Agendas;

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

    /// <summary>The officer who last submitted the agenda learns the chair's answer.</summary>
    public static void TellSubmitter(IMeetingsDbContext db, Meeting meeting, string kind, string text, DateTimeOffset at)
    {
        var submitter = meeting.Agenda.History.LastOrDefault(h => h.To == AgendaStatus.Submitted)?.ByUserId;
        if (submitter is not null)
        {
            db.Tell(submitter.Value, meeting, kind, text, at);
        }
    }

    /// <summary>
    /// After an item edit: when it sent a submitted or approved agenda back to draft (<paramref name="sentBack"/>),
    /// the body's chairs learn that they must approve it again.
    /// </summary>
    public static void TellChairsIfSentBack(this IMeetingsDbContext db, bool sentBack, AgendaStatus before, Body body, Meeting meeting, DateTimeOffset at)
    {
        if (sentBack)
        {
            db.TellChairs(body, meeting, "AgendaSentBackToDraft",
                $"The agenda of the {Title(meeting, body)} was changed after it was {before.ToString().ToLowerInvariant()}; it is a draft again and will need your approval.", at);
        }
    }

    public static string Title(Meeting meeting, Body body) => Meeting.TitleFor(meeting.Number, body.Name);

    private static string Link(Meeting meeting) => $"/api/meetings/{meeting.Id}/agenda";
}
