using FluentValidation;
using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Domain.Documents;
using UnHabitat.Meetings.Domain.Meetings;

namespace UnHabitat.Meetings.Application.Meetings;

/// <summary>
/// Reschedules, moves or re-chairs a meeting; only what is sent changes. Its number never changes.
/// </summary>
[RequiresRole(Roles.Secretariat)]
public sealed record UpdateMeeting(
    Guid Id,
    DateTimeOffset? StartsAt,
    DateTimeOffset? EndsAt,
    string? TimeZone,
    string? Venue,
    Modality? Modality,
    ChairDto? Chair,
    int? Version) : ICommand<MeetingDto>;

internal sealed class UpdateMeetingValidator : AbstractValidator<UpdateMeeting>
{
    public UpdateMeetingValidator()
    {
        RuleFor(x => x.Version).NotNull().WithMessage("Send back the version you read (\"version\" in the body or an If-Match header).");
        RuleFor(x => x.TimeZone).KnownTimeZone().When(x => x.TimeZone is not null);
        RuleFor(x => x.EndsAt).GreaterThan(x => x.StartsAt).When(x => x.StartsAt is not null && x.EndsAt is not null)
            .WithMessage("A meeting must end after it starts.");
        RuleFor(x => x.Venue).NotEmpty().MaximumLength(Limits.Name).When(x => x.Venue is not null);
        RuleFor(x => x.Modality).IsInEnum().When(x => x.Modality is not null);
        MeetingRules.Chair(this, x => x.Chair, required: false);
    }
}

internal sealed class UpdateMeetingHandler(IMeetingsDbContext db, TimeProvider clock, IAfterCommit afterCommit, IDeadlineScheduler deadlines) : IRequestHandler<UpdateMeeting, MeetingDto>
{
    public async Task<MeetingDto> Handle(UpdateMeeting request, CancellationToken cancellationToken)
    {
        var (meeting, body) = await db.LoadMeetingAsync(request.Id, cancellationToken).ConfigureAwait(false);
        meeting.EnsureVersion(request.Version!.Value);
        if (request.StartsAt is not null || request.EndsAt is not null || request.TimeZone is not null)
        {
            var current = meeting.Schedule;
            var start = request.StartsAt ?? current.StartsAt;
            var end = request.EndsAt ?? start + (current.EndsAt - current.StartsAt);
            meeting.Reschedule(new MeetingSchedule(start, end, request.TimeZone ?? current.TimeZoneId));
            meeting.NoteScheduledAt(clock.GetUtcNow());
            var dueAt = DocumentDeadline.DueAt(meeting.Schedule, body.DocumentDeadlineDays);
            foreach (var document in await db.Documents.Where(d => d.MeetingId == meeting.Id).ToListAsync(cancellationToken).ConfigureAwait(false))
            {
                document.MoveDeadline(dueAt, clock.GetUtcNow());
            }

            afterCommit.Enqueue(ct => deadlines.SyncMeetingAsync(meeting.Id, ct));
        }

        if (request.Venue is not null || request.Modality is not null)
        {
            meeting.Relocate(request.Venue?.Trim() ?? meeting.Venue, request.Modality ?? meeting.Modality);
        }

        if (request.Chair is { } chair)
        {
            meeting.ChangeChair(new MeetingChair(chair.Honorific, chair.Name.Trim(), chair.Function));
        }

        return MeetingDto.From(meeting, body);
    }
}
