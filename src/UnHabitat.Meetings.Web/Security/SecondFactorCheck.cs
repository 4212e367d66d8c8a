using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Domain.Auditing;
using UnHabitat.Meetings.Infrastructure.Identity;
using UnHabitat.Meetings.Infrastructure.Persistence;

namespace UnHabitat.Meetings.Web.Security;

/// <summary>
/// The second step of signing in, for the sign-in page and for POST /api/auth/login: a code of the
/// authenticator app or one recovery code (each works once). A wrong code counts as a failed sign-in, under
/// the same block as a wrong password (Identity:MaxFailedAttempts, Identity:LockoutMinutes) and the same
/// slowing down; every attempt goes to the audit log, never the code.
/// </summary>
public sealed class SecondFactorCheck(UserManager<MeetingsUser> users, FailedSignIns failures, MeetingsDbContext db, TimeProvider clock)
{
    /// <summary>What a wrong or refused code is told, the same words whether the account is blocked or not.</summary>
    public string Refusal =>
        $"This code is not right. Type the six digits your authenticator app shows now, or one of your recovery codes. {failures.BlockRule} "
        + "Lost your phone and your recovery codes? An administrator can reset your two-factor sign-in.";

    /// <summary>True when the code lets the user in; a recovery code is then used up.</summary>
    public async Task<bool> CheckAsync(MeetingsUser user, string code)
    {
        var typed = code.Trim();
        string outcome;
        if (user.DeactivatedAt is not null)
        {
            outcome = SignInOutcomes.Deactivated;
        }
        else if (await users.IsLockedOutAsync(user).ConfigureAwait(false))
        {
            outcome = SecondFactorOutcomes.WhileBlocked;
        }
        else if (Application.Users.TwoFactorWords.IsAuthenticatorCode(typed))
        {
            outcome = await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, Application.Users.TwoFactorWords.Digits(typed)).ConfigureAwait(false)
                ? SecondFactorOutcomes.Succeeded
                : await FailedAsync(user).ConfigureAwait(false);
        }
        else
        {
            // Recovery codes are made of capitals and digits; people may type them in small letters.
            outcome = (await users.RedeemTwoFactorRecoveryCodeAsync(user, typed.ToUpperInvariant()).ConfigureAwait(false)).Succeeded
                ? SecondFactorOutcomes.RecoveryCodeUsed
                : await FailedAsync(user).ConfigureAwait(false);
        }

        db.AuditEntries.Add(new AuditEntry(Guid.NewGuid(), clock.GetUtcNow(), user.Id, user.UserName ?? "", outcome, $"MeetingsUser:{user.Id}"));
        await db.SaveChangesAsync().ConfigureAwait(false);

        var key = users.NormalizeEmail(user.Email) ?? "";
        if (outcome is SecondFactorOutcomes.Succeeded or SecondFactorOutcomes.RecoveryCodeUsed)
        {
            // The password step left the failure count alone for two-factor accounts; the whole sign-in clears it.
            await users.ResetAccessFailedCountAsync(user).ConfigureAwait(false);
            failures.Forget(key);
            return true;
        }

        await failures.FailedAsync(key).ConfigureAwait(false);
        return false;
    }

    private async Task<string> FailedAsync(MeetingsUser user)
    {
        await users.AccessFailedAsync(user).ConfigureAwait(false);
        return await users.IsLockedOutAsync(user).ConfigureAwait(false) ? SecondFactorOutcomes.Blocked : SecondFactorOutcomes.Failed;
    }
}

/// <summary>
/// Between the password and the code on the sign-in page: who passed the password step, kept in a short-lived
/// cookie of its own (Identity's two-factor scheme), bound to the security stamp so that a deactivation or a
/// new password in between ends it. Nobody is signed in until the code is right.
/// </summary>
public static class PendingSignIn
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);
    private const string StampClaim = "stamp";
    private const string ReturnClaim = "return";

    public static Task BeginAsync(HttpContext context, MeetingsUser user, string? returnUrl)
    {
        var identity = new ClaimsIdentity(IdentityConstants.TwoFactorUserIdScheme);
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, user.Id.ToString()));
        identity.AddClaim(new Claim(StampClaim, user.SecurityStamp ?? ""));
        identity.AddClaim(new Claim(ReturnClaim, returnUrl ?? ""));
        // The cookie handler dates it on the application's clock and ends it after Lifetime (the scheme's ExpireTimeSpan).
        return context.SignInAsync(IdentityConstants.TwoFactorUserIdScheme, new ClaimsPrincipal(identity));
    }

    /// <summary>The user who passed the password step (still active, stamp unchanged) and where they were going; null otherwise.</summary>
    public static async Task<(MeetingsUser User, string? ReturnUrl)?> FindAsync(HttpContext context)
    {
        var result = await context.AuthenticateAsync(IdentityConstants.TwoFactorUserIdScheme).ConfigureAwait(false);
        var id = result.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        if (!result.Succeeded || id is null)
        {
            return null;
        }

        var user = await context.RequestServices.GetRequiredService<UserManager<MeetingsUser>>().FindByIdAsync(id).ConfigureAwait(false);
        if (user is null || user.DeactivatedAt is not null || !user.TwoFactorEnabled
            || !string.Equals(user.SecurityStamp ?? "", result.Principal!.FindFirstValue(StampClaim), StringComparison.Ordinal))
        {
            return null;
        }

        var returnUrl = result.Principal.FindFirstValue(ReturnClaim);
        return (user, string.IsNullOrEmpty(returnUrl) ? null : returnUrl);
    }

    public static Task EndAsync(HttpContext context) => context.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
}

internal static class SecondFactorSetup
{
    public static void AddSecondFactor(this IServiceCollection services)
    {
        services.AddScoped<SecondFactorCheck>();

        // Between the password and the code (PendingSignIn): a few minutes, then the password again. Identity's
        // password check also asks the "remembered device" scheme whether to skip the code; we never issue that cookie.
        services.AddAuthentication()
            .AddCookie(IdentityConstants.TwoFactorUserIdScheme, options =>
            {
                options.Cookie.Name = "UnHabitat.Meetings.SecondStep";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.ExpireTimeSpan = PendingSignIn.Lifetime;
                options.SlidingExpiration = false;
            })
            .AddCookie(IdentityConstants.TwoFactorRememberMeScheme, options => options.Cookie.Name = "UnHabitat.Meetings.RememberedDevice");
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme).Configure<IPublicAddress>((options, address) =>
            options.Cookie.SecurePolicy = address.IsHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest);
    }
}

/// <summary>What the audit log calls the outcomes of the second step of a sign-in (its "what").</summary>
public static class SecondFactorOutcomes
{
    /// <summary>The password was right; the account asks for a code next.</summary>
    public const string PasswordAccepted = "SignInPasswordAcceptedAwaitingSecondFactor";
    public const string Succeeded = "SignInWithSecondFactor";
    public const string RecoveryCodeUsed = "SignInWithRecoveryCode";
    public const string Failed = "SecondFactorFailed";
    public const string Blocked = "SecondFactorFailedAndAccountBlocked";
    public const string WhileBlocked = "SecondFactorRefusedWhileBlocked";
}
