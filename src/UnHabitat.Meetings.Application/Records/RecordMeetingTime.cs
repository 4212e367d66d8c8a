using FluentValidation;
using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;

namespace UnHabitat.Meetings.Application.Records;

/// <summary>Records when the meeting was called to order or adjourned (one of the two).</summary>
[RequiresRole(Roles.Secretariat)]
public sealed record RecordMeetingTime(Guid MeetingId, bool Adjourned, DateTimeOffset? At) : ICommand<AttendanceDto>, INamesItsFields
{
    public string? FieldFor(string propertyName) => propertyName == nameof(At) ? (Adjourned ? "adjournedAt" : "calledToOrderAt") : null;
}

internal sealed class RecordMeetingTimeValidator : AbstractValidator<RecordMeetingTime>
{
    public RecordMeetingTimeValidator()
    {
        RuleFor(x => x.At).NotNull().When(x => !x.Adjourned).WithMessage("Give the time the meeting was called to order.").OverridePropertyName("calledToOrderAt");
        RuleFor(x => x.At).NotNull().When(x => x.Adjourned).WithMessage("Give the time the meeting was adjourned.").OverridePropertyName("adjournedAt");
    }
}

internal sealed class RecordMeetingTimeHandler(IMeetingsDbContext db, TimeProvider clock) : IRequestHandler<RecordMeetingTime, AttendanceDto>
{
    public async Task<AttendanceDto> Handle(RecordMeetingTime request, CancellationToken cancellationToken)
    {
        var record = await db.RecordForAsync(request.MeetingId, cancellationToken).ConfigureAwait(false);
        if (request.Adjourned)
        {
            record.Adjourn(request.At!.Value);
        }
        else
        {
            var (meeting, _) = await db.LoadMeetingAsync(request.MeetingId, cancellationToken).ConfigureAwait(false);
            meeting.EnsureHasBegun(clock.GetUtcNow(), "It can be called to order");
            record.CallToOrder(request.At!.Value);
        }

        return await db.DescribeAttendanceAsync(record, cancellationToken).ConfigureAwait(false);
    }
}
