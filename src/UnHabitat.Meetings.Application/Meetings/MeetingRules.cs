using FluentValidation;
using UnHabitat.Meetings.Domain.Common;

namespace UnHabitat.Meetings.Application.Meetings;

/// <summary>Input shapes shared by the meeting use cases.</summary>
internal static class MeetingRules
{
    public static IRuleBuilderOptions<T, string?> KnownTimeZone<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().MaximumLength(Limits.TimeZoneId)
            .Must(id => id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _))
            .WithMessage("'{PropertyValue}' is not an IANA time zone (e.g. Africa/Nairobi, Europe/Paris).");

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
