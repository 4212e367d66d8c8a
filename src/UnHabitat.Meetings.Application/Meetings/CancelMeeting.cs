using FluentValidation;
using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Common;

namespace UnHabitat.Meetings.Application.Meetings;

/// <summary>Cancels a meeting for good, with a reason; its deadline jobs are dropped.</summary>
[RequiresRole(Roles.Secretariat)]
public sealed record CancelMeeting(Guid Id, string? Reason, int? Version) : ICommand<MeetingDto>;

internal sealed class CancelMeetingValidator : AbstractValidator<CancelMeeting>
{
    public CancelMeetingValidator() =>
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(Limits.Title).WithMessage("Say why, for the record (at most 500 characters).");
}

internal sealed class CancelMeetingHandler(IMeetingsDbContext db, IAfterCommit afterCommit, IDeadlineScheduler deadlines) : IRequestHandler<CancelMeeting, MeetingDto>
{
    public async Task<MeetingDto> Handle(CancelMeeting request, CancellationToken cancellationToken)
    {
        var (meeting, body) = await db.LoadMeetingAsync(request.Id, cancellationToken).ConfigureAwait(false);
        meeting.EnsureVersion(request.Version!.Value);

        meeting.Cancel(request.Reason!.Trim());
        afterCommit.Enqueue(ct => deadlines.SyncMeetingAsync(meeting.Id, ct));
        return MeetingDto.From(meeting, body);
    }
}
