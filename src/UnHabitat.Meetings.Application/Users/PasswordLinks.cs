using FluentValidation;

namespace UnHabitat.Meetings.Application.Users;

/// <summary>The words shared by the invitation and password-reset use cases.</summary>
internal static class PasswordLinks
{
    public const string Invalid = "This link is not valid: it has expired or was already used.";
    public const string InvalidInvitation = Invalid + " Ask the Secretariat to invite you again.";
    public const string InvalidReset = Invalid + " Ask for a new one from the sign-in page (\"Forgot your password?\").";

    public static IRuleBuilderOptions<T, string> NewPassword<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("Choose a password.");
}
