using FluentValidation;
using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Common;

namespace UnHabitat.Meetings.Application.Meetings;

/// <summary>Puts a meeting off, with a reason, to be rescheduled; its deadline jobs follow.</summary>
[RequiresRole(Roles.Secretariat)]
public sealed record PostponeMeeting(Guid Id, string? Reason, int? Version) : ICommand<MeetingDto>;

internal sealed class PostponeMeetingValidator : AbstractValidator<PostponeMeeting>
{
    public PostponeMeetingValidator() =>
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(Limits.Title).WithMessage("Say why, for the record (at most 500 characters).");
}

internal sealed class PostponeMeetingHandler(IMeetingsDbContext db, IAfterCommit afterCommit, IDeadlineScheduler deadlines) : IRequestHandler<PostponeMeeting, MeetingDto>
{
    public async Task<MeetingDto> Handle(PostponeMeeting request, CancellationToken cancellationToken)
    {
        var (meeting, body) = await db.LoadMeetingAsync(request.Id, cancellationToken).ConfigureAwait(false);
        meeting.EnsureVersion(request.Version!.Value);

        meeting.Postpone(request.Reason!.Trim());
        afterCommit.Enqueue(ct => deadlines.SyncMeetingAsync(meeting.Id, ct));
        return MeetingDto.From(meeting, body);
    }
}
