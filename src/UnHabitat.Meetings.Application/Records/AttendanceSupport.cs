using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Domain.Records;

namespace UnHabitat.Meetings.Application.Records;

/// <summary>What the attendance use cases share: the record to change (made on first use) and how it reads back.</summary>
internal static class AttendanceSupport
{
    public static async Task<MeetingRecord> RecordForAsync(this IMeetingsDbContext db, Guid meetingId, CancellationToken ct)
    {
        await db.MeetingForRecordAsync(meetingId, ct).ConfigureAwait(false);
        var record = await db.MeetingRecords.FirstOrDefaultAsync(r => r.Id == meetingId, ct).ConfigureAwait(false);
        if (record is null)
        {
            record = new MeetingRecord(meetingId);
            db.MeetingRecords.Add(record);
        }

        return record;
    }

    /// <summary>
    /// The record to change, if the caller read the version it has now. Before anything is recorded the
    /// attendance reads as version 0, so that of two officers who both read the empty attendance only the
    /// first one's save is taken and the second is told (409) instead of silently replacing it.
    /// </summary>
    public static async Task<MeetingRecord> RecordAtVersionAsync(this IMeetingsDbContext db, Guid meetingId, int expectedVersion, CancellationToken ct)
    {
        await db.MeetingForRecordAsync(meetingId, ct).ConfigureAwait(false);
        var record = await db.MeetingRecords.FirstOrDefaultAsync(r => r.Id == meetingId, ct).ConfigureAwait(false);
        if (record is not null)
        {
            record.EnsureVersion(expectedVersion);
            return record;
        }

        if (expectedVersion != NothingRecordedYet)
        {
            throw new ConcurrencyConflictException(nameof(MeetingRecord), meetingId, expectedVersion, NothingRecordedYet);
        }

        record = new MeetingRecord(meetingId);
        db.MeetingRecords.Add(record);
        return record;
    }

    /// <summary>The version of an attendance nobody has recorded yet.</summary>
    public const int NothingRecordedYet = 0;

    public static async Task<AttendanceDto> DescribeAttendanceAsync(this IMeetingsDbContext db, MeetingRecord record, CancellationToken ct)
    {
        var (meeting, body) = await db.LoadMeetingAsync(record.Id, ct).ConfigureAwait(false);
        var quorum = record.QuorumFor(body.MembersOn(meeting));
        var lines = record.Attendance.Select(a => new AttendanceLineDto(a.MemberState, a.Status, a.Mode, a.DelegateList)).ToList();
        return new AttendanceDto(lines, record.ObserverList, record.SecretariatList, quorum, record.CalledToOrderAt, record.AdjournedAt, record.Version);
    }
}
