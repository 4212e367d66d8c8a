using FluentValidation;
using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Errors;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;

namespace UnHabitat.Meetings.Application.Users;

/// <summary>
/// Sets a new password from the link of a password-reset e-mail (once, before it expires). Every session
/// and token the person held elsewhere stops working. Answers the address.
/// </summary>
[PublicRequest]
public sealed record ResetPassword(string Email, string Token, string NewPassword) : ICommand<string>;

internal sealed class ResetPasswordValidator : AbstractValidator<ResetPassword>
{
    public ResetPasswordValidator()
    {
        RuleFor(x => x.Email).NotEmpty().WithMessage("Give your e-mail address.");
        RuleFor(x => x.Token).NotEmpty().WithMessage(PasswordLinks.InvalidReset);
        RuleFor(x => x.NewPassword).NewPassword();
    }
}

internal sealed class ResetPasswordHandler(IUserAccounts accounts) : IRequestHandler<ResetPassword, string>
{
    public async Task<string> Handle(ResetPassword request, CancellationToken cancellationToken)
    {
        if (!await accounts.ResetPasswordAsync(request.Email, request.Token, request.NewPassword, cancellationToken).ConfigureAwait(false))
        {
            throw InvalidInput.For("token", PasswordLinks.InvalidReset);
        }

        return request.Email.Trim();
    }
}
