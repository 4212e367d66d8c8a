using FluentValidation;
using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Domain.Records;

namespace UnHabitat.Meetings.Application.Records;

/// <summary>Records something someone undertook to do.</summary>
[RequiresRole(Roles.Secretariat)]
public sealed record AddActionPoint(Guid MeetingId, string? Text, string? Owner, DateOnly? Due) : ICommand<ActionPointDto>;

internal sealed class AddActionPointValidator : AbstractValidator<AddActionPoint>
{
    public AddActionPointValidator()
    {
        RuleFor(x => x.Text).NotEmpty().MaximumLength(Limits.Text);
        RuleFor(x => x.Owner).NotEmpty().MaximumLength(Limits.Name);
    }
}

internal sealed class AddActionPointHandler(IMeetingsDbContext db) : IRequestHandler<AddActionPoint, ActionPointDto>
{
    public async Task<ActionPointDto> Handle(AddActionPoint request, CancellationToken cancellationToken)
    {
        var (meeting, _) = await db.MeetingForRecordAsync(request.MeetingId, cancellationToken).ConfigureAwait(false);
        var point = new ActionPoint(Guid.NewGuid(), meeting.Id, meeting.BodyId, request.Text!.Trim(), request.Owner!.Trim(), request.Due);
        db.ActionPoints.Add(point);
        return ActionPointDto.From(point, meeting.Number, meeting.Id);
    }
}
