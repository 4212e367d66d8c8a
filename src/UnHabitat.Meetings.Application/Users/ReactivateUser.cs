using FluentValidation;
using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;

namespace UnHabitat.Meetings.Application.Users;

/// <summary>Lets a deactivated person sign in again (with the password they had; tokens from before stay dead).</summary>
[RequiresRole(Roles.Administrator)]
public sealed record ReactivateUser(Guid UserId) : ICommand<UserAccount>;

internal sealed class ReactivateUserValidator : AbstractValidator<ReactivateUser>
{
    public ReactivateUserValidator() => RuleFor(x => x.UserId).NotEmpty();
}

internal sealed class ReactivateUserHandler(IUserAccounts accounts, TimeProvider clock) : IRequestHandler<ReactivateUser, UserAccount>
{
    public Task<UserAccount> Handle(ReactivateUser request, CancellationToken cancellationToken) =>
        accounts.SetActiveAsync(request.UserId, active: true, clock.GetUtcNow(), cancellationToken);
}
