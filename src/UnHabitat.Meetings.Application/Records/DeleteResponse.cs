using FluentValidation;
using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;

namespace UnHabitat.Meetings.Application.Records;

/// <summary>Deletes a response recorded by mistake; the questions it answered are open again.</summary>
[RequiresRole(Roles.Secretariat)]
public sealed record DeleteResponse(Guid MeetingId, Guid ResponseId, int? Version) : ICommand<DeletedEntry>;

internal sealed class DeleteResponseValidator : AbstractValidator<DeleteResponse>
{
    public DeleteResponseValidator() => RecordSupport.Version(this, x => x.Version);
}

internal sealed class DeleteResponseHandler(IMeetingsDbContext db) : IRequestHandler<DeleteResponse, DeletedEntry>
{
    public async Task<DeletedEntry> Handle(DeleteResponse request, CancellationToken cancellationToken)
    {
        var (meeting, _) = await db.MeetingForRecordAsync(request.MeetingId, cancellationToken).ConfigureAwait(false);
        var response = await db.SecretariatResponses.EntryToChangeAsync(meeting.Id, request.ResponseId, request.Version!.Value, "Response", cancellationToken).ConfigureAwait(false);
        db.SecretariatResponses.Remove(response);
        return new DeletedEntry(request.ResponseId, "Response");
    }
}
