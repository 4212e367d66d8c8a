using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Records;

namespace UnHabitat.Meetings.Application.Records;

/// <summary>
/// The meetings that still have an open action point, whenever they were held: the dashboard's follow-up counts
/// every open action point, not only those of the meetings it lists for their open questions.
/// </summary>
[RequiresRole(Roles.Secretariat)]
public sealed record ListMeetingsWithOpenActionPoints : IQuery<IReadOnlyList<Guid>>;

internal sealed class ListMeetingsWithOpenActionPointsHandler(IMeetingsDbContext db) : IRequestHandler<ListMeetingsWithOpenActionPoints, IReadOnlyList<Guid>>
{
    public async Task<IReadOnlyList<Guid>> Handle(ListMeetingsWithOpenActionPoints request, CancellationToken cancellationToken) =>
        await db.ActionPoints.AsNoTracking().Where(a => a.Status == ActionPointStatus.Open).Select(a => a.MeetingId).Distinct()
            .ToListAsync(cancellationToken).ConfigureAwait(false);
}
