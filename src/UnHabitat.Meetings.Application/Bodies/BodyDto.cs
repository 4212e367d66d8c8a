using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Errors;
using UnHabitat.Meetings.Domain.Bodies;
using UnHabitat.Meetings.Domain.Documents;

namespace UnHabitat.Meetings.Application.Bodies;

public sealed record BodyMemberDto(string MemberState, DateOnly From, DateOnly? To);

public sealed record BodyDto(
    Guid Id,
    string Name,
    string ShortName,
    BodyKind Kind,
    string SymbolPrefix,
    Guid? ParentBodyId,
    SummaryStyle SummaryStyle,
    AttributionPolicy Attribution,
    int DocumentDeadlineDays,
    Distribution DocumentDistribution,
    IReadOnlyList<Guid> ChairUserIds,
    IReadOnlyList<BodyMemberDto> Members,
    int Version,
    string? SecretariatName = null)
{
    public static BodyDto From(Body body) => new(
        body.Id,
        body.Name,
        body.ShortName,
        body.Kind,
        body.SymbolPrefix,
        body.ParentBodyId,
        body.SummaryStyle,
        body.Attribution,
        body.DocumentDeadlineDays,
        body.DocumentDistribution,
        [.. body.Chairs.Select(c => c.UserId)],
        [.. body.Members.OrderBy(m => m.MemberState, StringComparer.Ordinal).ThenBy(m => m.From).Select(m => new BodyMemberDto(m.MemberState, m.From, m.To))],
        body.Version,
        body.SecretariatName);
}

/// <summary>Checks shared by the body use cases that need the database.</summary>
internal static class BodyLookups
{
    public static async Task<Body> LoadAsync(this IMeetingsDbContext db, Guid id, CancellationToken ct) =>
        await db.Bodies.FirstOrDefaultAsync(b => b.Id == id, ct).ConfigureAwait(false)
        ?? throw new NotFoundException("Body", id);

    /// <summary>The ids above <paramref name="parentId"/>, walking up the hierarchy.</summary>
    public static async Task<IReadOnlyCollection<Guid>> AncestorsAsync(this IMeetingsDbContext db, Guid? parentId, string field, CancellationToken ct)
    {
        var ancestors = new HashSet<Guid>();
        if (parentId is null)
        {
            return ancestors;
        }

        var parents = await db.Bodies.AsNoTracking().Select(b => new { b.Id, b.ParentBodyId }).ToDictionaryAsync(b => b.Id, b => b.ParentBodyId, ct).ConfigureAwait(false);
        if (!parents.TryGetValue(parentId.Value, out var grandParent))
        {
            throw InvalidInput.For(field, $"There is no body with the id {parentId}.");
        }

        for (var current = grandParent; current is not null && ancestors.Add(current.Value); current = parents.GetValueOrDefault(current.Value))
        {
        }

        return ancestors;
    }

    /// <summary>Chairs must be existing users who hold the Chair role.</summary>
    public static async Task EnsureChairsAsync(this IUserAccounts users, IReadOnlyList<Guid> chairUserIds, CancellationToken ct)
    {
        if (chairUserIds.Count == 0)
        {
            return;
        }

        var found = await users.FindAsync(chairUserIds, ct).ConfigureAwait(false);
        for (var i = 0; i < chairUserIds.Count; i++)
        {
            var account = found.FirstOrDefault(u => u.Id == chairUserIds[i]);
            if (account is null)
            {
                throw InvalidInput.For($"chairUserIds[{i}]", $"There is no user with the id {chairUserIds[i]}.");
            }

            if (!account.Roles.Contains(Security.Roles.Chair))
            {
                throw InvalidInput.For($"chairUserIds[{i}]", $"{account.DisplayName} does not hold the Chair role.");
            }
        }
    }
}
