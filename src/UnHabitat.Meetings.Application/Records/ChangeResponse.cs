using FluentValidation;
using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Common;

namespace UnHabitat.Meetings.Application.Records;

/// <summary>Corrects the Secretariat's response, or moves it to another agenda item, round or topic; send the version you read.</summary>
[RequiresRole(Roles.Secretariat)]
public sealed record ChangeResponse(Guid MeetingId, Guid ResponseId, Guid AgendaItemId, int? Round, string? Topic, string? Text, IReadOnlyList<Guid>? RespondsTo, int? Version)
    : ICommand<ResponseDto>;

internal sealed class ChangeResponseValidator : AbstractValidator<ChangeResponse>
{
    public ChangeResponseValidator()
    {
        RecordSupport.Version(this, x => x.Version);
        RecordSupport.Placement(this, x => x.AgendaItemId, x => x.Round, x => x.Topic, x => x.Text);
    }
}

internal sealed class ChangeResponseHandler(IMeetingsDbContext db) : IRequestHandler<ChangeResponse, ResponseDto>
{
    public async Task<ResponseDto> Handle(ChangeResponse request, CancellationToken cancellationToken)
    {
        var (meeting, _) = await db.MeetingForRecordAsync(request.MeetingId, cancellationToken).ConfigureAwait(false);
        var response = await db.SecretariatResponses.EntryToChangeAsync(meeting.Id, request.ResponseId, request.Version!.Value, "Response", cancellationToken).ConfigureAwait(false);
        meeting.EnsureOwnItem(request.AgendaItemId);
        var answers = request.RespondsTo ?? [];
        await db.EnsureInterventionsAsync(meeting.Id, answers, cancellationToken).ConfigureAwait(false);
        response.Change(request.AgendaItemId, request.Round ?? 1, request.Topic.TrimToNull(), request.Text!.Trim(), answers);
        return ResponseDto.From(response);
    }
}
