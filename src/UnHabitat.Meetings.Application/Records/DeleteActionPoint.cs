using FluentValidation;
using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;

namespace UnHabitat.Meetings.Application.Records;

/// <summary>Deletes an action point recorded by mistake (one that was done is closed instead, with a note).</summary>
[RequiresRole(Roles.Secretariat)]
public sealed record DeleteActionPoint(Guid MeetingId, Guid ActionPointId, int? Version) : ICommand<DeletedEntry>;

internal sealed class DeleteActionPointValidator : AbstractValidator<DeleteActionPoint>
{
    public DeleteActionPointValidator() => RecordSupport.Version(this, x => x.Version);
}

internal sealed class DeleteActionPointHandler(IMeetingsDbContext db) : IRequestHandler<DeleteActionPoint, DeletedEntry>
{
    public async Task<DeletedEntry> Handle(DeleteActionPoint request, CancellationToken cancellationToken)
    {
        var (_, point) = await db.ActionPointForRecordAsync(request.MeetingId, request.ActionPointId, cancellationToken).ConfigureAwait(false);
        point.EnsureVersion(request.Version!.Value);
        db.ActionPoints.Remove(point);
        return new DeletedEntry(request.ActionPointId, "ActionPoint");
    }
}
