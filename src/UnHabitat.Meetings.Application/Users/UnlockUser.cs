using FluentValidation;
using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;

namespace UnHabitat.Meetings.Application.Users;

/// <summary>Ends the block after repeated failed sign-ins before it runs out (Identity:LockoutMinutes).</summary>
[RequiresRole(Roles.Administrator)]
public sealed record UnlockUser(Guid UserId) : ICommand<UserAccount>;

internal sealed class UnlockUserValidator : AbstractValidator<UnlockUser>
{
    public UnlockUserValidator() => RuleFor(x => x.UserId).NotEmpty();
}

internal sealed class UnlockUserHandler(IUserAccounts accounts) : IRequestHandler<UnlockUser, UserAccount>
{
    public Task<UserAccount> Handle(UnlockUser request, CancellationToken cancellationToken) => accounts.UnlockAsync(request.UserId, cancellationToken);
}
