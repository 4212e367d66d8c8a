using System.Collections.Concurrent;
using Microsoft.AspNetCore.Identity;
using UnHabitat.Meetings.Domain.Auditing;
using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Infrastructure.Identity;
using UnHabitat.Meetings.Infrastructure.Persistence;

namespace UnHabitat.Meetings.Web.Security;

/// <summary>
/// The one password check of the sign-in page and of POST /api/auth/login. An unknown e-mail address, a
/// wrong password and a blocked account get the same words after the same work (a password hash is
/// verified every time, against a stand-in for an unknown user), so neither the answer nor its time tells
/// who has an account or whose is blocked. Repeated failures for one address are answered more slowly,
/// so guessing from many places is slowed before the account gets blocked. Every attempt, known address or
/// not, goes to the audit log (never the password), after the same work, so the log adds nothing to tell apart.
/// </summary>
public sealed class PasswordCheck(SignInManager<MeetingsUser> signIn, FailedSignIns failures, MeetingsDbContext db, TimeProvider clock)
{
    /// <summary>
    /// What every failed sign-in is told: how long a block lasts and the ways out (wait, an administrator
    /// unblocks it, a new password by e-mail), the same words whether the account exists, is blocked or not.
    /// </summary>
    public string Refusal =>
        $"The e-mail address or the password is not right. {failures.BlockRule} Forgot your password? Ask for a link to choose a new one.";

    /// <summary>The user when the password is right and the account not blocked; null otherwise.</summary>
    public async Task<MeetingsUser?> CheckAsync(string email, string password)
    {
        var users = signIn.UserManager;
        var key = users.NormalizeEmail(email.Trim()) ?? "";
        var user = await users.FindByEmailAsync(email.Trim()).ConfigureAwait(false);
        bool succeeded;
        string outcome;
        if (user is null)
        {
            users.PasswordHasher.VerifyHashedPassword(StandIn.User, StandIn.Hash(users.PasswordHasher), password);
            succeeded = false;
            outcome = SignInOutcomes.UnknownAddress;
        }
        else if (user.DeactivatedAt is not null || await users.IsLockedOutAsync(user).ConfigureAwait(false))
        {
            // Do the work a check does, and count nothing: the block runs its course; a deactivated account stays shut.
            users.PasswordHasher.VerifyHashedPassword(user, user.PasswordHash ?? StandIn.Hash(users.PasswordHasher), password);
            succeeded = false;
            outcome = user.DeactivatedAt is not null ? SignInOutcomes.Deactivated : SignInOutcomes.WhileBlocked;
        }
        else
        {
            var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true).ConfigureAwait(false);
            succeeded = result.Succeeded;
            outcome = result.Succeeded ? (user.TwoFactorEnabled ? SecondFactorOutcomes.PasswordAccepted : SignInOutcomes.Succeeded) : result.IsLockedOut ? SignInOutcomes.Blocked : SignInOutcomes.Failed;
        }

        await AuditAsync(user, email.Trim(), outcome).ConfigureAwait(false);

        if (succeeded)
        {
            failures.Forget(key);
            return user;
        }

        await failures.FailedAsync(key).ConfigureAwait(false);
        return null;
    }

    /// <summary>
    /// One audit entry per attempt, written at once (there is no command around a sign-in): who — the account,
    /// or for an unknown address the address as typed, cut to the column — and the outcome; never the password.
    /// </summary>
    internal async Task AuditAsync(MeetingsUser? user, string typed, string outcome)
    {
        var name = user?.UserName ?? (typed.Length > Limits.Email ? typed[..Limits.Email] : typed);
        db.AuditEntries.Add(new AuditEntry(Guid.NewGuid(), clock.GetUtcNow(), user?.Id, name, outcome, user is null ? "" : $"MeetingsUser:{user.Id}"));
        await db.SaveChangesAsync().ConfigureAwait(false);
    }

    /// <summary>A user that does not exist, and the hash of a password nobody knows, made once.</summary>
    private static class StandIn
    {
        public static readonly MeetingsUser User = new() { UserName = "stand-in", Email = "stand-in@invalid" };
        private static string? _hash;

        public static string Hash(IPasswordHasher<MeetingsUser> hasher) => _hash ??= hasher.HashPassword(User, Guid.NewGuid().ToString("N"));
    }
}

/// <summary>
/// Failed sign-ins per e-mail address (known or not), in memory: from the third in a row each answer waits
/// twice as long as the one before (a quarter of a second, then a half, …, at most four seconds), until a
/// success or a quarter of an hour without failures.
/// </summary>
public sealed class FailedSignIns(IConfiguration configuration)
{
    private static readonly TimeSpan Forgotten = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(4);
    private readonly ConcurrentDictionary<string, (int Count, long At)> _failures = new(StringComparer.Ordinal);

    /// <summary>Counts a failure and says how long its answer waits.</summary>
    public TimeSpan Record(string key, TimeSpan step)
    {
        var now = Environment.TickCount64;
        var (count, _) = _failures.AddOrUpdate(key, (1, now), (_, previous) => (now - previous.At > Forgotten.TotalMilliseconds ? 1 : previous.Count + 1, now));
        if (_failures.Count > 100_000)
        {
            foreach (var old in _failures.Where(f => now - f.Value.At > Forgotten.TotalMilliseconds))
            {
                _failures.TryRemove(old.Key, out _);
            }
        }

        return count < 3 || step <= TimeSpan.Zero ? TimeSpan.Zero : TimeSpan.FromTicks(Math.Min(MaxDelay.Ticks, step.Ticks << Math.Min(count - 3, 8)));
    }

    public void Forget(string key) => _failures.TryRemove(key, out _);

    /// <summary>Counts a failed password or code for the address and waits as long as its answer must (Identity:FailureDelayMilliseconds).</summary>
    public Task FailedAsync(string key) =>
        Task.Delay(Record(key, TimeSpan.FromMilliseconds(configuration.GetValue("Identity:FailureDelayMilliseconds", 250))));

    /// <summary>How a block works, in the words of every refused password or code (Identity:MaxFailedAttempts, Identity:LockoutMinutes).</summary>
    public string BlockRule =>
        $"After {configuration.GetValue("Identity:MaxFailedAttempts", 5)} failed attempts in a row an account is blocked for "
        + $"{Minutes(configuration.GetValue("Identity:LockoutMinutes", 15))}: wait that long and try again, or ask an administrator to unlock it sooner.";

    private static string Minutes(int minutes) => minutes == 1 ? "1 minute" : $"{minutes} minutes";
}

/// <summary>What the audit log calls the outcomes of a sign-in attempt (its "what").</summary>
public static class SignInOutcomes
{
    public const string Succeeded = "SignIn";
    public const string Failed = "SignInFailed";
    public const string UnknownAddress = "SignInFailedUnknownAddress";
    public const string Blocked = "SignInFailedAndAccountBlocked";
    public const string WhileBlocked = "SignInRefusedWhileBlocked";
    public const string Deactivated = "SignInRefusedDeactivated";

    // Single sign-on (ADR 020): who is the address the identity provider vouched for.
    public const string SingleSignOn = "SignInWithSingleSignOn";
    public const string SingleSignOnUnknownAddress = "SignInWithSingleSignOnRefusedUnknownAddress";
    public const string SingleSignOnDeactivated = "SignInWithSingleSignOnRefusedDeactivated";
    public const string SingleSignOnUnverifiedAddress = "SignInWithSingleSignOnRefusedUnverifiedAddress";
    public const string SingleSignOnFailed = "SignInWithSingleSignOnFailed";
}
