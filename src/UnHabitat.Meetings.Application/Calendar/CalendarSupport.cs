using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;

namespace UnHabitat.Meetings.Application.Calendar;

/// <summary>What the calendar use cases share: a feed token is kept only as its hash, and how a set of bodies' meetings is written.</summary>
internal static class CalendarSupport
{
    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static async Task<string> CalendarOfAsync(this IMeetingsDbContext db, IReadOnlyCollection<Guid>? bodyIds, CancellationToken ct)
    {
        var meetings = await db.Meetings.AsNoTracking().Where(m => bodyIds == null || bodyIds.Contains(m.BodyId)).OrderBy(m => m.StartsAt).ToListAsync(ct).ConfigureAwait(false);
        var bodies = await db.Bodies.AsNoTracking().ToDictionaryAsync(b => b.Id, ct).ConfigureAwait(false);
        var name = bodyIds is { Count: 1 } ? bodies[bodyIds.First()].ShortName + " meetings" : "UN-Habitat governing bodies' meetings";
        return CalendarWriter.Write(meetings.Select(m => (m, bodies[m.BodyId])), name);
    }
}
