namespace UnHabitat.Meetings.Application.Abstractions;

public sealed record UserAccount(Guid Id, string Email, string DisplayName, IReadOnlyList<string> Roles, string? MemberState);

public sealed record NewUserAccount(string Email, string Password, string DisplayName, IReadOnlyList<string> Roles, string? MemberState);

/// <summary>The user store (ASP.NET Core Identity), seen from the use cases.</summary>
public interface IUserAccounts
{
    Task<UserAccount> CreateAsync(NewUserAccount account, CancellationToken cancellationToken);

    Task<IReadOnlyList<UserAccount>> FindAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken cancellationToken);
}
