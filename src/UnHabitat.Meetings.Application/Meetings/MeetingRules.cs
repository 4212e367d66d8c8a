using FluentValidation;
using UnHabitat.Meetings.Domain.Common;

namespace UnHabitat.Meetings.Application.Meetings;

/// <summary>Input shapes shared by the meeting use cases.</summary>
internal static class MeetingRules
{
    public static IRuleBuilderOptions<T, string?> KnownTimeZone<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage("Give the venue's time zone (e.g. Africa/Nairobi).").MaximumLength(Limits.TimeZoneId)
            .Must(id => id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _))
            .WithMessage("'{PropertyValue}' is not an IANA time zone (e.g. Africa/Nairobi, Europe/Paris).");

    public static void Chair<T>(AbstractValidator<T> v, Func<T, ChairDto?> chair, bool required = true)
    {
        if (required)
        {
            v.RuleFor(x => chair(x)).NotNull().WithMessage("Name who chairs the meeting.").OverridePropertyName("chair");
        }

        // The field names stay the API's; the messages are the officer's words (the pages show them next to the field).
        v.RuleFor(x => chair(x)!.Name).NotEmpty().WithMessage("Give the name of the chair.")
            .MaximumLength(Limits.Name).WithMessage($"The chair's name can have at most {Limits.Name} characters.")
            .OverridePropertyName("chair.name").When(x => chair(x) is not null);
        v.RuleFor(x => chair(x)!.Honorific).MaximumLength(Limits.ShortText).WithMessage($"The honorific can have at most {Limits.ShortText} characters.")
            .OverridePropertyName("chair.honorific").When(x => chair(x) is not null);
        v.RuleFor(x => chair(x)!.Function).MaximumLength(Limits.Name).WithMessage($"The chair's function can have at most {Limits.Name} characters.")
            .OverridePropertyName("chair.function").When(x => chair(x) is not null);
    }
}
