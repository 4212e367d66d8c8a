using FluentValidation;
using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;

namespace UnHabitat.Meetings.Application.Records;

/// <summary>Deletes one of the Secretariat's paragraphs.</summary>
[RequiresRole(Roles.Secretariat)]
public sealed record DeleteRecordParagraph(Guid MeetingId, Guid ParagraphId, int? Version) : ICommand<DeletedEntry>;

internal sealed class DeleteRecordParagraphValidator : AbstractValidator<DeleteRecordParagraph>
{
    public DeleteRecordParagraphValidator() => RecordSupport.Version(this, x => x.Version);
}

internal sealed class DeleteRecordParagraphHandler(IMeetingsDbContext db) : IRequestHandler<DeleteRecordParagraph, DeletedEntry>
{
    public async Task<DeletedEntry> Handle(DeleteRecordParagraph request, CancellationToken cancellationToken)
    {
        var (meeting, _) = await db.MeetingForRecordAsync(request.MeetingId, cancellationToken).ConfigureAwait(false);
        var paragraph = await db.RecordParagraphs.EntryToChangeAsync(meeting.Id, request.ParagraphId, request.Version!.Value, "Paragraph", cancellationToken).ConfigureAwait(false);
        db.RecordParagraphs.Remove(paragraph);
        return new DeletedEntry(request.ParagraphId, "Paragraph");
    }
}
