using FluentValidation;
using UnHabitat.Meetings.Domain.Common;

namespace UnHabitat.Meetings.Application.Meetings;

/// <summary>Input shapes shared by the meeting use cases.</summary>
internal static class MeetingRules
{
    public static IRuleBuilderOptions<T, string?> KnownTimeZone<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().MaximumLength(Limits.TimeZoneId)
            .Must(TimeZones.IsIana).WithMessage((_, id) => TimeZones.Refusal(id));

    /// <summary>A meeting's or session's number, written in words in its title ("fifty-sixth"), which stop at 999.</summary>
    public static IRuleBuilderOptions<T, int?> NumberInWords<T>(this IRuleBuilder<T, int?> rule) =>
        rule.InclusiveBetween(1, NumberWords.MaxOrdinal).WithMessage($"Give a number from 1 to {NumberWords.MaxOrdinal}.");

    public static void Chair<T>(AbstractValidator<T> v, Func<T, ChairDto?> chair, bool required = true)
    {
        if (required)
        {
            v.RuleFor(x => chair(x)).NotNull().WithMessage("Name who chairs the meeting.").OverridePropertyName("chair");
        }

        v.RuleFor(x => chair(x)!.Name).NotEmpty().MaximumLength(Limits.Name).OverridePropertyName("chair.name").When(x => chair(x) is not null);
        v.RuleFor(x => chair(x)!.Honorific).MaximumLength(Limits.ShortText).OverridePropertyName("chair.honorific").When(x => chair(x) is not null);
        v.RuleFor(x => chair(x)!.Function).MaximumLength(Limits.Name).OverridePropertyName("chair.function").When(x => chair(x) is not null);
    }
}
