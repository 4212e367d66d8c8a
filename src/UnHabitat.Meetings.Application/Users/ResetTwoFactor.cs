using FluentValidation;
using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;

namespace UnHabitat.Meetings.Application.Users;

/// <summary>
/// An administrator turns someone's two-factor sign-in off (a lost phone and no recovery code left): the key
/// and recovery codes are forgotten and the person is signed out everywhere. Someone who must have it sets it
/// up again at their next sign-in.
/// </summary>
[RequiresRole(Roles.Administrator)]
public sealed record ResetTwoFactor(Guid UserId) : ICommand<UserAccount>;

internal sealed class ResetTwoFactorValidator : AbstractValidator<ResetTwoFactor>
{
    public ResetTwoFactorValidator() => RuleFor(x => x.UserId).NotEmpty();
}

internal sealed class ResetTwoFactorHandler(ITwoFactorAccounts twoFactor) : IRequestHandler<ResetTwoFactor, UserAccount>
{
    public Task<UserAccount> Handle(ResetTwoFactor request, CancellationToken cancellationToken) => twoFactor.TurnOffAsync(request.UserId, cancellationToken);
}
