using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Paging;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Reference;

namespace UnHabitat.Meetings.Application.Users;

/// <summary>The users, filtered by role, Member State and whether they are active (null: any).</summary>
[RequiresRole(Roles.Administrator, Roles.Secretariat)]
public sealed record ListUsers(string? Role = null, string? MemberState = null, bool? Active = null, PageRequest? Page = null) : IQuery<Page<UserAccount>>, IPagedQuery;

internal sealed class ListUsersHandler(IUserAccounts accounts) : IRequestHandler<ListUsers, Page<UserAccount>>
{
    // The identity store filters, orders and cuts the page: only the page's users are read.
    public Task<Page<UserAccount>> Handle(ListUsers request, CancellationToken cancellationToken) =>
        accounts.ListAsync(
            new UserFilter(
                string.IsNullOrWhiteSpace(request.Role) ? null : request.Role,
                string.IsNullOrWhiteSpace(request.MemberState) ? null : MemberStates.IsKnown(request.MemberState) ? MemberStates.Canonical(request.MemberState) : request.MemberState.Trim(),
                request.Active),
            request.Page,
            cancellationToken);
}
