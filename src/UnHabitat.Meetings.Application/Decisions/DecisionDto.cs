using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Domain.Decisions;

namespace UnHabitat.Meetings.Application.Decisions;

public sealed record DecisionDto(
    Guid Id,
    Guid BodyId,
    Guid MeetingId,
    Guid AgendaItemId,
    string Number,
    string Reference,
    int Year,
    DateOnly AdoptedOn,
    string Title,
    string? Text,
    string? DocumentSymbol,
    int Version)
{
    public static DecisionDto From(Decision d) =>
        new(d.Id, d.BodyId, d.MeetingId, d.AgendaItemId, d.Number, "decision " + d.Number, d.Year, d.AdoptedOn, d.Title, d.Text, d.DocumentSymbol, d.Version);
}

internal static class DecisionLookups
{
    /// <summary>The numbers a body has used, in every series (few: a body adopts tens of decisions a year).</summary>
    public static async Task<IReadOnlyCollection<DecisionNumber>> NumbersTakenAsync(this IMeetingsDbContext db, Guid bodyId, CancellationToken ct) =>
        (await db.Decisions.AsNoTracking().Where(d => d.BodyId == bodyId).Select(d => new { d.Series, d.Ordinal }).ToListAsync(ct).ConfigureAwait(false))
            .Select(d => new DecisionNumber(d.Series, d.Ordinal)).ToHashSet();

    /// <summary>The decisions adopted at these meetings, for the summary and the journal.</summary>
    public static async Task<List<Decision>> DecisionsAtAsync(this IMeetingsDbContext db, IReadOnlyCollection<Guid> meetingIds, CancellationToken ct) =>
        await db.Decisions.AsNoTracking().Where(d => meetingIds.Contains(d.MeetingId)).OrderBy(d => d.Series).ThenBy(d => d.Ordinal)
            .ToListAsync(ct).ConfigureAwait(false);
}
