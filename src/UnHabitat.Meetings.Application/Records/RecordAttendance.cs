using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Bodies;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Common;
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

/// <summary>Records the observers and the Secretariat's officers present (names, one per entry).</summary>
[RequiresRole(Roles.Secretariat)]
public sealed record RecordOthersPresent(Guid MeetingId, IReadOnlyList<string>? Observers, IReadOnlyList<string>? Secretariat) : ICommand<AttendanceDto>;

/// <summary>Replaces the attendance (present, apologies, absent; in person or online; delegates).</summary>
[RequiresRole(Roles.Secretariat)]
public sealed record RecordAttendance(Guid MeetingId, IReadOnlyList<AttendanceLineDto> Lines, int? Version) : ICommand<AttendanceDto>;

/// <summary>Records when the meeting was called to order or adjourned (one of the two).</summary>
[RequiresRole(Roles.Secretariat)]
public sealed record RecordMeetingTime(Guid MeetingId, bool Adjourned, DateTimeOffset? At) : ICommand<AttendanceDto>;

/// <summary>The attendance with the quorum, where the body has a membership to count.</summary>
[RequiresSignedInUser]
public sealed record GetAttendance(Guid MeetingId) : IQuery<AttendanceDto>;

internal sealed class RecordAttendanceValidator : AbstractValidator<RecordAttendance>
{
    public RecordAttendanceValidator()
    {
        RuleFor(x => x.Lines).NotNull();
        RuleForEach(x => x.Lines).ChildRules(line =>
        {
            line.RuleFor(l => l.MemberState).KnownMemberState();
            line.RuleFor(l => l.Status).IsInEnum();
            line.RuleFor(l => l.Mode).IsInEnum();
            line.RuleForEach(l => l.Delegates).NotEmpty().MaximumLength(Limits.Name);
        }).OverridePropertyName("lines");
    }
}

internal sealed class RecordMeetingTimeValidator : AbstractValidator<RecordMeetingTime>
{
    public RecordMeetingTimeValidator()
    {
        RuleFor(x => x.At).NotNull().When(x => !x.Adjourned).WithMessage("Give the time the meeting was called to order.").OverridePropertyName("calledToOrderAt");
        RuleFor(x => x.At).NotNull().When(x => x.Adjourned).WithMessage("Give the time the meeting was adjourned.").OverridePropertyName("adjournedAt");
    }
}

internal sealed class RecordOthersPresentValidator : AbstractValidator<RecordOthersPresent>
{
    public RecordOthersPresentValidator()
    {
        RuleForEach(x => x.Observers).NotEmpty().MaximumLength(Limits.Name).OverridePropertyName("observers");
        RuleForEach(x => x.Secretariat).NotEmpty().MaximumLength(Limits.Name).OverridePropertyName("secretariat");
    }
}

internal sealed class AttendanceHandlers(IMeetingsDbContext db) :
    IRequestHandler<RecordAttendance, AttendanceDto>, IRequestHandler<RecordMeetingTime, AttendanceDto>, IRequestHandler<GetAttendance, AttendanceDto>,
    IRequestHandler<RecordOthersPresent, AttendanceDto>
{
    public async Task<AttendanceDto> Handle(RecordOthersPresent request, CancellationToken cancellationToken)
    {
        var record = await RecordFor(request.MeetingId, cancellationToken).ConfigureAwait(false);
        record.RecordOthersPresent(request.Observers ?? [], request.Secretariat ?? []);
        return await Describe(record, cancellationToken).ConfigureAwait(false);
    }

    public async Task<AttendanceDto> Handle(RecordAttendance request, CancellationToken cancellationToken)
    {
        var record = await RecordFor(request.MeetingId, cancellationToken).ConfigureAwait(false);
        if (request.Version is not null)
        {
            record.EnsureVersion(request.Version.Value);
        }

        record.RecordAttendance(request.Lines.Select(l => new AttendanceEntry(l.MemberState, l.Status, l.Mode, l.Delegates)));
        return await Describe(record, cancellationToken).ConfigureAwait(false);
    }

    public async Task<AttendanceDto> Handle(RecordMeetingTime request, CancellationToken cancellationToken)
    {
        var record = await RecordFor(request.MeetingId, cancellationToken).ConfigureAwait(false);
        if (request.Adjourned)
        {
            record.Adjourn(request.At!.Value);
        }
        else
        {
            record.CallToOrder(request.At!.Value);
        }

        return await Describe(record, cancellationToken).ConfigureAwait(false);
    }

    public async Task<AttendanceDto> Handle(GetAttendance request, CancellationToken cancellationToken)
    {
        await db.LoadMeetingAsync(request.MeetingId, cancellationToken).ConfigureAwait(false);
        var record = await db.MeetingRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Id == request.MeetingId, cancellationToken).ConfigureAwait(false)
            ?? new MeetingRecord(request.MeetingId);
        return await Describe(record, cancellationToken).ConfigureAwait(false);
    }

    private async Task<MeetingRecord> RecordFor(Guid meetingId, CancellationToken ct)
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

    private async Task<AttendanceDto> Describe(MeetingRecord record, CancellationToken ct)
    {
        var (meeting, body) = await db.LoadMeetingAsync(record.Id, ct).ConfigureAwait(false);
        var day = DateOnly.FromDateTime(meeting.Schedule.LocalStart.Date);
        var quorum = record.QuorumFor([.. body.MembersOn(day)]);
        var lines = record.Attendance.Select(a => new AttendanceLineDto(a.MemberState, a.Status, a.Mode, a.DelegateList)).ToList();
        return new AttendanceDto(lines, record.ObserverList, record.SecretariatList, quorum, record.CalledToOrderAt, record.AdjournedAt, record.Version);
    }
}
