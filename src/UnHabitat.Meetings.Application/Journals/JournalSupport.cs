using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Decisions;
using UnHabitat.Meetings.Application.Errors;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Application.Summaries;
using UnHabitat.Meetings.Domain.Bodies;
using UnHabitat.Meetings.Domain.Journals;
using UnHabitat.Meetings.Domain.Meetings;
using UnHabitat.Meetings.Domain.Sessions;
using UnHabitat.Meetings.Domain.Summaries;

namespace UnHabitat.Meetings.Application.Journals;

/// <summary>One day's journal, in the shape of a summary, with where it stands.</summary>
public sealed record JournalDto(
    Guid SessionId,
    DateOnly Date,
    JournalStatus Status,
    int Revision,
    int Version,
    AssembledJournal Journal,
    IReadOnlyList<PublishedRevisionDto> PublishedRevisions);

internal static class JournalSupport
{
    public static async Task<(Session Session, Body Body)> SessionDayAsync(this IMeetingsDbContext db, Guid sessionId, DateOnly date, CancellationToken ct)
    {
        var session = await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId, ct).ConfigureAwait(false)
            ?? throw new NotFoundException("Session", sessionId);
        if (date < session.StartsOn || date > session.EndsOn)
        {
            throw InvalidInput.For("date", string.Create(CultureInfo.InvariantCulture,
                $"The session runs from {session.StartsOn:d MMMM yyyy} to {session.EndsOn:d MMMM yyyy}: pick a day in it."));
        }

        var body = await db.Bodies.AsNoTracking().FirstAsync(b => b.Id == session.BodyId, ct).ConfigureAwait(false);
        return (session, body);
    }

    /// <summary>Assembles the day afresh from every meeting of the session held that day in the venue's calendar.</summary>
    public static async Task<AssembledJournal> AssembleAsync(this IMeetingsDbContext db, Session session, Body body, DateOnly date, string? mark, CancellationToken ct)
    {
        // A session holds a handful of meetings: the day is picked in the venue's own calendar once they are loaded.
        var meetings = (await db.Meetings.AsNoTracking().Where(m => m.SessionId == session.Id && m.Status != MeetingStatus.Cancelled)
                .ToListAsync(ct).ConfigureAwait(false))
            .Where(m => DateOnly.FromDateTime(m.Schedule.LocalStart.DateTime) == date)
            .OrderBy(m => m.StartsAt)
            .ToList();
        var ids = meetings.Select(m => m.Id).ToList();
        var records = await db.MeetingRecords.AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync(ct).ConfigureAwait(false);
        var paragraphs = await db.RecordParagraphs.AsNoTracking().Where(p => ids.Contains(p.MeetingId)).ToListAsync(ct).ConfigureAwait(false);
        var interventions = await db.Interventions.AsNoTracking().Where(i => ids.Contains(i.MeetingId)).ToListAsync(ct).ConfigureAwait(false);
        var responses = await db.SecretariatResponses.AsNoTracking().Where(r => ids.Contains(r.MeetingId)).ToListAsync(ct).ConfigureAwait(false);
        var decisions = await db.DecisionsAtAsync(ids, ct).ConfigureAwait(false);

        var sources = meetings.Select(m => new SummarySource(m, body, records.FirstOrDefault(r => r.Id == m.Id),
            [.. paragraphs.Where(p => p.MeetingId == m.Id)], [.. interventions.Where(i => i.MeetingId == m.Id)],
            [.. responses.Where(r => r.MeetingId == m.Id)], [.. decisions.Where(d => d.MeetingId == m.Id)])).ToList();
        return JournalAssembler.Assemble(new JournalSource(session, body, date, sources, mark));
    }

    public static JournalDto Dto(Guid sessionId, DateOnly date, DailyJournal? journal, JournalStatus status, int revision, AssembledJournal content) =>
        new(sessionId, date, status, revision, journal?.Version ?? 0, content,
            [.. (journal?.Published ?? []).OrderBy(p => p.Revision).Select(p => new PublishedRevisionDto(p.Revision, p.PublishedAt, p.PublishedBy))]);

    public static AssembledJournal Read(PublishedRevision published) =>
        JsonSerializer.Deserialize<AssembledJournal>(published.Content, SummarySupport.Json)!;

    public static string Write(AssembledJournal journal) => JsonSerializer.Serialize(journal, SummarySupport.Json);

    /// <summary>
    /// Who may read a published journal, as the body's distribution allows: insiders always; signed-in users
    /// unless Restricted (then only the delegations of the body's members that day); the public when General.
    /// </summary>
    public static bool MayReadPublished(ICurrentUser user, Body body, DateOnly date) =>
        user.SeesDraftsOf(body) || body.PublishedPapersAdmit(user.IsAuthenticated, user.MemberState, date);
}
