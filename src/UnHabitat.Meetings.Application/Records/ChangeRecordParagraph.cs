using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Errors;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Common;
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
        RuleForEach(x => x.Items).NotEmpty().MaximumLength(Limits.Text).Must(i => !i.Contains('\n', StringComparison.Ordinal))
            .WithMessage("A list item is one line of text.").OverridePropertyName("items");
    }
}

internal sealed class ChangeRecordParagraphHandler(IMeetingsDbContext db) : IRequestHandler<ChangeRecordParagraph, ParagraphDto>
{
    public async Task<ParagraphDto> Handle(ChangeRecordParagraph request, CancellationToken cancellationToken)
    {
        var (meeting, _) = await db.MeetingForRecordAsync(request.MeetingId, cancellationToken).ConfigureAwait(false);
        var paragraph = await db.RecordParagraphs.FirstOrDefaultAsync(p => p.Id == request.ParagraphId && p.MeetingId == meeting.Id, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("Paragraph", request.ParagraphId);
        paragraph.EnsureVersion(request.Version!.Value);
        meeting.EnsureOwnItem(request.AgendaItemId);
        paragraph.Change(request.AgendaItemId, request.Round ?? 1, request.Kind, request.Text!.Trim(), request.Items ?? paragraph.ItemList);
        return ParagraphDto.From(paragraph);
    }
}
