using Microsoft.AspNetCore.Identity;

namespace UnHabitat.Meetings.Infrastructure.Identity;

/// <summary>
/// Password rules a person can follow: length rather than composition (at least <see cref="MinimumLength"/>
/// characters, no required digits or capitals, which people meet with "Password1"), and none of the
/// passwords every guessing list starts with, even with digits or signs added at the end ("Password2026!").
/// The same words are shown next to every password field.
/// </summary>
public sealed class PasswordRules : IPasswordValidator<MeetingsUser>
{
    public const int MinimumLength = 12;

    /// <summary>What a person is told next to the field before typing.</summary>
    public const string Hint = "At least 12 characters. A few words in a row are easy to remember and hard to guess; capitals, digits and signs are welcome but not required. Common passwords such as \"password\" or \"qwerty\" are refused.";

    // The start of the usual breached-password lists, and the names a guesser tries here first.
    private static readonly HashSet<string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        "password", "passw0rd", "p@ssw0rd", "p@ssword", "password password", "passwordpassword", "mypassword", "newpassword",
        "qwerty", "qwertyuiop", "qwertyuiopasdfghjkl", "asdfghjkl", "azerty", "zxcvbnm", "1q2w3e4r5t6y", "1qaz2wsx3edc", "qazwsxedc",
        "123456789012", "1234567890", "12345678901", "1234567890123", "0987654321", "111111111111", "000000000000", "abc123", "abcdefghijkl",
        "iloveyou", "letmein", "welcome", "welcome to", "changeme", "trustno1", "sunshine", "princess", "football", "baseball", "dragon",
        "monkey", "shadow", "superman", "starwars", "whatever", "secret", "administrator", "admin", "login", "master", "correct horse battery staple",
        "unhabitat", "un-habitat", "habitat", "unitednations", "united nations", "nairobi", "kenya", "governingbodies", "secretariat", "meetings",
    };

    public Task<IdentityResult> ValidateAsync(UserManager<MeetingsUser> manager, MeetingsUser user, string? password)
    {
        password ??= "";
        if (password.Length < MinimumLength)
        {
            return Refuse("PasswordTooShort", $"Choose a password of at least {MinimumLength} characters (this one has {password.Length}). {Hint}");
        }

        var core = password.Trim().TrimEnd("0123456789!@#$%^&*()-_=+.,;:?'\"/\\ ".ToCharArray());
        if (core.Length == 0 || Common.Contains(core) || Common.Contains(core.Replace(" ", "", StringComparison.Ordinal)) || password.Distinct().Count() <= 2)
        {
            return Refuse("PasswordCommon", "This password is among the first that anyone guessing tries. Choose another: a few words of your own in a row, for example.");
        }

        return Task.FromResult(IdentityResult.Success);
    }

    private static Task<IdentityResult> Refuse(string code, string description) =>
        Task.FromResult(IdentityResult.Failed(new IdentityError { Code = code, Description = description }));
}
