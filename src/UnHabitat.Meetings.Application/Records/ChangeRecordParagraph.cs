using FluentValidation;
using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Records;

namespace UnHabitat.Meetings.Application.Records;

/// <summary>Corrects one of the Secretariat's paragraphs, or moves it to another agenda item or round; send the version you read.</summary>
[RequiresRole(Roles.Secretariat)]
public sealed record ChangeRecordParagraph(Guid MeetingId, Guid ParagraphId, Guid AgendaItemId, int? Round, ParagraphKind Kind, string? Text, IReadOnlyList<string>? Items, int? Version)
    : ICommand<ParagraphDto>;

internal sealed class ChangeRecordParagraphValidator : AbstractValidator<ChangeRecordParagraph>
{
    public ChangeRecordParagraphValidator()
    {
        RecordSupport.Version(this, x => x.Version);
        RecordSupport.Placement(this, x => x.AgendaItemId, x => x.Round, _ => null, x => x.Text);
        RuleFor(x => x.Kind).IsInEnum();
        RecordSupport.ListItems(this, x => x.Items);
    }
}

internal sealed class ChangeRecordParagraphHandler(IMeetingsDbContext db) : IRequestHandler<ChangeRecordParagraph, ParagraphDto>
{
    public async Task<ParagraphDto> Handle(ChangeRecordParagraph request, CancellationToken cancellationToken)
    {
        var (meeting, _) = await db.MeetingForRecordAsync(request.MeetingId, cancellationToken).ConfigureAwait(false);
        var paragraph = await db.RecordParagraphs.EntryToChangeAsync(meeting.Id, request.ParagraphId, request.Version!.Value, "Paragraph", cancellationToken).ConfigureAwait(false);
        meeting.EnsureOwnItem(request.AgendaItemId);
        paragraph.Change(request.AgendaItemId, request.Round ?? 1, request.Kind, request.Text!.Trim(), request.Items ?? paragraph.ItemList);
        return ParagraphDto.From(paragraph);
    }
}
