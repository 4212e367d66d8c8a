using FluentValidation;
using UnHabitat.Meetings.Domain.Common;

namespace UnHabitat.Meetings.Application.Meetings;

/// <summary>Input shapes shared by the meeting use cases.</summary>
internal static class MeetingRules
{
    public static IRuleBuilderOptions<T, string?> KnownTimeZone<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage("Give the venue's time zone (e.g. Africa/Nairobi).").MaximumLength(Limits.TimeZoneId)
            .Must(TimeZones.IsIana).WithMessage((_, id) => TimeZones.Refusal(id));

    /// <summary>A meeting's or session's number, written in words in its title ("fifty-sixth"), which stop at 999.</summary>
    public static IRuleBuilderOptions<T, int?> NumberInWords<T>(this IRuleBuilder<T, int?> rule) =>
        rule.InclusiveBetween(1, NumberWords.MaxOrdinal).WithMessage($"A number is from 1 to {NumberWords.MaxOrdinal}; leave it empty for the next number.");

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
