using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Records;

namespace UnHabitat.Meetings.Application.Records;

/// <summary>The attendance with the quorum, where the body has a membership to count.</summary>
[RequiresSignedInUser]
public sealed record GetAttendance(Guid MeetingId) : IQuery<AttendanceDto>;

internal sealed class GetAttendanceHandler(IMeetingsDbContext db) : IRequestHandler<GetAttendance, AttendanceDto>
{
    public async Task<AttendanceDto> Handle(GetAttendance request, CancellationToken cancellationToken)
    {
        await db.LoadMeetingAsync(request.MeetingId, cancellationToken).ConfigureAwait(false);
        var record = await db.MeetingRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Id == request.MeetingId, cancellationToken).ConfigureAwait(false);
        var attendance = await db.DescribeAttendanceAsync(record ?? new MeetingRecord(request.MeetingId), cancellationToken).ConfigureAwait(false);
        return record is null ? attendance with { Version = AttendanceSupport.NothingRecordedYet } : attendance;
    }
}
