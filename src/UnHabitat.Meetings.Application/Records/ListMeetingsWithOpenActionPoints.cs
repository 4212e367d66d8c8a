using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Paging;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Records;

namespace UnHabitat.Meetings.Application.Records;

/// <summary>
/// The meetings that still have an open action point, whenever they were held, the latest first, one page at a time
/// (the whole list when no page is asked for): the dashboard's follow-up shows every open action point, not only
/// those of the meetings it lists for their open questions, and ten years of them a page at a time.
/// </summary>
[RequiresRole(Roles.Secretariat)]
public sealed record ListMeetingsWithOpenActionPoints(PageRequest? Page = null) : IQuery<Page<Guid>>, IPagedQuery;

internal sealed class ListMeetingsWithOpenActionPointsHandler(IMeetingsDbContext db) : IRequestHandler<ListMeetingsWithOpenActionPoints, Page<Guid>>
{
    public async Task<Page<Guid>> Handle(ListMeetingsWithOpenActionPoints request, CancellationToken cancellationToken) =>
        await db.Meetings.AsNoTracking()
            .Where(m => db.ActionPoints.Any(a => a.MeetingId == m.Id && a.Status == ActionPointStatus.Open))
            .OrderByDescending(m => m.StartsAt).ThenByDescending(m => m.Id)
            .Select(m => m.Id)
            .ToPageAsync(request.Page, cancellationToken).ConfigureAwait(false);
}
