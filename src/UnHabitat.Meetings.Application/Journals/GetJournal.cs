using System.Globalization;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Decisions;
using UnHabitat.Meetings.Application.Errors;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Journals;
using UnHabitat.Meetings.Domain.Meetings;
using UnHabitat.Meetings.Domain.Summaries;

namespace UnHabitat.Meetings.Application.Journals;

/// <summary>
/// One day's journal, in the shape of a summary. It is always the working draft assembled from the day's
/// record: until journals are published (a later step) only the Secretariat and chairs may read it.
/// </summary>
public sealed record JournalDto(Guid SessionId, DateOnly Date, SummaryStatus Status, int Revision, int Version, AssembledJournal Journal);

/// <summary>The journal of one day of a session, from every meeting of the session held that day in the venue's calendar.</summary>
[RequiresSignedInUser]
public sealed record GetJournal(Guid SessionId, DateOnly? Date) : IQuery<JournalDto>;

internal sealed class GetJournalValidator : AbstractValidator<GetJournal>
{
    public GetJournalValidator() =>
        RuleFor(x => x.Date).NotNull().WithMessage("Say which day of the session, e.g. ?date=2024-12-05.");
}

internal sealed class GetJournalHandler(IMeetingsDbContext db, ICurrentUser user) : IRequestHandler<GetJournal, JournalDto>
{
    public async Task<JournalDto> Handle(GetJournal request, CancellationToken cancellationToken)
    {
        var session = await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == request.SessionId, cancellationToken).ConfigureAwait(false);
        if (session is null || !user.SeesDrafts())
        {
            // A draft journal does not exist for delegations and the public.
            throw new NotFoundException("Session", request.SessionId);
        }

        var date = request.Date!.Value;
        if (date < session.StartsOn || date > session.EndsOn)
        {
            throw InvalidInput.For("date", string.Create(CultureInfo.InvariantCulture,
                $"The session runs from {session.StartsOn:d MMMM yyyy} to {session.EndsOn:d MMMM yyyy}: pick a day in it."));
        }

        var body = await db.Bodies.AsNoTracking().FirstAsync(b => b.Id == session.BodyId, cancellationToken).ConfigureAwait(false);

        // A session holds a handful of meetings: the day is picked in the venue's own calendar once they are loaded.
        var meetings = (await db.Meetings.AsNoTracking().Where(m => m.SessionId == session.Id && m.Status != MeetingStatus.Cancelled)
                .ToListAsync(cancellationToken).ConfigureAwait(false))
            .Where(m => DateOnly.FromDateTime(m.Schedule.LocalStart.DateTime) == date)
            .OrderBy(m => m.StartsAt)
            .ToList();
        var ids = meetings.Select(m => m.Id).ToList();
        var records = await db.MeetingRecords.AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var paragraphs = await db.RecordParagraphs.AsNoTracking().Where(p => ids.Contains(p.MeetingId)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var interventions = await db.Interventions.AsNoTracking().Where(i => ids.Contains(i.MeetingId)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var responses = await db.SecretariatResponses.AsNoTracking().Where(r => ids.Contains(r.MeetingId)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var decisions = await db.DecisionsAtAsync(ids, cancellationToken).ConfigureAwait(false);

        var sources = meetings.Select(m => new SummarySource(m, body, records.FirstOrDefault(r => r.Id == m.Id),
            [.. paragraphs.Where(p => p.MeetingId == m.Id)], [.. interventions.Where(i => i.MeetingId == m.Id)],
            [.. responses.Where(r => r.MeetingId == m.Id)], [.. decisions.Where(d => d.MeetingId == m.Id)])).ToList();
        var journal = JournalAssembler.Assemble(new JournalSource(session, body, date, sources));
        return new JournalDto(session.Id, date, SummaryStatus.Draft, 1, session.Version, journal);
    }
}
