using FluentValidation;
using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Common;

namespace UnHabitat.Meetings.Application.Records;

/// <summary>Corrects what is to be done, by whom and by when; send the version you read.</summary>
[RequiresRole(Roles.Secretariat)]
public sealed record ChangeActionPoint(Guid MeetingId, Guid ActionPointId, string? Text, string? Owner, DateOnly? Due, int? Version) : ICommand<ActionPointDto>;

internal sealed class ChangeActionPointValidator : AbstractValidator<ChangeActionPoint>
{
    public ChangeActionPointValidator()
    {
        RecordSupport.Version(this, x => x.Version);
        RuleFor(x => x.Text).NotEmpty().WithMessage("Say what is to be done.").MaximumLength(Limits.Text);
        RuleFor(x => x.Owner).NotEmpty().WithMessage("Say who is to do it.").MaximumLength(Limits.Name);
    }
}

internal sealed class ChangeActionPointHandler(IMeetingsDbContext db) : IRequestHandler<ChangeActionPoint, ActionPointDto>
{
    public async Task<ActionPointDto> Handle(ChangeActionPoint request, CancellationToken cancellationToken)
    {
        var (meeting, point) = await db.ActionPointForRecordAsync(request.MeetingId, request.ActionPointId, cancellationToken).ConfigureAwait(false);
        point.EnsureVersion(request.Version!.Value);
        point.Change(request.Text!.Trim(), request.Owner!.Trim(), request.Due);
        return ActionPointDto.From(point, meeting.Number, meeting.Id);
    }
}
