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

/// <summary>
/// Closes an action point with a note of what was done, at its own meeting or at a later meeting of the same
/// body that follows it up. With <see cref="ReportUnderItemId"/> the note is also reported in that meeting's record
/// under that agenda item ("Implementation of action points from the previous meeting"): the action point
/// as a briefing, each line of the note as a point under it. The record of the meeting it is closed at must
/// still be open.
/// </summary>
[RequiresRole(Roles.Secretariat)]
public sealed record CloseActionPoint(Guid MeetingId, Guid ActionPointId, string? Note, Guid? ReportUnderItemId, int? Version) : ICommand<ActionPointDto>;

internal sealed class CloseActionPointValidator : AbstractValidator<CloseActionPoint>
{
    public CloseActionPointValidator()
    {
        RecordSupport.Version(this, x => x.Version);
        RuleFor(x => x.Note).NotEmpty().WithMessage("Say what was done about it.").MaximumLength(Limits.Text);
    }
}

internal sealed class CloseActionPointHandler(IMeetingsDbContext db, TimeProvider clock) : IRequestHandler<CloseActionPoint, ActionPointDto>
{
    public async Task<ActionPointDto> Handle(CloseActionPoint request, CancellationToken cancellationToken)
    {
        var (meeting, _) = await db.MeetingForRecordAsync(request.MeetingId, cancellationToken).ConfigureAwait(false);
        var point = await db.ActionPoints.FirstOrDefaultAsync(a => a.Id == request.ActionPointId && a.BodyId == meeting.BodyId, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("Action point", request.ActionPointId);
        var from = await db.Meetings.Where(m => m.Id == point.MeetingId).Select(m => m.Number).FirstAsync(cancellationToken).ConfigureAwait(false);
        if (from > meeting.Number)
        {
            throw new NotFoundException("Action point", request.ActionPointId);
        }

        point.EnsureVersion(request.Version!.Value);
        point.Close(request.Note!.Trim(), meeting.Id, clock.GetUtcNow());
        if (request.ReportUnderItemId is { } itemId)
        {
            meeting.EnsureOwnItem(itemId);
            var sequence = await db.RecordParagraphs.NextSequenceAsync(meeting.Id, cancellationToken).ConfigureAwait(false);
            db.RecordParagraphs.Add(new RecordParagraph(Guid.NewGuid(), meeting.Id, itemId, 1, ParagraphKind.Briefing, sequence, point.Text,
                [.. request.Note!.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]));
        }

        return ActionPointDto.From(point, from, meeting.Id);
    }
}
