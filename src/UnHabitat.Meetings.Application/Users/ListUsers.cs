using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;

namespace UnHabitat.Meetings.Application.Users;

[RequiresRole(Roles.Administrator, Roles.Secretariat)]
public sealed record ListUsers : IQuery<IReadOnlyList<UserAccount>>;

internal sealed class ListUsersHandler(IUserAccounts accounts) : IRequestHandler<ListUsers, IReadOnlyList<UserAccount>>
{
    public Task<IReadOnlyList<UserAccount>> Handle(ListUsers request, CancellationToken cancellationToken) => accounts.ListAsync(cancellationToken);
}
