using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;

namespace UnHabitat.Meetings.Application.Users;

/// <summary>New recovery codes for the caller (shown once); the earlier ones, used or not, stop working.</summary>
[RequiresSignedInUser]
public sealed record NewRecoveryCodes : ICommand<IReadOnlyList<string>>;

internal sealed class NewRecoveryCodesHandler(ITwoFactorAccounts twoFactor, ICurrentUser caller) : IRequestHandler<NewRecoveryCodes, IReadOnlyList<string>>
{
    public Task<IReadOnlyList<string>> Handle(NewRecoveryCodes request, CancellationToken cancellationToken) =>
        twoFactor.NewRecoveryCodesAsync(caller.UserId ?? throw new UnauthenticatedException(), cancellationToken);
}
