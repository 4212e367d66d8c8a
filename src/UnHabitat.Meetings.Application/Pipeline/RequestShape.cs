using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using FluentValidation.Results;
using UnHabitat.Meetings.Domain.Common;

namespace UnHabitat.Meetings.Application.Pipeline;

/// <summary>
/// A request whose property is sent under another name (one <c>At</c> that the client sends as
/// <c>calledToOrderAt</c> or <c>adjournedAt</c>): failures are named as the client sent the field.
/// </summary>
public interface INamesItsFields
{
    /// <summary>The client's name for the property, or null when it is the property's own.</summary>
    string? FieldFor(string propertyName);
}

/// <summary>
/// What every request must look like whatever its validator says, checked once for all of them: text
/// without control characters, enum values that exist, lists without empty (null) entries and, in
/// commands, dates between <see cref="Limits.EarliestYear"/> and <see cref="Limits.LatestYear"/>.
/// Walks the request's properties and those of the project's own types and lists inside it.
/// </summary>
internal static class RequestShape
{
    private const int MaxDepth = 6;
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    public static List<ValidationFailure> Check(object request)
    {
        var failures = new List<ValidationFailure>();
        var isCommand = request.GetType().GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommand<>));
        Walk(request, "", isCommand, failures, 0);
        return failures;
    }

    /// <summary>
    /// A command that changes an aggregate carries the version its sender read (its <c>Version</c>), so that a
    /// change made meanwhile by someone else is refused (409) instead of overwritten: it may not be left out.
    /// Null when it is there, or when the use case's own validator already said so.
    /// </summary>
    public static ValidationFailure? MissingVersion(object request, IEnumerable<ValidationFailure> failures)
    {
        var version = request.GetType().GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommand<>))
            ? request.GetType().GetProperty("Version", typeof(int?))
            : null;
        return version is null || version.GetValue(request) is not null || failures.Any(f => string.Equals(f.PropertyName, "version", StringComparison.OrdinalIgnoreCase))
            ? null
            : new ValidationFailure("version", "Send back the version you read (\"version\" in the body or an If-Match header), so that a change made meanwhile by someone else is not overwritten.");
    }

    private static void Walk(object value, string path, bool checkDates, List<ValidationFailure> failures, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        foreach (var property in Properties.GetOrAdd(value.GetType(), Readable))
        {
            var name = path.Length == 0 ? property.Name : $"{path}.{property.Name}";
            CheckValue(property.GetValue(value), name, checkDates, failures, depth);
        }
    }

    private static void CheckValue(object? value, string name, bool checkDates, List<ValidationFailure> failures, int depth)
    {
        switch (value)
        {
            case null or byte[] or Stream:
                return;
            case string text:
                var forbidden = PlainText.FirstForbidden(text);
                if (forbidden >= 0)
                {
                    failures.Add(new ValidationFailure(name,
                        $"The text holds an invisible control character (U+{(int)text[forbidden]:X4}) at position {forbidden + 1}: remove it (only tabs and line breaks may be typed)."));
                }

                return;
            case Enum choice:
                if (!Enum.IsDefined(choice.GetType(), choice))
                {
                    failures.Add(new ValidationFailure(name,
                        $"'{Convert.ToInt64(choice, CultureInfo.InvariantCulture)}' is not one of {string.Join(", ", Enum.GetNames(choice.GetType()))}."));
                }

                return;
            case DateTimeOffset moment when checkDates:
                CheckYear(moment.Year, name, failures);
                return;
            case DateTime dateTime when checkDates:
                CheckYear(dateTime.Year, name, failures);
                return;
            case DateOnly date when checkDates:
                CheckYear(date.Year, name, failures);
                return;
            case IEnumerable list and not IDictionary:
                var index = 0;
                foreach (var item in list)
                {
                    var itemName = $"{name}[{index}]";
                    if (item is null)
                    {
                        failures.Add(new ValidationFailure(itemName, $"Entry {index + 1} is empty (null): remove it or fill it in."));
                    }
                    else
                    {
                        CheckValue(item, itemName, checkDates, failures, depth + 1);
                    }

                    index++;
                }

                return;
            default:
                if (IsOurs(value.GetType()))
                {
                    Walk(value, name, checkDates, failures, depth + 1);
                }

                return;
        }
    }

    private static void CheckYear(int year, string name, List<ValidationFailure> failures)
    {
        if (year is < Limits.EarliestYear or > Limits.LatestYear)
        {
            failures.Add(new ValidationFailure(name, $"Give a date between {Limits.EarliestYear} and {Limits.LatestYear}, not in the year {year}."));
        }
    }

    /// <summary>
    /// Only the use cases' own records (ChairDto, SpeakerDto …) are walked into; domain objects, streams and
    /// the BCL's types are not (their properties may compute, and are not what the client sent).
    /// </summary>
    private static bool IsOurs(Type type) =>
        type.Namespace?.StartsWith("UnHabitat.Meetings.Application", StringComparison.Ordinal) == true && !type.IsEnum && !typeof(Stream).IsAssignableFrom(type);

    private static PropertyInfo[] Readable(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.GetMethod!.IsPublic)];
}
