using FluentValidation;
using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Errors;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;

namespace UnHabitat.Meetings.Application.Users;

/// <summary>The invited person chooses a password from the link of the invitation e-mail (once, before it expires); answers the address.</summary>
[PublicRequest]
public sealed record AcceptInvitation(string Email, string Token, string NewPassword) : ICommand<string>;

internal sealed class AcceptInvitationValidator : AbstractValidator<AcceptInvitation>
{
    public AcceptInvitationValidator()
    {
        RuleFor(x => x.Email).NotEmpty().WithMessage("Give your e-mail address.");
        RuleFor(x => x.Token).NotEmpty().WithMessage(PasswordLinks.Invalid);
        RuleFor(x => x.NewPassword).NewPassword();
    }
}

internal sealed class AcceptInvitationHandler(IUserAccounts accounts) : IRequestHandler<AcceptInvitation, string>
{
    public async Task<string> Handle(AcceptInvitation request, CancellationToken cancellationToken)
    {
        if (!await accounts.AcceptInvitationAsync(request.Email, request.Token, request.NewPassword, cancellationToken).ConfigureAwait(false))
        {
            throw InvalidInput.For("token", PasswordLinks.InvalidInvitation);
        }

        return request.Email.Trim();
    }
}
