using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Common;

namespace UnHabitat.Meetings.Application.Users;

/// <summary>The caller turns their own two-factor sign-in off; not those who must have it (administrators).</summary>
[RequiresSignedInUser]
public sealed record TurnOffTwoFactor : ICommand<UserAccount>;

internal sealed class TurnOffTwoFactorHandler(ITwoFactorAccounts twoFactor, ICurrentUser caller) : IRequestHandler<TurnOffTwoFactor, UserAccount>
{
    public async Task<UserAccount> Handle(TurnOffTwoFactor request, CancellationToken cancellationToken)
    {
        var me = caller.UserId ?? throw new UnauthenticatedException();
        if ((await twoFactor.StatusAsync(me, cancellationToken).ConfigureAwait(false)).Required)
        {
            throw new DomainRuleException("AdministratorsKeepTwoFactor", "Administrators sign in with a second factor and cannot turn it off. Lost the phone? Sign in with a recovery code and set up the new one, or ask another administrator to reset it.");
        }

        return await twoFactor.TurnOffAsync(me, cancellationToken).ConfigureAwait(false);
    }
}
