using FluentValidation;
using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Records;

namespace UnHabitat.Meetings.Application.Records;

/// <summary>Records one of the Secretariat's own paragraphs (an introduction, a briefing, a conclusion).</summary>
[RequiresRole(Roles.Secretariat)]
public sealed record AddRecordParagraph(Guid MeetingId, Guid AgendaItemId, int? Round, ParagraphKind Kind, string? Text, IReadOnlyList<string>? Items) : ICommand<ParagraphDto>;

internal sealed class AddRecordParagraphValidator : AbstractValidator<AddRecordParagraph>
{
    public AddRecordParagraphValidator()
    {
        RecordSupport.Placement(this, x => x.AgendaItemId, x => x.Round, _ => null, x => x.Text);
        RuleFor(x => x.Kind).IsInEnum();
        RecordSupport.ListItems(this, x => x.Items);
    }
}

internal sealed class AddRecordParagraphHandler(IMeetingsDbContext db) : IRequestHandler<AddRecordParagraph, ParagraphDto>
{
    public async Task<ParagraphDto> Handle(AddRecordParagraph request, CancellationToken cancellationToken)
    {
        var (meeting, _) = await db.MeetingForRecordAsync(request.MeetingId, cancellationToken).ConfigureAwait(false);
        meeting.EnsureOwnItem(request.AgendaItemId);
        var sequence = await db.RecordParagraphs.NextSequenceAsync(meeting.Id, cancellationToken).ConfigureAwait(false);
        var paragraph = new Domain.Records.RecordParagraph(Guid.NewGuid(), meeting.Id, request.AgendaItemId, request.Round ?? 1, request.Kind, sequence, request.Text!.Trim(), request.Items);
        db.RecordParagraphs.Add(paragraph);
        return ParagraphDto.From(paragraph);
    }
}
