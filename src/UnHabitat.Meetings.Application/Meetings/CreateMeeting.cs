using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Errors;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Domain.Meetings;

namespace UnHabitat.Meetings.Application.Meetings;

/// <summary>
/// Schedules the next numbered meeting of a body. The agenda starts from the previous meeting's
/// (<see cref="StartFromPreviousAgenda"/>) or with the procedural items.
/// </summary>
[RequiresRole(Roles.Secretariat)]
public sealed record CreateMeeting(
    Guid BodyId,
    Guid? SessionId,
    int? Number,
    DateTimeOffset? StartsAt,
    DateTimeOffset? EndsAt,
    string? TimeZone,
    string? Venue,
    Modality Modality,
    ChairDto? Chair,
    bool StartFromPreviousAgenda = false,
    bool ProceduralItems = true) : ICommand<MeetingDto>;

internal sealed class CreateMeetingValidator : AbstractValidator<CreateMeeting>
{
    public CreateMeetingValidator()
    {
        RuleFor(x => x.BodyId).NotEmpty().WithMessage("Choose the body that meets.");
        RuleFor(x => x.Number).NumberInWords().When(x => x.Number is not null);
        RuleFor(x => x.StartsAt).NotNull().WithMessage("Give the date and the time the meeting starts.");
        RuleFor(x => x.EndsAt).NotNull().WithMessage("Give the time the meeting ends.");
        RuleFor(x => x.EndsAt).GreaterThan(x => x.StartsAt).When(x => x.StartsAt is not null && x.EndsAt is not null)
            .WithMessage("A meeting must end after it starts.");
        RuleFor(x => x.TimeZone).KnownTimeZone();
        RuleFor(x => x.Venue).NotEmpty().WithMessage("Give the venue (\"Online\" for a virtual meeting).")
            .MaximumLength(Limits.Name).WithMessage($"The venue can have at most {Limits.Name} characters.");
        RuleFor(x => x.Modality).IsInEnum();
        MeetingRules.Chair(this, x => x.Chair);
    }
}

internal sealed class CreateMeetingHandler(IMeetingsDbContext db, TimeProvider clock) : IRequestHandler<CreateMeeting, MeetingDto>
{
    public async Task<MeetingDto> Handle(CreateMeeting request, CancellationToken cancellationToken)
    {
        var body = await db.Bodies.FirstOrDefaultAsync(b => b.Id == request.BodyId, cancellationToken).ConfigureAwait(false)
            ?? throw InvalidInput.For("bodyId", $"There is no body with the id {request.BodyId}.");
        if (request.SessionId is not null
            && !await db.Sessions.AnyAsync(s => s.Id == request.SessionId && s.BodyId == body.Id, cancellationToken).ConfigureAwait(false))
        {
            throw InvalidInput.For("sessionId", $"The {body.ShortName} has no session with the id {request.SessionId}.");
        }

        var last = await db.Meetings.Where(m => m.BodyId == body.Id).OrderByDescending(m => m.Number).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var taken = request.Number is { } asked && await db.Meetings.AnyAsync(m => m.BodyId == body.Id && m.Number == asked, cancellationToken).ConfigureAwait(false);
        var number = Meeting.Numbered(request.Number, last?.Number, taken, body.ShortName);

        var chair = request.Chair!;
        var meeting = new Meeting(Guid.NewGuid(), body.Id, request.SessionId, number,
            new MeetingSchedule(request.StartsAt!.Value, request.EndsAt!.Value, request.TimeZone!),
            request.Venue!.Trim(), request.Modality, new MeetingChair(chair.Honorific.TrimToNull(), chair.Name.Trim(), chair.Function.TrimToNull()));
        meeting.StartAgenda(last, request.StartFromPreviousAgenda, request.ProceduralItems);

        meeting.NoteScheduledAt(clock.GetUtcNow());
        db.Meetings.Add(meeting);
        return MeetingDto.From(meeting, body);
    }
}
