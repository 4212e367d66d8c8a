namespace UnHabitat.Meetings.Application.Abstractions;

/// <summary>Where a person's two-factor sign-in stands.</summary>
/// <param name="Enabled">On: signing in asks for a code after the password.</param>
/// <param name="Key">While being set up (not yet on): the shared key to type into the authenticator app; null otherwise.</param>
/// <param name="AppLink">The same key as an otpauth:// address, which an authenticator app reads; null with <paramref name="Key"/>.</param>
/// <param name="RecoveryCodesLeft">Recovery codes not used yet.</param>
/// <param name="Required">The person must have it (administrators) and may not turn it off.</param>
public sealed record TwoFactorStatus(bool Enabled, string? Key, string? AppLink, int RecoveryCodesLeft, bool Required);

/// <summary>Two-factor sign-in with an authenticator app (ASP.NET Core Identity's authenticator tokens), seen from the use cases.</summary>
public interface ITwoFactorAccounts
{
    Task<TwoFactorStatus> StatusAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>A new shared key for a person whose two-factor sign-in is off; any earlier key stops working.</summary>
    Task<TwoFactorStatus> NewKeyAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>Turns it on when <paramref name="code"/> is the authenticator's current code: the recovery codes, shown once; null when the code is wrong.</summary>
    Task<IReadOnlyList<string>?> EnableAsync(Guid userId, string code, CancellationToken cancellationToken);

    /// <summary>New recovery codes; the earlier ones stop working.</summary>
    Task<IReadOnlyList<string>> NewRecoveryCodesAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>Turns it off and forgets the key and the recovery codes; the person's sessions and tokens elsewhere stop working.</summary>
    Task<UserAccount> TurnOffAsync(Guid userId, CancellationToken cancellationToken);
}
