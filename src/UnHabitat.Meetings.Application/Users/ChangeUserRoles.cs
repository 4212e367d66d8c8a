using FluentValidation;
using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Errors;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Domain.Reference;

namespace UnHabitat.Meetings.Application.Users;

/// <summary>
/// Replaces a user's roles and, for a delegation user, the Member State. The user signs in again to act in
/// the new roles: earlier tokens and cookies stop working. The Secretariat changes chairs and delegation users only.
/// </summary>
[RequiresRole(Security.Roles.Administrator, Security.Roles.Secretariat)]
public sealed record ChangeUserRoles(Guid UserId, IReadOnlyList<string> Roles, string? MemberState) : ICommand<UserAccount>;

internal sealed class ChangeUserRolesValidator : AbstractValidator<ChangeUserRoles>
{
    public ChangeUserRolesValidator()
    {
        RuleFor(x => x.UserId).NotEmpty();
        RoleGrants.RolesAndMemberState(this, x => x.Roles, x => x.MemberState);
    }
}

internal sealed class ChangeUserRolesHandler(IUserAccounts accounts, ICurrentUser caller) : IRequestHandler<ChangeUserRoles, UserAccount>
{
    public async Task<UserAccount> Handle(ChangeUserRoles request, CancellationToken cancellationToken)
    {
        var user = (await accounts.FindAsync([request.UserId], cancellationToken).ConfigureAwait(false)).SingleOrDefault()
            ?? throw new NotFoundException("User", request.UserId);
        // An administrator who took away their own role could leave nobody to manage the others.
        if (user.Id == caller.UserId)
        {
            throw new DomainRuleException("NobodyChangesTheirOwnRoles", "You cannot change your own roles; ask another administrator.");
        }

        var roles = request.Roles.Distinct().ToList();
        RoleGrants.EnsureMayGrant(caller, roles.Except(user.Roles).Concat(user.Roles.Except(roles)));
        RoleGrants.EnsureMayGrant(caller, user.Roles);
        var memberState = roles.Contains(Security.Roles.Delegation) && request.MemberState is not null ? MemberStates.Canonical(request.MemberState) : null;
        return await accounts.ChangeRolesAsync(user.Id, roles, memberState, cancellationToken).ConfigureAwait(false);
    }
}
