using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Reference;

namespace UnHabitat.Meetings.Application.Users;

/// <summary>The users, filtered by role, Member State and whether they are active (null: any).</summary>
[RequiresRole(Roles.Administrator, Roles.Secretariat)]
public sealed record ListUsers(string? Role = null, string? MemberState = null, bool? Active = null) : IQuery<IReadOnlyList<UserAccount>>;

internal sealed class ListUsersHandler(IUserAccounts accounts) : IRequestHandler<ListUsers, IReadOnlyList<UserAccount>>
{
    public Task<IReadOnlyList<UserAccount>> Handle(ListUsers request, CancellationToken cancellationToken) =>
        request is { Role: null, MemberState: null, Active: null }
            ? accounts.ListAsync(cancellationToken)
            : accounts.ListAsync(
                new UserFilter(
                    string.IsNullOrWhiteSpace(request.Role) ? null : request.Role,
                    string.IsNullOrWhiteSpace(request.MemberState) ? null : MemberStates.IsKnown(request.MemberState) ? MemberStates.Canonical(request.MemberState) : request.MemberState.Trim(),
                    request.Active),
                cancellationToken);
}
