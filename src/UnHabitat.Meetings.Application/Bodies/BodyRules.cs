using FluentValidation;
using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Domain.Reference;

namespace UnHabitat.Meetings.Application.Bodies;

/// <summary>The shape of a body's description, shared by create and update.</summary>
internal static class BodyRules
{
    public static void Describe<T>(AbstractValidator<T> v, Func<T, string> name, Func<T, string> shortName, Func<T, string> prefix, Func<T, int> deadlineDays,
        Func<T, string?> secretariatName)
    {
        v.RuleFor(x => name(x)).NotEmpty().MaximumLength(Limits.Name).OverridePropertyName("name");
        v.RuleFor(x => shortName(x)).NotEmpty().MaximumLength(Limits.ShortText).OverridePropertyName("shortName");
        v.RuleFor(x => prefix(x)).NotEmpty().MaximumLength(Limits.SymbolPrefix)
            .Matches("^[A-Z]+(/[A-Z]+)*$").WithMessage("A symbol prefix is upper-case letters separated by slashes, e.g. HSP/EB.")
            .OverridePropertyName("symbolPrefix");
        v.RuleFor(x => deadlineDays(x)).InclusiveBetween(0, 60).OverridePropertyName("documentDeadlineDays");
        v.RuleFor(x => secretariatName(x)).MaximumLength(Limits.ShortText).WithMessage("The Secretariat's name in the journal is at most 100 characters, e.g. UN-Habitat.")
            .OverridePropertyName("secretariatName");
    }

    public static IRuleBuilderOptions<T, string> KnownMemberState<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().Must(MemberStates.IsKnown).WithMessage("'{PropertyValue}' is not a Member State or observer State: give its ISO code (KE or KEN) or its name.");
}
