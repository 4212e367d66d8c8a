using UnHabitat.Meetings.Application.Notifications;
using UnHabitat.Meetings.Domain.Bodies;
using UnHabitat.Meetings.Domain.Documents;
using UnHabitat.Meetings.Domain.Meetings;

namespace UnHabitat.Meetings.Application.Documents;

internal static class DocumentNotices
{
    /// <summary>Tells the delegations following the body, in the languages they chose, if they may read the document.</summary>
    public static async Task AnnounceAsync(Notifier notifier, Document document, Body body, Meeting meeting, string what, string? language, CancellationToken ct)
    {
        var members = body.MembersOn(meeting);
        var followers = (await notifier.FollowersAsync(body.Id, ct).ConfigureAwait(false))
            .Where(s => language is null || s.LanguageList.Count == 0 || s.LanguageList.Contains(language))
            .Select(s => s.UserId)
            .ToList();
        if (document.Distribution == Distribution.Restricted)
        {
            // Only members' delegations may read a Restricted document: tell no one else about it.
            followers = [.. (await notifier.MemberStatesOfAsync(followers, ct).ConfigureAwait(false)).Where(f => f.MemberState is not null && members.Contains(f.MemberState)).Select(f => f.UserId)];
        }

        await notifier.TellAsync(followers, "DocumentPosted", what, $"{what}: {document.Title}, for the {Meeting.TitleFor(meeting.Number, body.Name)}.",
            $"/api/documents/{document.Id}", ct).ConfigureAwait(false);
    }
}
