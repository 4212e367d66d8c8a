using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Errors;
using UnHabitat.Meetings.Application.Paging;
using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Infrastructure.Persistence;

namespace UnHabitat.Meetings.Infrastructure.Identity;

internal sealed class UserAccounts(UserManager<MeetingsUser> users, MeetingsDbContext db, TimeProvider clock) : IUserAccounts
{
    public async Task<UserAccount> CreateAsync(NewUserAccount account, CancellationToken cancellationToken)
    {
        var user = await NewUserAsync(account.Email, account.DisplayName, account.MemberState).ConfigureAwait(false);
        Check(await users.CreateAsync(user, account.Password).ConfigureAwait(false), "password");
        Check(await users.AddToRolesAsync(user, account.Roles).ConfigureAwait(false), "roles");
        return new UserAccount(user.Id, account.Email, account.DisplayName, account.Roles, account.MemberState);
    }

    public async Task<(UserAccount Account, string Token)> InviteAsync(NewInvitation invitation, CancellationToken cancellationToken)
    {
        var user = await NewUserAsync(invitation.Email, invitation.DisplayName, invitation.MemberState).ConfigureAwait(false);
        user.EmailConfirmed = false;
        Check(await users.CreateAsync(user).ConfigureAwait(false), "email");
        Check(await users.AddToRolesAsync(user, invitation.Roles).ConfigureAwait(false), "roles");
        var token = await users.GenerateUserTokenAsync(user, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose).ConfigureAwait(false);
        return (new UserAccount(user.Id, invitation.Email, invitation.DisplayName, invitation.Roles, invitation.MemberState, PasswordSet: false), token);
    }

    public async Task<string?> InvitationTokenAsync(Guid id, CancellationToken cancellationToken)
    {
        var user = await UserAsync(id).ConfigureAwait(false);
        return user.PasswordHash is not null ? null : await users.GenerateUserTokenAsync(user, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose).ConfigureAwait(false);
    }

    public async Task<bool> AcceptInvitationAsync(string email, string token, string password, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(email.Trim()).ConfigureAwait(false);
        if (user is null || user.DeactivatedAt is not null || user.PasswordHash is not null
            || !await users.VerifyUserTokenAsync(user, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose, token).ConfigureAwait(false))
        {
            return false;
        }

        // Setting the password changes the security stamp, which the token was bound to: the link works once.
        Check(await users.AddPasswordAsync(user, password).ConfigureAwait(false), "newPassword");
        user.EmailConfirmed = true;
        Check(await users.UpdateAsync(user).ConfigureAwait(false), "email");
        return true;
    }

    public async Task<(UserAccount Account, string Token)?> PasswordResetTokenAsync(string email, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(email.Trim()).ConfigureAwait(false);
        if (user is null || user.DeactivatedAt is not null || user.PasswordHash is null)
        {
            return null;
        }

        var token = await users.GeneratePasswordResetTokenAsync(user).ConfigureAwait(false);
        return ((await FindAsync([user.Id], cancellationToken).ConfigureAwait(false))[0], token);
    }

