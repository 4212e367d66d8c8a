using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Errors;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Application.Users;
using UnHabitat.Meetings.Domain.Common;

namespace UnHabitat.Meetings.Infrastructure.Identity;

/// <summary>
/// Two-factor sign-in through Identity's authenticator token provider (RFC 6238, six digits, 30 seconds):
/// the key and the recovery codes are rows of AspNetUserTokens, so nothing new in the schema (ADR 019).
/// </summary>
internal sealed class TwoFactorAccounts(UserManager<MeetingsUser> users, IUserAccounts accounts, IConfiguration configuration) : ITwoFactorAccounts
{
    public const int RecoveryCodeCount = 10;
    private const string Issuer = "UN-Habitat Meetings";

    // Where Identity's user store keeps the key and the recovery codes (its own provider name for AspNetUserTokens).
    private const string StoreProvider = "[AspNetUserStore]";

    public async Task<TwoFactorStatus> StatusAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = await UserAsync(userId).ConfigureAwait(false);
        var required = TwoFactorSettings.IsRequired(configuration, await users.GetRolesAsync(user).ConfigureAwait(false));
        if (user.TwoFactorEnabled)
        {
            return new TwoFactorStatus(true, null, null, await users.CountRecoveryCodesAsync(user).ConfigureAwait(false), required);
        }

        var key = await users.GetAuthenticatorKeyAsync(user).ConfigureAwait(false);
        return new TwoFactorStatus(false, key is null ? null : Grouped(key), key is null ? null : AppLink(user, key), 0, required);
    }

    public async Task<TwoFactorStatus> NewKeyAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = await UserAsync(userId).ConfigureAwait(false);
        if (user.TwoFactorEnabled)
        {
            throw new DomainRuleException("TwoFactorIsOnAlready", "Two-factor sign-in is on already. To move it to another app, turn it off first, then set it up again.");
        }

        Check(await users.ResetAuthenticatorKeyAsync(user).ConfigureAwait(false));
        return await StatusAsync(userId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<string>?> EnableAsync(Guid userId, string code, CancellationToken cancellationToken)
    {
        var user = await UserAsync(userId).ConfigureAwait(false);
        if (user.TwoFactorEnabled)
        {
            throw new DomainRuleException("TwoFactorIsOnAlready", "Two-factor sign-in is on already.");
        }

        if (await users.GetAuthenticatorKeyAsync(user).ConfigureAwait(false) is null)
        {
            throw new DomainRuleException("TwoFactorKeyFirst", "Start the set-up first: it gives the key to type into your authenticator app.");
        }

        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, TwoFactorWords.Digits(code)).ConfigureAwait(false))
        {
            return null;
        }

        Check(await users.SetTwoFactorEnabledAsync(user, true).ConfigureAwait(false));
        return [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount).ConfigureAwait(false) ?? []];
    }

    public async Task<IReadOnlyList<string>> NewRecoveryCodesAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = await UserAsync(userId).ConfigureAwait(false);
        if (!user.TwoFactorEnabled)
        {
            throw new DomainRuleException("TwoFactorIsOff", "Recovery codes come with two-factor sign-in: set it up first.");
        }

        return [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount).ConfigureAwait(false) ?? []];
    }

    public async Task<UserAccount> TurnOffAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = await UserAsync(userId).ConfigureAwait(false);
        Check(await users.SetTwoFactorEnabledAsync(user, false).ConfigureAwait(false));
        Check(await users.RemoveAuthenticationTokenAsync(user, StoreProvider, "AuthenticatorKey").ConfigureAwait(false));
        Check(await users.RemoveAuthenticationTokenAsync(user, StoreProvider, "RecoveryCodes").ConfigureAwait(false));

        // Whoever held a session on the strength of the old key is signed out (the stamp changed).
        Check(await users.UpdateSecurityStampAsync(user).ConfigureAwait(false));
        return (await accounts.FindAsync([userId], cancellationToken).ConfigureAwait(false))[0];
    }

    private async Task<MeetingsUser> UserAsync(Guid id) =>
        await users.FindByIdAsync(id.ToString()).ConfigureAwait(false) ?? throw new NotFoundException("User", id);

    /// <summary>The key in groups of four, easier to type (apps ignore the spaces).</summary>
    private static string Grouped(string key) =>
        string.Join(' ', Enumerable.Range(0, (key.Length + 3) / 4).Select(i => key.Substring(i * 4, Math.Min(4, key.Length - (i * 4))))).ToLowerInvariant();

    private static string AppLink(MeetingsUser user, string key) =>
        string.Create(CultureInfo.InvariantCulture, $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(user.Email ?? user.UserName ?? "")}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6&period=30");

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(' ', result.Errors.Select(e => e.Description)));
        }
    }
}

/// <summary>Who must sign in with a second factor: administrators, unless Identity:AdministratorsNeedTwoFactor is false.</summary>
public static class TwoFactorSettings
{
    public static bool AdministratorsNeedIt(IConfiguration configuration) => configuration.GetValue("Identity:AdministratorsNeedTwoFactor", true);

    public static bool IsRequired(IConfiguration configuration, IEnumerable<string> roles) =>
        AdministratorsNeedIt(configuration) && roles.Contains(Roles.Administrator, StringComparer.Ordinal);
}
