using FluentValidation;
using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Domain.Notifications;

namespace UnHabitat.Meetings.Application.Users;

/// <summary>
/// "Forgot your password?": e-mails a one-use link to choose a new one, valid for Identity:ResetLinkMinutes.
/// The answer is the same whether the address has an account or not, so it tells nobody who has one.
/// </summary>
[PublicRequest]
public sealed record RequestPasswordReset(string Email) : ICommand<string>;

internal sealed class RequestPasswordResetValidator : AbstractValidator<RequestPasswordReset>
{
    public RequestPasswordResetValidator() =>
        RuleFor(x => x.Email).NotEmpty().WithMessage("Give your e-mail address.").MaximumLength(Limits.Email).EmailAddress().WithMessage("This is not an e-mail address.");
}

internal sealed class RequestPasswordResetHandler(IUserAccounts accounts, IMeetingsDbContext db, IPublicAddress address, TimeProvider clock)
    : IRequestHandler<RequestPasswordReset, string>
{
    public const string Answer = "If this address has an account, an e-mail with a link to choose a new password is on its way. The link works once, for a limited time. Nothing came? Check the address, or ask an administrator.";

    public async Task<string> Handle(RequestPasswordReset request, CancellationToken cancellationToken)
    {
        if (await accounts.PasswordResetTokenAsync(request.Email, cancellationToken).ConfigureAwait(false) is { } reset)
        {
            var link = address.Absolute($"/account/reset-password?email={Uri.EscapeDataString(reset.Account.Email)}&token={Uri.EscapeDataString(reset.Token)}");
            db.EmailOutbox.Add(new EmailMessage(
                Guid.NewGuid(),
                reset.Account.Email,
                "Choose a new password for UN-Habitat meetings",
                "Someone, probably you, asked to choose a new password for your account on the meetings system of the UN-Habitat Secretariat of Governing Bodies.\n\n"
                + $"Choose it here (the link works once and only for a limited time; choosing a new password signs you out everywhere else):\n\n{link}\n\n"
                + "If you did not ask, ignore this e-mail: your password stays as it is.",
                clock.GetUtcNow()));
        }

        return Answer;
    }
}
