using FluentValidation;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Bodies;
using UnHabitat.Meetings.Application.Errors;
using UnHabitat.Meetings.Application.Security;

namespace UnHabitat.Meetings.Application.Users;

/// <summary>
/// Who may give which roles: an administrator any; the Secretariat only the roles of the people it serves
/// (Chair, Delegation), so that nobody but an administrator makes an officer or another administrator.
/// </summary>
internal static class RoleGrants
{
    private static readonly string[] SecretariatGrants = [Roles.Chair, Roles.Delegation];

    public static void EnsureMayGrant(ICurrentUser caller, IEnumerable<string> roles)
    {
        if (caller.IsInRole(Roles.Administrator))
        {
            return;
        }

        var beyond = roles.Where(r => !SecretariatGrants.Contains(r)).Distinct().ToList();
        if (beyond.Count > 0)
        {
            throw new ForbiddenException($"Only an administrator gives or takes away the {string.Join(" and ", beyond)} role; the Secretariat manages chairs and delegation users.");
        }
    }

    /// <summary>The shape every role list must have: at least one known role, and a Member State for a delegation user.</summary>
    public static void RolesAndMemberState<T>(AbstractValidator<T> validator, Func<T, IReadOnlyList<string>> roles, Func<T, string?> memberState)
    {
        validator.RuleFor(x => roles(x)).NotEmpty().WithName("roles").OverridePropertyName("roles").WithMessage("Give the user at least one role.");
        validator.RuleForEach(x => roles(x)).Must(r => Roles.All.Contains(r)).OverridePropertyName("roles")
            .WithMessage($"'{{PropertyValue}}' is not a role; the roles are {string.Join(", ", Roles.All)}.");
        validator.RuleFor(x => memberState(x)).NotEmpty().When(x => roles(x)?.Contains(Roles.Delegation) == true).OverridePropertyName("memberState")
            .WithMessage("A Delegation user belongs to one Member State: give its code.");
        validator.RuleFor(x => memberState(x)!).KnownMemberState().When(x => !string.IsNullOrEmpty(memberState(x))).OverridePropertyName("memberState");
    }
}
