using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Infrastructure.Persistence;

namespace UnHabitat.Meetings.Infrastructure.Identity;

internal sealed class UserAccounts(UserManager<MeetingsUser> users, MeetingsDbContext db) : IUserAccounts
{
    public async Task<UserAccount> CreateAsync(NewUserAccount account, CancellationToken cancellationToken)
    {
        if (await users.FindByEmailAsync(account.Email).ConfigureAwait(false) is not null)
        {
            throw new DomainRuleException("EmailMustBeUnique", $"A user with the e-mail address {account.Email} already exists.");
        }

        var user = new MeetingsUser
        {
            Id = Guid.NewGuid(),
            UserName = account.Email,
            Email = account.Email,
            EmailConfirmed = true,
            DisplayName = account.DisplayName,
            MemberState = account.MemberState,
            LockoutEnabled = true,
        };
        Check(await users.CreateAsync(user, account.Password).ConfigureAwait(false));
        Check(await users.AddToRolesAsync(user, account.Roles).ConfigureAwait(false));
        return new UserAccount(user.Id, account.Email, account.DisplayName, account.Roles, account.MemberState);
    }

    public async Task<IReadOnlyList<UserAccount>> FindAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        await QueryAsync(db.Users.Where(u => ids.Contains(u.Id)), cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken cancellationToken) =>
        await QueryAsync(db.Users, cancellationToken).ConfigureAwait(false);

    private async Task<IReadOnlyList<UserAccount>> QueryAsync(IQueryable<MeetingsUser> query, CancellationToken ct)
    {
        var rows = await query.AsNoTracking()
            .OrderBy(u => u.DisplayName)
            .Select(u => new
            {
                u.Id,
                u.Email,
                u.DisplayName,
                u.MemberState,
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
            })
            .ToListAsync(ct).ConfigureAwait(false);
        return [.. rows.Select(r => new UserAccount(r.Id, r.Email ?? "", r.DisplayName, r.Roles, r.MemberState))];
    }

    /// <summary>Identity's refusals (a weak password) are input errors on the password field.</summary>
    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            var failures = result.Errors.Select(e => new ValidationFailure(e.Code.StartsWith("Password", StringComparison.Ordinal) ? "password" : "email", e.Description)).ToList();
            throw new ValidationException(failures);
        }
    }
}
