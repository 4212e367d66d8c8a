using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Paging;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Reference;

namespace UnHabitat.Meetings.Application.Users;

/// <summary>
/// The users, filtered by role, Member State and whether they are active (null: any); only those of <see cref="Ids"/>
/// when given (a user's own page reads that user, not the whole list).
/// </summary>
[RequiresRole(Roles.Administrator, Roles.Secretariat)]
public sealed record ListUsers(string? Role = null, string? MemberState = null, bool? Active = null, PageRequest? Page = null, IReadOnlyCollection<Guid>? Ids = null)
    : IQuery<Page<UserAccount>>, IPagedQuery;

internal sealed class ListUsersHandler(IUserAccounts accounts) : IRequestHandler<ListUsers, Page<UserAccount>>
{
    // The identity store filters, orders and cuts the page: only the page's users are read.
    public async Task<Page<UserAccount>> Handle(ListUsers request, CancellationToken cancellationToken)
    {
        var filter = new UserFilter(
            string.IsNullOrWhiteSpace(request.Role) ? null : request.Role,
            string.IsNullOrWhiteSpace(request.MemberState) ? null : MemberStates.IsKnown(request.MemberState) ? MemberStates.Canonical(request.MemberState) : request.MemberState.Trim(),
            request.Active);
        if (request.Ids is { } ids)
        {
            // A handful of users asked for by id: read by their keys, then the other filters on those alone.
            var found = await accounts.FindAsync(ids, cancellationToken).ConfigureAwait(false);
            return found
                .Where(u => (filter.Role is null || u.Roles.Contains(filter.Role)) && (filter.MemberState is null || u.MemberState == filter.MemberState) && (filter.Active is null || u.Active == filter.Active))
                .ToPage(request.Page);
        }

        return await accounts.ListAsync(filter, request.Page, cancellationToken).ConfigureAwait(false);
    }
}
