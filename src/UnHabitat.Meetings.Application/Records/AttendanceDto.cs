using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Domain.Records;

namespace UnHabitat.Meetings.Application.Records;

public sealed record AttendanceLineDto(string MemberState, AttendanceStatus Status, AttendanceMode Mode, IReadOnlyList<string>? Delegates);

public sealed record AttendanceDto(
    IReadOnlyList<AttendanceLineDto> Lines,
    IReadOnlyList<string> Observers,
    IReadOnlyList<string> Secretariat,
    Quorum? Quorum,
    DateTimeOffset? CalledToOrderAt,
    DateTimeOffset? AdjournedAt,
    int Version);

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

    public static async Task<AttendanceDto> DescribeAttendanceAsync(this IMeetingsDbContext db, MeetingRecord record, CancellationToken ct)
    {
        var (meeting, body) = await db.LoadMeetingAsync(record.Id, ct).ConfigureAwait(false);
        var day = DateOnly.FromDateTime(meeting.Schedule.LocalStart.Date);
        var quorum = record.QuorumFor([.. body.MembersOn(day)]);
        var lines = record.Attendance.Select(a => new AttendanceLineDto(a.MemberState, a.Status, a.Mode, a.DelegateList)).ToList();
        return new AttendanceDto(lines, record.ObserverList, record.SecretariatList, quorum, record.CalledToOrderAt, record.AdjournedAt, record.Version);
    }
}
