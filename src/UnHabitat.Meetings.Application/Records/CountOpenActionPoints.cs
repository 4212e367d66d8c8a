using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Records;

namespace UnHabitat.Meetings.Application.Records;

/// <summary>How many action points are open, of every meeting: the dashboard's count, while it lists them a page at a time.</summary>
[RequiresRole(Roles.Secretariat)]
public sealed record CountOpenActionPoints : IQuery<int>;

internal sealed class CountOpenActionPointsHandler(IMeetingsDbContext db) : IRequestHandler<CountOpenActionPoints, int>
{
    public async Task<int> Handle(CountOpenActionPoints request, CancellationToken cancellationToken) =>
        await db.ActionPoints.AsNoTracking().CountAsync(a => a.Status == ActionPointStatus.Open, cancellationToken).ConfigureAwait(false);
}
