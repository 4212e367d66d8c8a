using FluentValidation;
using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Common;

namespace UnHabitat.Meetings.Application.Meetings;

/// <summary>Puts a meeting off (to be rescheduled) or cancels it for good; either way with a reason.</summary>
[RequiresRole(Roles.Secretariat)]
public sealed record PostponeOrCancelMeeting(Guid Id, bool Cancel, string? Reason, int? Version) : ICommand<MeetingDto>;

internal sealed class PostponeOrCancelMeetingValidator : AbstractValidator<PostponeOrCancelMeeting>
{
    public PostponeOrCancelMeetingValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(Limits.Title).WithMessage("Say why, for the record (at most 500 characters).");
    }
}

internal sealed class PostponeOrCancelMeetingHandler(IMeetingsDbContext db, IAfterCommit afterCommit, IDeadlineScheduler deadlines) : IRequestHandler<PostponeOrCancelMeeting, MeetingDto>
{
    public async Task<MeetingDto> Handle(PostponeOrCancelMeeting request, CancellationToken cancellationToken)
    {
        var (meeting, body) = await db.LoadMeetingAsync(request.Id, cancellationToken).ConfigureAwait(false);
        if (request.Version is not null)
        {
            meeting.EnsureVersion(request.Version.Value);
        }

        if (request.Cancel)
        {
            meeting.Cancel(request.Reason!.Trim());
        }
        else
        {
            meeting.Postpone(request.Reason!.Trim());
        }

        afterCommit.Enqueue(ct => deadlines.SyncMeetingAsync(meeting.Id, ct));
        return MeetingDto.From(meeting, body);
    }
}
