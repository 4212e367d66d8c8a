using FluentValidation;
using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Errors;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Common;

namespace UnHabitat.Meetings.Application.Users;

/// <summary>Sends an invitation again, with a new link, to someone whose link expired or was lost before they chose a password.</summary>
[RequiresRole(Security.Roles.Administrator, Security.Roles.Secretariat)]
public sealed record ResendInvitation(Guid UserId) : ICommand<UserAccount>;

internal sealed class ResendInvitationValidator : AbstractValidator<ResendInvitation>
{
    public ResendInvitationValidator() => RuleFor(x => x.UserId).NotEmpty();
}

internal sealed class ResendInvitationHandler(IUserAccounts accounts, ICurrentUser caller, IMeetingsDbContext db, IPublicAddress address, TimeProvider clock)
    : IRequestHandler<ResendInvitation, UserAccount>
{
    public async Task<UserAccount> Handle(ResendInvitation request, CancellationToken cancellationToken)
    {
        var user = (await accounts.FindAsync([request.UserId], cancellationToken).ConfigureAwait(false)).SingleOrDefault()
            ?? throw new NotFoundException("User", request.UserId);
        RoleGrants.EnsureMayGrant(caller, user.Roles);
        if (!user.Active)
        {
            throw new DomainRuleException("NoInvitationToADeactivatedAccount", $"{user.DisplayName}'s account is deactivated: an administrator reactivates it first.");
        }

        var token = await accounts.InvitationTokenAsync(user.Id, cancellationToken).ConfigureAwait(false)
            ?? throw new DomainRuleException("InvitedOnlyUntilThePasswordIsChosen", $"{user.DisplayName} has already chosen a password. If it is forgotten, \"Forgot your password?\" on the sign-in page sends a link to choose a new one.");
        db.EmailOutbox.Add(Invitations.Email(user.Email, token, caller, address, clock));
        return user;
    }
}
