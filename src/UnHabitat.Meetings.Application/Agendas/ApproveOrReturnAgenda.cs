using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Domain.Meetings;

namespace UnHabitat.Meetings.Application.Agendas;

/// <summary>A chair of the meeting's body approves the agenda or returns it with a comment.</summary>
[RequiresRole(Roles.Chair)]
public sealed record ApproveOrReturnAgenda(Guid MeetingId, bool Approve, string? Comment, int? Version) : ICommand<AgendaDto>;

internal sealed class ApproveOrReturnAgendaValidator : AbstractValidator<ApproveOrReturnAgenda>
{
    public ApproveOrReturnAgendaValidator() =>
        RuleFor(x => x.Comment).NotEmpty().MaximumLength(Limits.Text).When(x => !x.Approve)
            .WithMessage("Say what the Secretariat should change (at most 20000 characters).");
}

internal sealed class ApproveOrReturnAgendaHandler(IMeetingsDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<ApproveOrReturnAgenda, AgendaDto>
{
    public async Task<AgendaDto> Handle(ApproveOrReturnAgenda request, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.FirstOrDefaultAsync(m => m.Id == request.MeetingId, cancellationToken).ConfigureAwait(false)
            ?? throw new Errors.NotFoundException("Meeting", request.MeetingId);
        var body = await db.Bodies.FirstAsync(b => b.Id == meeting.BodyId, cancellationToken).ConfigureAwait(false);
        if (request.Version is not null)
        {
            meeting.EnsureVersion(request.Version.Value);
        }

        var (by, now) = (user.AsActor(), clock.GetUtcNow());
        if (request.Approve)
        {
            meeting.ApproveAgenda(body, by, now);
        }
        else
        {
            meeting.ReturnAgenda(body, by, now, request.Comment!.Trim());
        }

        // The officer who submitted it learns the answer.
        var submitter = meeting.Agenda.History.LastOrDefault(h => h.To == AgendaStatus.Submitted)?.ByUserId;
        if (submitter is not null)
        {
            var text = request.Approve
                ? $"The agenda of the {AgendaNotices.Title(meeting, body)} was approved by {by.Name}."
                : $"The agenda of the {AgendaNotices.Title(meeting, body)} was returned by {by.Name} with this comment: {request.Comment!.Trim()}";
            db.Tell(submitter.Value, meeting, request.Approve ? "AgendaApproved" : "AgendaReturned", text, now);
        }

        return AgendaDto.From(meeting, withHistory: true);
    }
}
