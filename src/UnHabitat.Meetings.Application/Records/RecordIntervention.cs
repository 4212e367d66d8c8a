using FluentValidation;
using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Bodies;
using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Domain.Records;

namespace UnHabitat.Meetings.Application.Records;

/// <summary>Records who spoke and what they said (the predicate as typed), as it happens.</summary>
[RequiresRole(Roles.Secretariat)]
public sealed record RecordIntervention(
    Guid MeetingId, Guid AgendaItemId, int? Round, string? Topic, SpeakerDto? Speaker, AttributionPolicy? Attribution, string? LeadIn, string? Text, bool IsQuestion)
    : ICommand<InterventionDto>;

internal sealed class RecordInterventionValidator : AbstractValidator<RecordIntervention>
{
    public RecordInterventionValidator()
    {
        RecordSupport.Placement(this, x => x.AgendaItemId, x => x.Round, x => x.Topic, x => x.Text);
        RecordSupport.Speaker(this, x => x.Speaker);
        RuleFor(x => x.Attribution).IsInEnum().When(x => x.Attribution is not null);
        RuleFor(x => x.LeadIn).MaximumLength(Limits.Name);
    }
}

internal sealed class RecordInterventionHandler(IMeetingsDbContext db) : IRequestHandler<RecordIntervention, InterventionDto>
{
    public async Task<InterventionDto> Handle(RecordIntervention request, CancellationToken cancellationToken)
    {
        var (meeting, _) = await db.MeetingForRecordAsync(request.MeetingId, cancellationToken).ConfigureAwait(false);
        meeting.EnsureOwnItem(request.AgendaItemId);
        var sequence = await db.Interventions.NextSequenceAsync(meeting.Id, cancellationToken).ConfigureAwait(false);
        var intervention = new Intervention(Guid.NewGuid(), meeting.Id, request.AgendaItemId, request.Round ?? 1, request.Topic.TrimToNull(), sequence,
            request.Speaker!.ToSpeaker(), request.Text!.Trim(), request.IsQuestion, request.Attribution, request.LeadIn.TrimToNull());
        db.Interventions.Add(intervention);
        return InterventionDto.From(intervention);
    }
}
