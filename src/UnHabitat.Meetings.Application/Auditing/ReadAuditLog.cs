using System.Linq.Expressions;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Auditing;
using UnHabitat.Meetings.Domain.Meetings;

namespace UnHabitat.Meetings.Application.Auditing;

/// <summary>
/// One page of the audit log, newest first, for administrators: filtered by who (part of an e-mail address or
/// a name), what (part of the action's name), when (from and to, inclusive instants) and which meeting (its
/// id or part of its title). Page numbers start at 1.
/// </summary>
[RequiresRole(Roles.Administrator)]
public sealed record ReadAuditLog(string? Who = null, string? What = null, DateTimeOffset? From = null, DateTimeOffset? To = null, string? Meeting = null, int Page = 1)
    : IQuery<AuditLogPage>;

public sealed record AuditLogLine(DateTimeOffset At, string Who, string What, string Entities);

/// <summary>A page of entries and whether there are more before or after it.</summary>
public sealed record AuditLogPage(IReadOnlyList<AuditLogLine> Lines, int Page, bool HasPrevious, bool HasNext);

internal sealed class ReadAuditLogValidator : AbstractValidator<ReadAuditLog>
{
    public ReadAuditLogValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1).WithName("page").WithMessage("The page number starts at 1.");
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x is { From: not null, To: not null })
            .WithName("to").WithMessage("The end of the period comes after its start.");
    }
}

internal sealed class ReadAuditLogHandler(IMeetingsDbContext db, IUserAccounts accounts) : IRequestHandler<ReadAuditLog, AuditLogPage>
{
    public const int PageSize = 50;

    /// <summary>Words that match more people or meetings than this are too vague to narrow anything.</summary>
    private const int MaxMatches = 50;

    public async Task<AuditLogPage> Handle(ReadAuditLog request, CancellationToken cancellationToken)
    {
        IQueryable<AuditEntry> entries = db.AuditEntries.AsNoTracking();

        if (!string.IsNullOrWhiteSpace(request.Who))
        {
            var who = request.Who.Trim().ToLowerInvariant();
            // Names live in the accounts, not in the log: the ids of the people so called.
            var ids = (await accounts.ListAsync(cancellationToken).ConfigureAwait(false))
                .Where(u => u.DisplayName.Contains(who, StringComparison.OrdinalIgnoreCase) || u.Email.Contains(who, StringComparison.OrdinalIgnoreCase))
                .Select(u => u.Id)
                .Take(MaxMatches)
                .ToList();
            var named = ids.Select(id => (Guid?)id).ToList();
            // Lower on both sides, in SQL (see SearchPublishedDocuments): case-insensitive on both engines.
#pragma warning disable CA1304, CA1311, CA1862
            var byThem = entries.Where(a => a.UserName.ToLower().Contains(who) || named.Contains(a.UserId));
#pragma warning restore CA1304, CA1311, CA1862
            // What a signed-out person did to their own account (a new password from an e-mailed link) has no
            // author; it counts as theirs.
            var forThem = entries.Where(a => a.UserId == null).Where(Mentions("MeetingsUser", ids));
            entries = byThem.Union(forThem);
        }

        if (!string.IsNullOrWhiteSpace(request.What))
        {
            var what = request.What.Trim().ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862
            entries = entries.Where(a => a.Request.ToLower().Contains(what));
#pragma warning restore CA1304, CA1311, CA1862
        }

        if (request.From is { } from)
        {
            entries = entries.Where(a => a.At >= from);
        }

        if (request.To is { } to)
        {
            entries = entries.Where(a => a.At <= to);
        }

        if (!string.IsNullOrWhiteSpace(request.Meeting))
        {
            var ids = await MeetingIdsAsync(request.Meeting.Trim(), cancellationToken).ConfigureAwait(false);
            entries = entries.Where(Mentions("Meeting", ids));
        }

        var lines = await entries
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Skip((request.Page - 1) * PageSize).Take(PageSize + 1)
            .Select(a => new AuditLogLine(a.At, a.UserName, a.Request, a.Entities))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new AuditLogPage(lines.Take(PageSize).ToList(), request.Page, request.Page > 1, lines.Count > PageSize);
    }

    /// <summary>The meeting of that id, or those whose title (computed from the body's name) contains the words.</summary>
    private async Task<IReadOnlyList<Guid>> MeetingIdsAsync(string meeting, CancellationToken ct)
    {
        if (Guid.TryParse(meeting, out var id))
        {
            return [id];
        }

        var bodies = await db.Bodies.AsNoTracking().Select(b => new { b.Id, b.Name }).ToDictionaryAsync(b => b.Id, b => b.Name, ct).ConfigureAwait(false);
        var meetings = await db.Meetings.AsNoTracking().Select(m => new { m.Id, m.Number, m.BodyId }).ToListAsync(ct).ConfigureAwait(false);
        return meetings
            .Where(m => bodies.TryGetValue(m.BodyId, out var body) && Meeting.TitleFor(m.Number, body).Contains(meeting, StringComparison.OrdinalIgnoreCase))
            .Select(m => m.Id)
            .Take(MaxMatches)
            .ToList();
    }

    /// <summary>Entries whose changed entities name one of these (<c>Type:id</c>); none when there are none.</summary>
    private static Expression<Func<AuditEntry, bool>> Mentions(string type, IReadOnlyList<Guid> ids)
    {
        var entry = Expression.Parameter(typeof(AuditEntry), "a");
        var entities = Expression.Property(entry, nameof(AuditEntry.Entities));
        var contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
        Expression body = Expression.Constant(false);
        foreach (var id in ids)
        {
            body = Expression.OrElse(body, Expression.Call(entities, contains, Expression.Constant($"{type}:{id}")));
        }

        return Expression.Lambda<Func<AuditEntry, bool>>(body, entry);
    }
}
