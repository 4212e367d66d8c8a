using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using UnHabitat.Meetings.Application.Deadlines;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Paging;
using UnHabitat.Meetings.Application.Records;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Application.Summaries;
using UnHabitat.Meetings.Domain.Documents;
using UnHabitat.Meetings.Domain.Meetings;
using UnHabitat.Meetings.Domain.Summaries;

namespace UnHabitat.Meetings.Web.Ui;

public sealed record MeetingWork(MeetingDto Meeting, IReadOnlyList<InterventionDto> OpenQuestions, IReadOnlyList<ActionPointDto> OpenActionPoints);

public sealed record DeadlineLine(MeetingDto Meeting, DeadlineDto Deadline);

public sealed record DashboardPage(
    IReadOnlyList<MeetingDto> Upcoming,
    IReadOnlyList<DeadlineLine> DueSoon,
    IReadOnlyList<DeadlineLine> Overdue,
    IReadOnlyList<MeetingDto> AgendasAwaitingApproval,
    IReadOnlyList<MeetingDto> AgendasReturned,
    IReadOnlyList<MeetingDto> SummariesAwaitingClearance,
    IReadOnlyList<MeetingWork> RecentWork,
    int OpenActionPointCount,
    IPage FollowUpPages);

/// <summary>The Secretariat officer's start page: what comes next and what waits for someone.</summary>
[Route("dashboard")]
[Authorize(Roles = Roles.Secretariat + "," + Roles.Administrator)]
public sealed class DashboardController(TimeProvider clock) : UiController
{
    private const int RecentMeetings = 8;

    /// <summary>Meetings with open action points shown at a time: ten years of them would make a page nobody reads.</summary>
    private const int FollowUpMeetings = 10;

    /// <summary>A page address that was not given out names the follow-up list's own cursor.</summary>
    private static readonly Dictionary<string, string> FollowUpPagingFields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["after"] = "followup",
    };

    /// <param name="followup">Which page of the meetings with open action points.</param>
    [HttpGet("")]
    public async Task<IActionResult> Index(string? followup)
    {
        var now = clock.GetUtcNow();
        // Read by what the page shows, not the whole archive (a list answers a page of 50 by default): the meetings
        // ahead, the latest held, and any other meeting something waits on.
        var ahead = (await Mediator.Send(new ListMeetings(null, now, null, Page: new PageRequest(PageRequest.MaxLimit), WithoutCancelled: true))).Items;
        var recentHeld = (await Mediator.Send(new ListMeetings(null, null, now, Page: new PageRequest(RecentMeetings), WithoutCancelled: true, NewestFirst: true))).Items.ToList();
        var byId = ahead.Concat(recentHeld).DistinctBy(m => m.Id).ToDictionary(m => m.Id);
        var submitted = await Mediator.Send(new ListSummaries(SummaryStatus.Submitted));

        // Open questions of the latest meetings held (bounded, so one look-up each is fine), and every open
        // action point, whenever its meeting is: an action point agreed at a meeting stays open until closed. Those
        // are counted in the database and listed a page of meetings at a time, the latest first.
        var pageOfOpenPoints = await TrySendAsync(
            new ListMeetingsWithOpenActionPoints(new PageRequest(FollowUpMeetings, followup)), null, typeof(DashboardPage), FollowUpPagingFields)
            ?? new Page<Guid>([], null, null);
        var withOpenPoints = pageOfOpenPoints.ToHashSet();
        var openPointCount = await Mediator.Send(new CountOpenActionPoints());

        var others = withOpenPoints.Concat(submitted.Select(s => s.MeetingId)).Where(id => !byId.ContainsKey(id)).Distinct().ToList();
        if (others.Count > 0)
        {
            // One query for all of them, not one meeting loaded at a time.
            foreach (var meeting in (await Mediator.Send(new ListMeetings(null, null, null, Ids: others))).Items)
            {
                byId[meeting.Id] = meeting;
            }
        }

        var live = byId.Values.Where(m => m.Status != MeetingStatus.Cancelled).ToList();
        var followed = recentHeld.Concat(byId.Values.Where(m => withOpenPoints.Contains(m.Id)).OrderByDescending(m => m.StartsAt)).DistinctBy(m => m.Id);
        var recent = new List<MeetingWork>();
        // The page's meetings' own open action points in one query.
        var openPoints = (withOpenPoints.Count == 0 ? [] : await Mediator.Send(new ListOpenActionPoints([.. withOpenPoints]))).ToLookup(a => a.MeetingId);
        foreach (var meeting in followed)
        {
            // Only the open questions, asked in SQL: the latest meetings may have long records.
            IReadOnlyList<InterventionDto> questions = recentHeld.Contains(meeting) ? (await Mediator.Send(new ListInterventions(meeting.Id, OnlyOpenQuestions: true))).Items : [];
            List<ActionPointDto> points = [.. openPoints[meeting.Id]];
            if (questions.Count > 0 || points.Count > 0)
            {
                recent.Add(new MeetingWork(meeting, questions, points));
            }
        }

        // Deadlines of the meetings ahead: one look-up per upcoming meeting.
        var deadlines = new List<DeadlineLine>();
        foreach (var meeting in ahead)
        {
            deadlines.AddRange((await Mediator.Send(new ListDeadlines(meeting.Id))).Select(d => new DeadlineLine(meeting, d)));
        }

        return View(new DashboardPage(
            ahead,
            [.. deadlines.Where(d => d.Deadline.Status == DeadlineStatus.DueSoon)],
            [.. deadlines.Where(d => d.Deadline.Status == DeadlineStatus.Overdue)],
            [.. live.Where(m => m.AgendaStatus == AgendaStatus.Submitted).OrderBy(m => m.StartsAt)],
            [.. live.Where(m => m.AgendaStatus == AgendaStatus.Returned).OrderBy(m => m.StartsAt)],
            [.. submitted.Where(s => byId.ContainsKey(s.MeetingId)).Select(s => byId[s.MeetingId])],
            recent,
            openPointCount,
            pageOfOpenPoints));
    }
}
