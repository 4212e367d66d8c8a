using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Errors;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Records;
using UnHabitat.Meetings.Domain.Common;

namespace UnHabitat.Meetings.Application.Records;

/// <summary>Records the Secretariat's answer and the interventions it answers.</summary>
[RequiresRole(Roles.Secretariat)]
public sealed record RecordResponse(Guid MeetingId, Guid AgendaItemId, int? Round, string? Topic, string? Text, IReadOnlyList<Guid>? RespondsTo) : ICommand<ResponseDto>;

internal sealed class RecordResponseValidator : AbstractValidator<RecordResponse>
{
    public RecordResponseValidator() => RecordSupport.Placement(this, x => x.AgendaItemId, x => x.Round, x => x.Topic, x => x.Text);
}

internal sealed class RecordResponseHandler(IMeetingsDbContext db) : IRequestHandler<RecordResponse, ResponseDto>
{
    public async Task<ResponseDto> Handle(RecordResponse request, CancellationToken cancellationToken)
    {
        var (meeting, _) = await db.MeetingForRecordAsync(request.MeetingId, cancellationToken).ConfigureAwait(false);
        meeting.EnsureOwnItem(request.AgendaItemId);
        var answers = request.RespondsTo ?? [];
        await db.EnsureInterventionsAsync(meeting.Id, answers, cancellationToken).ConfigureAwait(false);

        var sequence = await db.SecretariatResponses.NextSequenceAsync(meeting.Id, cancellationToken).ConfigureAwait(false);
        var response = new SecretariatResponse(Guid.NewGuid(), meeting.Id, request.AgendaItemId, request.Round ?? 1, request.Topic.TrimToNull(), sequence, request.Text!.Trim(), answers);
        db.SecretariatResponses.Add(response);
        return ResponseDto.From(response);
    }
}
