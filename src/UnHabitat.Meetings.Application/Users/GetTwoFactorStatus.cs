using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;

namespace UnHabitat.Meetings.Application.Users;

/// <summary>Where the caller's own two-factor sign-in stands (and, while it is being set up, the key for the app).</summary>
[RequiresSignedInUser]
public sealed record GetTwoFactorStatus : IQuery<TwoFactorStatus>;

internal sealed class GetTwoFactorStatusHandler(ITwoFactorAccounts twoFactor, ICurrentUser caller) : IRequestHandler<GetTwoFactorStatus, TwoFactorStatus>
{
    public Task<TwoFactorStatus> Handle(GetTwoFactorStatus request, CancellationToken cancellationToken) =>
        twoFactor.StatusAsync(caller.UserId ?? throw new UnauthenticatedException(), cancellationToken);
}
