using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Journals;

namespace UnHabitat.Meetings.Application.Journals;

public enum JournalStep
{
    Publish,
    Revise,
}

/// <summary>
/// The Secretariat publishes a day's journal (the text as it then reads is kept and never changes) or starts a
/// correcting revision of a published one ("Rev. 1").
/// </summary>
[RequiresRole(Roles.Secretariat)]
public sealed record MoveJournal(Guid SessionId, DateOnly? Date, JournalStep Step, int? Version) : ICommand<JournalDto>;

internal sealed class MoveJournalValidator : AbstractValidator<MoveJournal>
{
    public MoveJournalValidator() =>
        RuleFor(x => x.Date).NotNull().WithMessage("Say which day of the session, e.g. \"date\": \"2024-12-05\".");
}

internal sealed class MoveJournalHandler(IMeetingsDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<MoveJournal, JournalDto>
{
    public async Task<JournalDto> Handle(MoveJournal request, CancellationToken cancellationToken)
    {
        var date = request.Date!.Value;
        var (session, body) = await db.SessionDayAsync(request.SessionId, date, cancellationToken).ConfigureAwait(false);
        var journal = await db.DailyJournals.FirstOrDefaultAsync(j => j.SessionId == session.Id && j.Date == date, cancellationToken).ConfigureAwait(false);
        if (journal is null)
        {
            journal = new DailyJournal(Guid.NewGuid(), session.Id, date);
            db.DailyJournals.Add(journal);
        }
        else
        {
            journal.EnsureVersion(request.Version!.Value);
        }

        if (request.Step == JournalStep.Publish)
        {
            var content = await db.AssembleAsync(session, body, date, DailyJournal.Mark(JournalStatus.Published, journal.Revision), cancellationToken).ConfigureAwait(false);
            journal.Publish(user.AsActor(), clock.GetUtcNow(), JournalSupport.Write(content));
            return JournalSupport.Dto(session.Id, date, journal, journal.Status, journal.Revision, content);
        }

        journal.Revise();
        var draft = await db.AssembleAsync(session, body, date, DailyJournal.Mark(JournalStatus.Draft, journal.Revision), cancellationToken).ConfigureAwait(false);
        return JournalSupport.Dto(session.Id, date, journal, journal.Status, journal.Revision, draft);
    }
}
