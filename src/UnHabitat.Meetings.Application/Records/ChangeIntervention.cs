using FluentValidation;
using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Bodies;
using UnHabitat.Meetings.Domain.Common;

namespace UnHabitat.Meetings.Application.Records;

/// <summary>Corrects an intervention, or moves it to another agenda item, round or topic; send the version you read.</summary>
[RequiresRole(Roles.Secretariat)]
public sealed record ChangeIntervention(
    Guid MeetingId, Guid InterventionId, Guid AgendaItemId, int? Round, string? Topic, SpeakerDto? Speaker, AttributionPolicy? Attribution, string? LeadIn, string? Text, bool IsQuestion, int? Version)
    : ICommand<InterventionDto>;

internal sealed class ChangeInterventionValidator : AbstractValidator<ChangeIntervention>
{
    public ChangeInterventionValidator()
    {
        RecordSupport.Version(this, x => x.Version);
        RecordSupport.Placement(this, x => x.AgendaItemId, x => x.Round, x => x.Topic, x => x.Text);
        RecordSupport.Speaker(this, x => x.Speaker);
        RuleFor(x => x.LeadIn).MaximumLength(Limits.Name);
    }
}

internal sealed class ChangeInterventionHandler(IMeetingsDbContext db) : IRequestHandler<ChangeIntervention, InterventionDto>
{
    public async Task<InterventionDto> Handle(ChangeIntervention request, CancellationToken cancellationToken)
    {
        var (meeting, _) = await db.MeetingForRecordAsync(request.MeetingId, cancellationToken).ConfigureAwait(false);
        var intervention = await db.Interventions.EntryToChangeAsync(meeting.Id, request.InterventionId, request.Version!.Value, "Intervention", cancellationToken).ConfigureAwait(false);
        meeting.EnsureOwnItem(request.AgendaItemId);
        intervention.Change(request.AgendaItemId, request.Round ?? 1, request.Topic.TrimToNull(), request.Speaker!.ToSpeaker(), request.Text!.Trim(),
            request.IsQuestion, request.Attribution, request.LeadIn.TrimToNull());
        return InterventionDto.From(intervention);
    }
}
