using FluentValidation;
using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Domain.Notifications;
using UnHabitat.Meetings.Domain.Reference;

namespace UnHabitat.Meetings.Application.Users;

/// <summary>
/// Creates an account without a password and e-mails its owner a link to choose one. The link works once
/// and for a limited time (Identity:InvitationDays). The Secretariat may invite chairs and delegation users.
/// </summary>
[RequiresRole(Security.Roles.Administrator, Security.Roles.Secretariat)]
public sealed record InviteUser(string Email, string DisplayName, IReadOnlyList<string> Roles, string? MemberState) : ICommand<UserAccount>;

internal sealed class InviteUserValidator : AbstractValidator<InviteUser>
{
    public InviteUserValidator()
    {
        RuleFor(x => x.Email).NotEmpty().WithMessage("Give the e-mail address of the person to invite.").MaximumLength(Limits.Email).EmailAddress().WithMessage("This is not an e-mail address.");
        RuleFor(x => x.DisplayName).NotEmpty().WithMessage("Give the person's name as it should appear in histories.").MaximumLength(Limits.Name);
        RoleGrants.RolesAndMemberState(this, x => x.Roles, x => x.MemberState);
    }
}

/// <summary>The invitation e-mail, the first time and when it is sent again.</summary>
internal static class Invitations
{
    public static EmailMessage Email(string email, string token, ICurrentUser caller, IPublicAddress address, TimeProvider clock)
    {
        var link = address.Absolute($"/account/set-password?email={Uri.EscapeDataString(email)}&token={Uri.EscapeDataString(token)}");
        return new EmailMessage(
            Guid.NewGuid(),
            email,
            "Your account for UN-Habitat meetings",
            $"{caller.DisplayName ?? "The Secretariat"} has opened an account for you on the meetings system of the UN-Habitat Secretariat of Governing Bodies.\n\n"
            + $"Choose your password here (the link works once and only for a limited time; if it has expired, ask the Secretariat for a new invitation):\n\n{link}",
            clock.GetUtcNow());
    }
}

internal sealed class InviteUserHandler(IUserAccounts accounts, ICurrentUser caller, IMeetingsDbContext db, IPublicAddress address, TimeProvider clock)
    : IRequestHandler<InviteUser, UserAccount>
{
    public async Task<UserAccount> Handle(InviteUser request, CancellationToken cancellationToken)
    {
        var roles = request.Roles.Distinct().ToList();
        RoleGrants.EnsureMayGrant(caller, roles);
        var memberState = roles.Contains(Security.Roles.Delegation) && request.MemberState is not null ? MemberStates.Canonical(request.MemberState) : null;
        var email = request.Email.Trim();
        var (account, token) = await accounts.InviteAsync(new NewInvitation(email, request.DisplayName.Trim(), roles, memberState), cancellationToken).ConfigureAwait(false);

        db.EmailOutbox.Add(Invitations.Email(account.Email, token, caller, address, clock));
        return account;
    }
}
