using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;

namespace UnHabitat.Meetings.Application.Records;

/// <summary>Deletes an intervention recorded by mistake; responses that answered it no longer point at it.</summary>
[RequiresRole(Roles.Secretariat)]
public sealed record DeleteIntervention(Guid MeetingId, Guid InterventionId, int? Version) : ICommand<DeletedEntry>;

internal sealed class DeleteInterventionValidator : AbstractValidator<DeleteIntervention>
{
    public DeleteInterventionValidator() => RecordSupport.Version(this, x => x.Version);
}

internal sealed class DeleteInterventionHandler(IMeetingsDbContext db) : IRequestHandler<DeleteIntervention, DeletedEntry>
{
    public async Task<DeletedEntry> Handle(DeleteIntervention request, CancellationToken cancellationToken)
    {
        var (meeting, _) = await db.MeetingForRecordAsync(request.MeetingId, cancellationToken).ConfigureAwait(false);
        var intervention = await db.Interventions.EntryToChangeAsync(meeting.Id, request.InterventionId, request.Version!.Value, "Intervention", cancellationToken).ConfigureAwait(false);
        var answering = await db.SecretariatResponses.Where(r => r.MeetingId == meeting.Id && r.Answers.Any(a => a.InterventionId == intervention.Id))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var response in answering)
        {
            response.Forget(intervention.Id);
        }

        db.Interventions.Remove(intervention);
        return new DeletedEntry(request.InterventionId, "Intervention");
    }
}
