using FluentValidation;
using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Common;

namespace UnHabitat.Meetings.Application.Users;

/// <summary>
/// Deactivates an account: the person cannot sign in, and the tokens and cookies they hold stop working at
/// once. The account stays, with the histories it signs; it can be reactivated.
/// </summary>
[RequiresRole(Roles.Administrator)]
public sealed record DeactivateUser(Guid UserId) : ICommand<UserAccount>;

internal sealed class DeactivateUserValidator : AbstractValidator<DeactivateUser>
{
    public DeactivateUserValidator() => RuleFor(x => x.UserId).NotEmpty();
}

internal sealed class DeactivateUserHandler(IUserAccounts accounts, ICurrentUser caller, TimeProvider clock) : IRequestHandler<DeactivateUser, UserAccount>
{
    public Task<UserAccount> Handle(DeactivateUser request, CancellationToken cancellationToken)
    {
        // Otherwise the last administrator could lock everybody out of user management.
        if (request.UserId == caller.UserId)
        {
            throw new DomainRuleException("NobodyDeactivatesThemselves", "You cannot deactivate your own account; ask another administrator.");
        }

        return accounts.SetActiveAsync(request.UserId, active: false, clock.GetUtcNow(), cancellationToken);
    }
}