    public async Task<bool> ResetPasswordAsync(string email, string token, string newPassword, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(email.Trim()).ConfigureAwait(false);
        if (user is null || user.DeactivatedAt is not null || user.PasswordHash is null)
        {
            return false;
        }

        var result = await users.ResetPasswordAsync(user, token, newPassword).ConfigureAwait(false);
        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)))
        {
            return false;
        }

        // The new password changed the security stamp: every earlier cookie and token stops working.
        Check(result, "newPassword");
        return true;
    }

    public async Task<UserAccount> ChangeRolesAsync(Guid id, IReadOnlyList<string> roles, string? memberState, CancellationToken cancellationToken)
    {
        var user = await UserAsync(id).ConfigureAwait(false);
        var current = await users.GetRolesAsync(user).ConfigureAwait(false);
        Check(await users.RemoveFromRolesAsync(user, current.Except(roles)).ConfigureAwait(false), "roles");
        Check(await users.AddToRolesAsync(user, roles.Except(current)).ConfigureAwait(false), "roles");
        user.MemberState = memberState;

        // Tokens carry the roles they were issued with: a changed user signs in again to get the new ones.
        Check(await users.UpdateSecurityStampAsync(user).ConfigureAwait(false), "roles");
        return (await FindAsync([id], cancellationToken).ConfigureAwait(false))[0];
    }

    public async Task<UserAccount> SetActiveAsync(Guid id, bool active, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var user = await UserAsync(id).ConfigureAwait(false);
        user.DeactivatedAt = active ? null : at;
        Check(await users.UpdateSecurityStampAsync(user).ConfigureAwait(false), "user");
        return (await FindAsync([id], cancellationToken).ConfigureAwait(false))[0];
    }

    public async Task<UserAccount> UnlockAsync(Guid id, CancellationToken cancellationToken)
    {
        var user = await UserAsync(id).ConfigureAwait(false);
        Check(await users.SetLockoutEndDateAsync(user, null).ConfigureAwait(false), "user");
        Check(await users.ResetAccessFailedCountAsync(user).ConfigureAwait(false), "user");
        return (await FindAsync([id], cancellationToken).ConfigureAwait(false))[0];
    }

    public async Task<IReadOnlyList<UserAccount>> FindAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        await QueryAsync(db.Users.Where(u => ids.Contains(u.Id)), cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken cancellationToken) =>
        await QueryAsync(db.Users, cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<UserAccount>> ListAsync(UserFilter filter, CancellationToken cancellationToken) =>
        await QueryAsync(Filtered(filter), cancellationToken).ConfigureAwait(false);

    public async Task<Page<UserAccount>> ListAsync(UserFilter filter, PageRequest? page, CancellationToken cancellationToken)
    {
        // Filtered, ordered and cut in SQL: only the page's users (and their roles) are read.
        var rows = await Lines(Filtered(filter)).ToPageAsync(page, cancellationToken).ConfigureAwait(false);
        return rows.Map(Account);
    }

    private IQueryable<MeetingsUser> Filtered(UserFilter filter)
    {
        var query = db.Users.AsQueryable();
        if (!string.IsNullOrEmpty(filter.Role))
        {
            query = query.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == filter.Role)));
        }

        if (!string.IsNullOrEmpty(filter.MemberState))
        {
            query = query.Where(u => u.MemberState == filter.MemberState);
        }

        if (filter.Active is { } active)
        {
            query = active ? query.Where(u => u.DeactivatedAt == null) : query.Where(u => u.DeactivatedAt != null);
        }

        return query;
    }

    private async Task<MeetingsUser> NewUserAsync(string email, string displayName, string? memberState)
    {
        if (await users.FindByEmailAsync(email).ConfigureAwait(false) is not null)
        {
            throw new DomainRuleException("EmailMustBeUnique", $"A user with the e-mail address {email} already exists.");
        }

        return new MeetingsUser
        {
            Id = Guid.NewGuid(),
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = displayName,
            MemberState = memberState,
            LockoutEnabled = true,
        };
    }

    private async Task<MeetingsUser> UserAsync(Guid id) =>
        await users.FindByIdAsync(id.ToString()).ConfigureAwait(false) ?? throw new NotFoundException("User", id);

    private async Task<IReadOnlyList<UserAccount>> QueryAsync(IQueryable<MeetingsUser> query, CancellationToken ct)
    {
        var rows = await Lines(query).ToListAsync(ct).ConfigureAwait(false);
        return [.. rows.Select(Account)];
    }

    /// <summary>The columns of a user's line, in the list's order.</summary>
    private IQueryable<UserLine> Lines(IQueryable<MeetingsUser> query)
    {
        var now = clock.GetUtcNow();
        return query.AsNoTracking()
            // Ending on the id: people of the same name keep one order, so that the list's pages are stable.
            .OrderBy(u => u.DisplayName).ThenBy(u => u.Id)
            .Select(u => new UserLine(
                u.Id,
                u.Email,
                u.DisplayName,
                u.MemberState,
                u.DeactivatedAt == null,
                u.LockoutEnd != null && u.LockoutEnd > now,
                u.PasswordHash != null,
                u.TwoFactorEnabled,
                db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList()));
    }

    private static UserAccount Account(UserLine r) =>
        new(r.Id, r.Email ?? "", r.DisplayName, r.Roles, r.MemberState, r.Active, r.LockedOut, r.PasswordSet, r.TwoFactorEnabled);

    private sealed record UserLine(Guid Id, string? Email, string DisplayName, string? MemberState, bool Active, bool LockedOut, bool PasswordSet, bool TwoFactorEnabled, List<string> Roles);

    /// <summary>Identity's refusals (a weak password) are input errors on the password field.</summary>
    private static void Check(IdentityResult result, string otherField)
    {
        if (!result.Succeeded)
        {
            var failures = result.Errors.Select(e => new ValidationFailure(e.Code.StartsWith("Password", StringComparison.Ordinal) ? PasswordField(otherField) : e.Code.Contains("Email", StringComparison.Ordinal) ? "email" : otherField, e.Description)).ToList();
            throw new ValidationException(failures);
        }
    }

    private static string PasswordField(string field) => field == "newPassword" ? field : "password";
}

/// <summary>
/// The tokens of invitation links: like password-reset tokens (bound to the security stamp, so they work
/// once), with their own lifetime (Identity:InvitationDays).
/// </summary>
internal sealed class InvitationTokenProvider(
    Microsoft.AspNetCore.DataProtection.IDataProtectionProvider protection,
    Microsoft.Extensions.Options.IOptions<InvitationTokenProviderOptions> options,
    Microsoft.Extensions.Logging.ILogger<DataProtectorTokenProvider<MeetingsUser>> logger)
    : DataProtectorTokenProvider<MeetingsUser>(protection, options, logger)
{
    public const string ProviderName = "Invitation";
    public const string Purpose = "SetFirstPassword";
}

internal sealed class InvitationTokenProviderOptions : DataProtectionTokenProviderOptions;
