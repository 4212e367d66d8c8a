using FluentValidation;
using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Agendas;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Domain.Summaries;

namespace UnHabitat.Meetings.Application.Summaries;

/// <summary>
/// Sends the summary back to draft with a comment: a chair of the body returns a submitted summary; the
/// Secretariat takes back a submitted or cleared one. The comment stays in the summary's history.
/// </summary>
[RequiresRole(Roles.Secretariat, Roles.Chair)]
public sealed record ReturnSummary(Guid MeetingId, string? Comment, int? Version) : ICommand<SummaryDto>;

internal sealed class ReturnSummaryValidator : AbstractValidator<ReturnSummary>
{
    public ReturnSummaryValidator() =>
        RuleFor(x => x.Comment).NotEmpty().WithMessage("Say what should change before the summary comes back.")
            .MaximumLength(Limits.Text).WithMessage("A comment is at most 20000 characters.");
}

internal sealed class ReturnSummaryHandler(IMeetingsDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<ReturnSummary, SummaryDto>
{
    public async Task<SummaryDto> Handle(ReturnSummary request, CancellationToken cancellationToken)
    {
        var (meeting, body) = await db.LoadMeetingAsync(request.MeetingId, cancellationToken).ConfigureAwait(false);
        var summary = await db.WorkflowAsync(meeting.Id, cancellationToken).ConfigureAwait(false);
        summary.EnsureVersion(request.Version!.Value);

        var content = await db.AssembleAsync(meeting.Id, cancellationToken).ConfigureAwait(false);
        var (by, now) = (user.AsActor(), clock.GetUtcNow());
        summary.Return(body, by, user.IsInRole(Roles.Secretariat) || user.IsInRole(Roles.Administrator), now, request.Comment!.Trim(), content);

        // The officer who submitted it learns why it came back; chairs who cleared it learn it must be cleared again.
        var step = summary.History[^1];
        var title = Domain.Meetings.Meeting.TitleFor(meeting.Number, body.Name);
        var submitter = summary.History.LastOrDefault(h => h.Step == WorkflowStep.Submit)?.ByUserId;
        if (step.ByChair && submitter is not null)
        {
            db.Tell(submitter.Value, meeting, "SummaryReturned", $"The summary of the {title} was returned by {by.Name} with this comment: {step.Comment}", now);
        }
        else if (step.From == SummaryStatus.Cleared)
        {
            db.TellChairs(body, meeting, "SummaryTakenBack", $"The Secretariat took back the summary of the {title} you cleared, with this comment: {step.Comment}. It will come to you again.", now);
        }

        return SummarySupport.Dto(summary, content, summary.Status, summary.Revision, user, body);
    }
}
