using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace UnHabitat.Meetings.Web.Errors;

/// <summary>
/// Input the API could not even read (broken JSON, a number where a date belongs, an id that is not one)
/// answered like every other bad input: 400 <c>application/problem+json</c>, errors keyed by the request's
/// own field names (<c>startsAt</c>, not <c>$.startsAt</c>; <c>body</c> for the body as a whole), in words
/// a Secretariat officer understands, never echoing more than a few hundred characters of what was sent.
/// </summary>
internal static partial class ModelBindingProblems
{
    public const string Body = "body";

    public static void Configure(ApiBehaviorOptions options) => options.InvalidModelStateResponseFactory = Answer;

    private static JsonResult Answer(ActionContext context)
    {
        var bodies = context.ActionDescriptor.Parameters
            .Where(p => p.BindingInfo?.BindingSource == BindingSource.Body)
            .ToDictionary(p => p.Name, p => p.ParameterType, StringComparer.OrdinalIgnoreCase);

        var errors = context.ModelState
            .Where(entry => entry.Value is { Errors.Count: > 0 })
            .SelectMany(entry => entry.Value!.Errors.Select(error => Describe(entry.Key, error, bodies)))
            .GroupBy(e => e.Field)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).Distinct().ToArray());

        var problem = ProblemExceptionHandler.ValidationProblem(errors);
        problem.Extensions["traceId"] = Activity.Current?.Id ?? context.HttpContext.TraceIdentifier;

        // A JsonResult, not an ObjectResult: [Produces("application/json")] on the controllers would
        // otherwise overwrite the problem's own media type.
        return new JsonResult(problem) { StatusCode = 400, ContentType = "application/problem+json" };
    }

    /// <summary>
    /// The field and the words for one binding error: a JSON value of the wrong kind names its field
    /// ("$.chair.name" → "chair.name", "$[0].memberState" → "[0].memberState") and what belongs there;
    /// JSON that cannot be read, or no body at all, is the body's fault ("body").
    /// </summary>
    private static (string Field, string Message) Describe(string key, ModelError error, Dictionary<string, Type> bodies)
    {
        var message = error.ErrorMessage.Length > 0 ? error.ErrorMessage : error.Exception?.Message ?? "";
        if (key.Length == 0 || bodies.ContainsKey(key))
        {
            return (Body, "Send the request's fields as JSON in the body (Content-Type: application/json).");
        }

        if (key.StartsWith('$'))
        {
            var path = key.TrimStart('$').TrimStart('.');
            if (message.Contains("could not be converted to", StringComparison.Ordinal))
            {
                var type = bodies.Count == 1 ? TypeAt(bodies.Values.Single(), path) : null;
                return path.Length == 0 ? (Body, $"Send {Expected(type)} as the body.") : (path, $"Give {Expected(type)} here.");
            }

            var reason = message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0].Trim();
            return (Body, $"The body is not valid JSON: {reason}");
        }

        // A route or query value ("id", "version"), or a field a binder named itself.
        var dot = key.IndexOf('.', StringComparison.Ordinal);
        var field = dot > 0 && bodies.ContainsKey(key[..dot]) ? key[(dot + 1)..] : key;
        return (ProblemExceptionHandler.FieldName(field), message);
    }

    /// <summary>The .NET type the body holds at a JSON path such as "chair.name" or "items[2]"; null when unknown.</summary>
    private static Type? TypeAt(Type root, string path)
    {
        Type? type = root;
        foreach (var segment in PathSegments().Matches(path).Select(m => m.Value))
        {
            if (type is null)
            {
                return null;
            }

            type = Nullable.GetUnderlyingType(type) ?? type;
            type = segment.StartsWith('[') ? ElementType(type) : type.GetProperty(segment, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)?.PropertyType;
        }

        return type;
    }

    private static Type? ElementType(Type type) =>
        type.IsArray ? type.GetElementType()
        : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];

    /// <summary>What the client should have sent, in words.</summary>
    private static string Expected(Type? type)
    {
        type = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        if (type is null)
        {
            return "a value of the kind the API documentation describes";
        }

        if (type.IsEnum)
        {
            return $"one of {string.Join(", ", Enum.GetNames(type))}";
        }

        if (type == typeof(DateTimeOffset) || type == typeof(DateTime))
        {
            return "a date and time such as 2026-10-16T10:00:00+03:00";
        }

        if (type == typeof(DateOnly))
        {
            return "a date such as 2026-10-16";
        }

        if (type == typeof(Guid))
        {
            return "an id such as 0b1e4c1a-8d2f-4c4e-9f0a-2d6f3b7c9e11";
        }

        if (type == typeof(int) || type == typeof(long) || type == typeof(short))
        {
            return "a whole number";
        }

        if (type == typeof(decimal) || type == typeof(double) || type == typeof(float))
        {
            return "a number";
        }

        if (type == typeof(bool))
        {
            return "true or false";
        }

        if (type == typeof(string))
        {
            return "text in double quotes";
        }

        return ElementType(type) is not null ? "a list [ … ]" : "an object { … }";
    }

    [GeneratedRegex(@"\[\d+\]|[^.\[\]]+", RegexOptions.CultureInvariant)]
    private static partial Regex PathSegments();
}
