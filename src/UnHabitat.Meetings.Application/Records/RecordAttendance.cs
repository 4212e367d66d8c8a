using FluentValidation;
using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Bodies;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Domain.Records;

namespace UnHabitat.Meetings.Application.Records;

/// <summary>Replaces the attendance (present, apologies, absent; in person or online; delegates).</summary>
[RequiresRole(Roles.Secretariat)]
public sealed record RecordAttendance(Guid MeetingId, IReadOnlyList<AttendanceLineDto> Lines, int? Version) : ICommand<AttendanceDto>;

internal sealed class RecordAttendanceValidator : AbstractValidator<RecordAttendance>
{
    public RecordAttendanceValidator()
    {
        RuleFor(x => x.Lines).NotNull();
        // Without the version read, two officers saving at once would each silently undo the other.
        RuleFor(x => x.Version).NotNull().WithMessage("Send back the attendance's version you read (an If-Match header, or the version of GET …/attendance).").OverridePropertyName("version");
        RuleForEach(x => x.Lines).ChildRules(line =>
        {
            line.RuleFor(l => l.MemberState).KnownMemberState();
            line.RuleFor(l => l.Status).IsInEnum();
            line.RuleFor(l => l.Mode).IsInEnum();
            line.RuleForEach(l => l.Delegates).NotEmpty().MaximumLength(Limits.Name);
        }).OverridePropertyName("lines");
    }
}

internal sealed class RecordAttendanceHandler(IMeetingsDbContext db) : IRequestHandler<RecordAttendance, AttendanceDto>
{
    public async Task<AttendanceDto> Handle(RecordAttendance request, CancellationToken cancellationToken)
    {
        var record = await db.RecordAtVersionAsync(request.MeetingId, request.Version!.Value, cancellationToken).ConfigureAwait(false);

        record.RecordAttendance(request.Lines.Select(l => new AttendanceEntry(l.MemberState, l.Status, l.Mode, l.Delegates)));
        return await db.DescribeAttendanceAsync(record, cancellationToken).ConfigureAwait(false);
    }
}
