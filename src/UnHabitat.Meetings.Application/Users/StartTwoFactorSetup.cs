using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;

namespace UnHabitat.Meetings.Application.Users;

/// <summary>
/// Gives the caller a new shared key to put in their authenticator app; two-factor sign-in is on only once
/// a code from the app is confirmed (<see cref="EnableTwoFactor"/>), so a key typed wrong locks nobody out.
/// </summary>
[RequiresSignedInUser]
public sealed record StartTwoFactorSetup : ICommand<TwoFactorStatus>;

internal sealed class StartTwoFactorSetupHandler(ITwoFactorAccounts twoFactor, ICurrentUser caller) : IRequestHandler<StartTwoFactorSetup, TwoFactorStatus>
{
    public Task<TwoFactorStatus> Handle(StartTwoFactorSetup request, CancellationToken cancellationToken) =>
        twoFactor.NewKeyAsync(caller.UserId ?? throw new UnauthenticatedException(), cancellationToken);
}
