using FluentValidation;
using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Bodies;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;

namespace UnHabitat.Meetings.Application.Records;

/// <summary>Marks one State present, the one-click correction offered when a State marked away took the floor.</summary>
[RequiresRole(Roles.Secretariat)]
public sealed record MarkStatePresent(Guid MeetingId, string MemberState, int? Version) : ICommand<AttendanceDto>;

internal sealed class MarkStatePresentValidator : AbstractValidator<MarkStatePresent>
{
    public MarkStatePresentValidator()
    {
        RuleFor(x => x.MemberState).KnownMemberState().OverridePropertyName("memberState");
        RuleFor(x => x.Version).NotNull().WithMessage("Send back the attendance's version you read.").OverridePropertyName("version");
    }
}

internal sealed class MarkStatePresentHandler(IMeetingsDbContext db) : IRequestHandler<MarkStatePresent, AttendanceDto>
{
    public async Task<AttendanceDto> Handle(MarkStatePresent request, CancellationToken cancellationToken)
    {
        var record = await db.RecordAtVersionAsync(request.MeetingId, request.Version!.Value, cancellationToken).ConfigureAwait(false);
        record.MarkPresent(request.MemberState);
        return await db.DescribeAttendanceAsync(record, cancellationToken).ConfigureAwait(false);
    }
}
