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

/// <summary>A chair of the meeting's body returns the submitted agenda with a comment; the officer who submitted it is told.</summary>
[RequiresRole(Roles.Chair)]
public sealed record ReturnAgenda(Guid MeetingId, string? Comment, int? Version) : ICommand<AgendaDto>;

internal sealed class ReturnAgendaValidator : AbstractValidator<ReturnAgenda>
{
    public ReturnAgendaValidator() =>
        RuleFor(x => x.Comment).NotEmpty().MaximumLength(Limits.Text)
            .WithMessage("Say what the Secretariat should change (at most 20000 characters).");
}

internal sealed class ReturnAgendaHandler(IMeetingsDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<ReturnAgenda, AgendaDto>
{
    public async Task<AgendaDto> Handle(ReturnAgenda request, CancellationToken cancellationToken)
    {
        var (meeting, body) = await db.LoadMeetingAsync(request.MeetingId, cancellationToken).ConfigureAwait(false);
        meeting.EnsureVersion(request.Version!.Value);

        var (by, now) = (user.AsActor(), clock.GetUtcNow());
        var comment = request.Comment!.Trim();
        meeting.ReturnAgenda(body, by, now, comment);
        AgendaNotices.TellSubmitter(db, meeting, "AgendaReturned", $"The agenda of the {AgendaNotices.Title(meeting, body)} was returned by {by.Name} with this comment: {comment}", now);
        return AgendaDto.From(meeting, withHistory: true);
    }
}
