namespace UnHabitat.Meetings.Application.Abstractions;

/// <param name="Active">False once an administrator deactivated the account.</param>
/// <param name="LockedOut">Blocked for a while after repeated failed sign-ins.</param>
/// <param name="PasswordSet">False while an invitation waits to be taken up.</param>
/// <param name="TwoFactorOn">Signs in with a code from an authenticator app after the password.</param>
public sealed record UserAccount(Guid Id, string Email, string DisplayName, IReadOnlyList<string> Roles, string? MemberState, bool Active = true, bool LockedOut = false, bool PasswordSet = true, bool TwoFactorOn = false);

public sealed record NewUserAccount(string Email, string Password, string DisplayName, IReadOnlyList<string> Roles, string? MemberState);

/// <summary>Someone invited by e-mail: no password yet, they choose it from the link.</summary>
public sealed record NewInvitation(string Email, string DisplayName, IReadOnlyList<string> Roles, string? MemberState);

/// <summary>Which users a list shows; null: any.</summary>
public sealed record UserFilter(string? Role, string? MemberState, bool? Active);

/// <summary>The user store (ASP.NET Core Identity), seen from the use cases.</summary>
public interface IUserAccounts
{
    Task<UserAccount> CreateAsync(NewUserAccount account, CancellationToken cancellationToken);

    Task<IReadOnlyList<UserAccount>> FindAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<UserAccount>> ListAsync(UserFilter filter, CancellationToken cancellationToken);

    /// <summary>One page of the users the filter keeps, in order of their names, read from the store a page at a time.</summary>
    Task<Paging.Page<UserAccount>> ListAsync(UserFilter filter, Paging.PageRequest? page, CancellationToken cancellationToken);

    /// <summary>Creates the account without a password and returns the one-use token its invitation link carries.</summary>
    Task<(UserAccount Account, string Token)> InviteAsync(NewInvitation invitation, CancellationToken cancellationToken);

    /// <summary>A new invitation token for an account whose owner has not chosen a password yet; null once they have.</summary>
    Task<string?> InvitationTokenAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Sets the password of an invited account; false when the link is unknown, used or expired.</summary>
    Task<bool> AcceptInvitationAsync(string email, string token, string password, CancellationToken cancellationToken);

    /// <summary>A one-use password-reset token for an active account with that address; null for any other address.</summary>
    Task<(UserAccount Account, string Token)?> PasswordResetTokenAsync(string email, CancellationToken cancellationToken);

    /// <summary>Sets a new password and ends every other session; false when the link is unknown, used or expired.</summary>
    Task<bool> ResetPasswordAsync(string email, string token, string newPassword, CancellationToken cancellationToken);

    /// <summary>Replaces the roles and the Member State; the user's earlier tokens and cookies stop working.</summary>
    Task<UserAccount> ChangeRolesAsync(Guid id, IReadOnlyList<string> roles, string? memberState, CancellationToken cancellationToken);

    /// <summary>Deactivates (at <paramref name="at"/>) or reactivates; either way the user's earlier tokens and cookies stop working.</summary>
    Task<UserAccount> SetActiveAsync(Guid id, bool active, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Ends a block after repeated failed sign-ins.</summary>
    Task<UserAccount> UnlockAsync(Guid id, CancellationToken cancellationToken);
}
