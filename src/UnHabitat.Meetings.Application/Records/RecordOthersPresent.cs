using FluentValidation;
using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Common;

namespace UnHabitat.Meetings.Application.Records;

/// <summary>Records the observers and the Secretariat's officers present (names, one per entry).</summary>
[RequiresRole(Roles.Secretariat)]
public sealed record RecordOthersPresent(Guid MeetingId, IReadOnlyList<string>? Observers, IReadOnlyList<string>? Secretariat, int? Version) : ICommand<AttendanceDto>;

internal sealed class RecordOthersPresentValidator : AbstractValidator<RecordOthersPresent>
{
    public RecordOthersPresentValidator()
    {
        RuleFor(x => x.Version).NotNull().WithMessage("Send back the attendance's version you read (an If-Match header, or \"version\" in the body).").OverridePropertyName("version");
        RuleForEach(x => x.Observers).NotEmpty().MaximumLength(Limits.Name).OverridePropertyName("observers");
        RuleForEach(x => x.Secretariat).NotEmpty().MaximumLength(Limits.Name).OverridePropertyName("secretariat");
    }
}

internal sealed class RecordOthersPresentHandler(IMeetingsDbContext db) : IRequestHandler<RecordOthersPresent, AttendanceDto>
{
    public async Task<AttendanceDto> Handle(RecordOthersPresent request, CancellationToken cancellationToken)
    {
        var record = await db.RecordAtVersionAsync(request.MeetingId, request.Version!.Value, cancellationToken).ConfigureAwait(false);
        record.RecordOthersPresent(request.Observers ?? [], request.Secretariat ?? []);
        return await db.DescribeAttendanceAsync(record, cancellationToken).ConfigureAwait(false);
    }
}
