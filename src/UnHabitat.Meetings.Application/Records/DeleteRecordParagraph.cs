using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Errors;
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
        var paragraph = await db.RecordParagraphs.FirstOrDefaultAsync(p => p.Id == request.ParagraphId && p.MeetingId == meeting.Id, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("Paragraph", request.ParagraphId);
        paragraph.EnsureVersion(request.Version!.Value);
        db.RecordParagraphs.Remove(paragraph);
        return new DeletedEntry(request.ParagraphId, "Paragraph");
    }
}
