using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Records;

namespace UnHabitat.Meetings.Application.Records;

/// <summary>
/// The attendance with the quorum, where the body has a membership to count. The Secretariat's and the body's
/// chairs' (ADR 014); delegations and the public read attendance only as a published summary prints it.
/// </summary>
[RequiresRole(Roles.Secretariat, Roles.Chair)]
public sealed record GetAttendance(Guid MeetingId) : IQuery<AttendanceDto>;

internal sealed class GetAttendanceHandler(IMeetingsDbContext db, ICurrentUser user) : IRequestHandler<GetAttendance, AttendanceDto>
{
    public async Task<AttendanceDto> Handle(GetAttendance request, CancellationToken cancellationToken)
    {
        var (_, body) = await db.LoadMeetingAsync(request.MeetingId, cancellationToken).ConfigureAwait(false);
        user.EnsureSeesDraftsOf(body);
        var record = await db.MeetingRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Id == request.MeetingId, cancellationToken).ConfigureAwait(false)
            ?? new MeetingRecord(request.MeetingId);
        return await db.DescribeAttendanceAsync(record, cancellationToken).ConfigureAwait(false);
    }
}
