using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;

namespace UnHabitat.Meetings.Application.Records;

/// <summary>
/// Why the record cannot change now and how to reopen it, or null while it can: what the record pages show
/// on every load, read from the summary's state alone instead of assembling the whole summary.
/// </summary>
[RequiresRole(Roles.Secretariat, Roles.Chair)]
public sealed record GetRecordFreeze(Guid MeetingId) : IQuery<string?>;

internal sealed class GetRecordFreezeHandler(IMeetingsDbContext db, ICurrentUser user) : IRequestHandler<GetRecordFreeze, string?>
{
    public async Task<string?> Handle(GetRecordFreeze request, CancellationToken cancellationToken)
    {
        var (_, body) = await db.LoadMeetingAsync(request.MeetingId, cancellationToken).ConfigureAwait(false);
        user.EnsureSeesDraftsOf(body);
        var summary = await db.MeetingSummaries.AsNoTracking().FirstOrDefaultAsync(s => s.Id == request.MeetingId, cancellationToken).ConfigureAwait(false);
        return summary?.RecordFrozenBecause;
    }
}
