using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Errors;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Journals;

namespace UnHabitat.Meetings.Application.Journals;

/// <summary>
/// The journal of one day of a session. The Secretariat and chairs see the draft assembled from the day's
/// record (or the text as published); delegations and the public only the latest published revision, as the
/// body's distribution allows. A published <see cref="Revision"/> can be asked for by number.
/// </summary>
[PublicRequest]
public sealed record GetJournal(Guid SessionId, DateOnly? Date, int? Revision = null) : IQuery<JournalDto>;

internal sealed class GetJournalValidator : AbstractValidator<GetJournal>
{
    public GetJournalValidator() =>
        RuleFor(x => x.Date).NotNull().WithMessage("Say which day of the session, e.g. ?date=2024-12-05.");
}

internal sealed class GetJournalHandler(IMeetingsDbContext db, ICurrentUser user) : IRequestHandler<GetJournal, JournalDto>
{
    public async Task<JournalDto> Handle(GetJournal request, CancellationToken cancellationToken)
    {
        var date = request.Date!.Value;
        var (session, body) = await db.SessionDayAsync(request.SessionId, date, cancellationToken).ConfigureAwait(false);
        var journal = await db.DailyJournals.AsNoTracking().FirstOrDefaultAsync(j => j.SessionId == session.Id && j.Date == date, cancellationToken).ConfigureAwait(false);
        var insider = user.SeesDraftsOf(body);

        var wanted = request.Revision is null
            ? (insider && journal?.Status != JournalStatus.Published ? null : journal?.LatestPublished)
            : journal?.Published.FirstOrDefault(p => p.Revision == request.Revision);
        if (wanted is not null)
        {
            return JournalSupport.MayReadPublished(user, body, date)
                ? JournalSupport.Dto(session.Id, date, journal, JournalStatus.Published, wanted.Revision, JournalSupport.Read(wanted))
                : throw new NotFoundException("Journal of session", session.Id);
        }

        var revision = journal?.Revision ?? 1;
        if (!insider || (request.Revision is not null && request.Revision != revision))
        {
            // Nothing published (or no such revision): for outsiders the journal does not exist yet.
            throw new NotFoundException("Journal of session", session.Id);
        }

        var content = await db.AssembleAsync(session, body, date, DailyJournal.Mark(JournalStatus.Draft, revision), cancellationToken).ConfigureAwait(false);
        return JournalSupport.Dto(session.Id, date, journal, JournalStatus.Draft, revision, content);
    }
}
