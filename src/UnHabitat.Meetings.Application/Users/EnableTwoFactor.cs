using FluentValidation;
using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Errors;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;

namespace UnHabitat.Meetings.Application.Users;

/// <summary>
/// Turns on the caller's two-factor sign-in once they type the code their authenticator app shows (proof
/// the app has the key). Answers the recovery codes, which are shown this once.
/// </summary>
[RequiresSignedInUser]
public sealed record EnableTwoFactor(string Code) : ICommand<IReadOnlyList<string>>;

internal sealed class EnableTwoFactorValidator : AbstractValidator<EnableTwoFactor>
{
    public EnableTwoFactorValidator() =>
        RuleFor(x => x.Code).NotEmpty().WithMessage(TwoFactorWords.TypeTheCode)
            .Must(code => TwoFactorWords.IsAuthenticatorCode(code)).WithMessage(TwoFactorWords.SixDigits);
}

internal sealed class EnableTwoFactorHandler(ITwoFactorAccounts twoFactor, ICurrentUser caller) : IRequestHandler<EnableTwoFactor, IReadOnlyList<string>>
{
    public async Task<IReadOnlyList<string>> Handle(EnableTwoFactor request, CancellationToken cancellationToken) =>
        await twoFactor.EnableAsync(caller.UserId ?? throw new UnauthenticatedException(), request.Code, cancellationToken).ConfigureAwait(false)
        ?? throw InvalidInput.For("code", TwoFactorWords.WrongSetupCode);
}

/// <summary>What the two-factor pages and the API say, in one place.</summary>
public static class TwoFactorWords
{
    public const string TypeTheCode = "Type the six-digit code your authenticator app shows.";
    public const string SixDigits = "The code is the six digits your authenticator app shows for this account, e.g. 123 456.";
    public const string WrongSetupCode = "This is not the code the app shows now. Check that the key was typed in full (or the address read) and that the phone's clock is right, then type the code it shows now.";

    /// <summary>Six digits, perhaps with spaces or a dash in the middle as apps show them.</summary>
    public static bool IsAuthenticatorCode(string? code)
    {
        var digits = Digits(code);
        return digits.Length == 6 && digits.All(char.IsAsciiDigit);
    }

    /// <summary>What was typed without the spaces and dashes apps show in the middle of a code.</summary>
    public static string Digits(string? code) => (code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Trim();
}
