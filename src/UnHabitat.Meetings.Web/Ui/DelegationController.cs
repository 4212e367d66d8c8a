using Microsoft.AspNetCore.Mvc;
using UnHabitat.Meetings.Application.Bodies;
using UnHabitat.Meetings.Application.Calendar;
using UnHabitat.Meetings.Application.Documents;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Notifications;
using UnHabitat.Meetings.Application.Paging;
using UnHabitat.Meetings.Web.Delivery;

namespace UnHabitat.Meetings.Web.Ui;

/// <summary>
/// A delegation's start page: the meetings ahead with their briefcases, the bodies and languages it
/// follows, its calendar addresses and its notifications.
/// </summary>
[Route("delegation")]
public sealed class DelegationController(TimeProvider clock) : UiController
{
    /// <summary>A page address of the meetings that was not given out names the meetings' own cursor.</summary>
    private static readonly Dictionary<string, string> MeetingPagingFields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["after"] = "meetings",
    };

    /// <param name="after">Which page of the notifications.</param>
    /// <param name="meetings">Which page of the meetings ahead.</param>
    [HttpGet("")]
    public async Task<IActionResult> Index(string? after, string? meetings) => await Show(null, null, after, meetings);

    /// <summary>Replaces the bodies (and languages) followed with the ticked ones.</summary>
    [HttpPost("following")]
    public async Task<IActionResult> Following([Bind(Prefix = "Following")] FollowForm form)
    {
        var chosen = form.Bodies.Where(b => b.Follow).Select(b => new FollowedBody(b.BodyId, b.Languages.Count == 0 ? null : b.Languages)).ToList();
        if (await TrySendAsync(new FollowBodies(chosen), "Following", typeof(FollowForm)) is null)
        {
            return await Show(form, null);
        }

        Saved(chosen.Count == 0 ? "You follow no body now: your calendar address lists every body's meetings." : $"You now follow {chosen.Count} bod{(chosen.Count == 1 ? "y" : "ies")}.");
        return RedirectToAction(nameof(Index), null, null, "following");
    }

    /// <summary>A new personal calendar address. It is shown on this answer only (it is kept as a hash), so no redirect.</summary>
    [HttpPost("calendar-feed")]
    public async Task<IActionResult> CreateFeed()
    {
        var token = await TrySendAsync(new CreateCalendarFeed(), null, typeof(object));
        return await Show(null, token is null ? null : CalendarLinks.Feed(Request, token));
    }

    [HttpPost("calendar-feed/revoke")]
    public async Task<IActionResult> RevokeFeeds()
    {
        var revoked = await Mediator.Send(new RevokeCalendarFeeds());
        Saved(revoked == 0 ? "You had no personal calendar address to revoke." : $"Revoked {revoked} personal calendar address{(revoked == 1 ? "" : "es")}: calendar apps using {(revoked == 1 ? "it" : "them")} get nothing more.");
        return RedirectToAction(nameof(Index), null, null, "calendar");
    }

    /// <summary>A notice about a document opens the page of the document's meeting, at its documents.</summary>
    [HttpGet("documents/{documentId:guid}")]
    public async Task<IActionResult> Document(Guid documentId)
    {
        var document = await Mediator.Send(new GetDocument(documentId, null));
        return Redirect($"/public/meetings/{document.MeetingId}#documents");
    }

    /// <summary>Notifications carry API links; on the pages they open the meeting's page (or the document's meeting).</summary>
    internal static string PageFor(string? apiLink)
    {
        var parts = apiLink?.Split('/', StringSplitOptions.RemoveEmptyEntries) ?? [];
        if (parts.Length < 3 || parts[0] != "api" || !Guid.TryParse(parts[2], out var id))
        {
            return "/";
        }

        return parts[1] switch
        {
            "meetings" => $"/public/meetings/{id}",
            "documents" => $"/delegation/documents/{id}",
            _ => "/",
        };
    }

    /// <param name="after">Which page of the notifications, 50 a page, newest first.</param>
    /// <param name="meetingsAfter">Which page of the meetings ahead, 50 a page, soonest first.</param>
    private async Task<IActionResult> Show(FollowForm? posted, string? newFeedUrl, string? after = null, string? meetingsAfter = null)
    {
        var notifications = await Mediator.Send(new ListNotifications(Page: new PageRequest(After: after)));
        var bodies = await Mediator.Send(new ListBodies());
        var following = posted;
        if (following is null)
        {
            var followed = (await Mediator.Send(new ListFollowedBodies())).ToDictionary(f => f.BodyId);
            following = new FollowForm
            {
                Bodies = [.. bodies.Select(b => new FollowRow
                {
                    BodyId = b.Id,
                    Follow = followed.ContainsKey(b.Id),
                    Languages = followed.TryGetValue(b.Id, out var f) ? [.. f.Languages ?? []] : [],
                })],
            };
        }

        var followedIds = following.Bodies.Where(b => b.Follow).Select(b => b.BodyId).ToList();
        // Only the meetings ahead of the bodies followed (with none chosen, every body's), filtered and cut in the
        // database: not every meeting ahead read to keep a few.
        var meetings = await TrySendAsync(
            new ListMeetings(null, clock.GetUtcNow(), null, Page: new PageRequest(After: meetingsAfter), WithoutCancelled: true, BodyIds: followedIds.Count > 0 && posted is null ? followedIds : null),
            null, typeof(DelegationPage), MeetingPagingFields) ?? new Page<MeetingDto>([], null, null);
        return View("Index", new DelegationPage(meetings, notifications, bodies, following, newFeedUrl));
    }
}
