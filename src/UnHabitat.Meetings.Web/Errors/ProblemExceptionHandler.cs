using System.Diagnostics;
using System.Text.RegularExpressions;
using System.Text.Json;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace UnHabitat.Meetings.Web.Errors;

/// <summary>
/// Writes the answer <see cref="ErrorAnswers"/> gives for an exception as RFC 9457 problem details: bad
/// input 400 naming the fields, a broken rule 409 naming the rule, anything unexplained 500 with a trace id
/// and nothing of the internals.
/// </summary>
internal sealed partial class ProblemExceptionHandler(ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    private const int MaxMessageLength = 300;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var answer = ErrorAnswers.For(exception, Audience.Api);
        var problem = answer switch
        {
            null => null,
            _ when exception is ValidationException validation => Validation(validation, BodyIsAList(httpContext)),
            { Status: 400 } => ValidationProblem(Errors(ModelBindingProblems.Body, answer.Detail)),
            { Rule: { } rule } => WithRule(Problem(answer.Status, answer.Title, answer.Detail), rule),
            _ => Problem(answer.Status, answer.Title, answer.Detail),
        };

        if (problem is null)
        {
            LogUnhandled(logger, exception);
            problem = Problem(500, "Something went wrong", "The error has been logged; quote the trace id when you report it.");
        }

        problem.Extensions["traceId"] = Activity.Current?.Id ?? httpContext.TraceIdentifier;
        httpContext.Response.StatusCode = problem.Status!.Value;
        if (problem.Status == 503)
        {
            httpContext.Response.Headers.RetryAfter = "30";
        }

        await httpContext.Response.WriteAsJsonAsync(problem, problem.GetType(), (JsonSerializerOptions?)null, "application/problem+json", cancellationToken).ConfigureAwait(false);
        return true;
    }

    private static ProblemDetails Problem(int status, string title, string detail) => new() { Status = status, Title = title, Detail = detail };

    private static ProblemDetails WithRule(ProblemDetails problem, string rule)
    {
        problem.Extensions["rule"] = rule;
        return problem;
    }

    private static ValidationProblemDetails Validation(ValidationException exception, bool bodyIsAList) =>
        ValidationProblem(exception.Errors
            .GroupBy(e => bodyIsAList ? ListEntry().Replace(FieldName(e.PropertyName), "") : FieldName(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray()));

    /// <summary>
    /// True when the action reads a JSON list as its body (attendance lines, members): the use case names
    /// the list ("lines[0].status") where the client sent only its entries ("[0].status").
    /// </summary>
    private static bool BodyIsAList(HttpContext httpContext) =>
        // The exception handler has cleared the endpoint from the context; its feature keeps it.
        (httpContext.Features.Get<IExceptionHandlerFeature>()?.Endpoint ?? httpContext.GetEndpoint())?.Metadata.GetMetadata<ControllerActionDescriptor>()?.Parameters
            .Any(p => p.BindingInfo?.BindingSource == BindingSource.Body && p.ParameterType != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(p.ParameterType)) == true;

    [GeneratedRegex(@"^[A-Za-z]\w*(?=\[\d+\])", RegexOptions.CultureInvariant)]
    private static partial Regex ListEntry();

    private static Dictionary<string, string[]> Errors(string field, string message) => new() { [field] = [message] };

    /// <summary>
    /// The one shape of every 400: errors by field, each message cut to a few hundred characters so that a
    /// huge value sent is never echoed back.
    /// </summary>
    internal static ValidationProblemDetails ValidationProblem(IDictionary<string, string[]> errors)
    {
        var shortened = errors
            .GroupBy(e => Shortened(e.Key, 200))
            .ToDictionary(g => g.Key, g => g.SelectMany(e => e.Value).Select(m => Shortened(m, MaxMessageLength)).Distinct().ToArray());
        return new ValidationProblemDetails(shortened)
        {
            Status = 400,
            Title = ErrorAnswers.InvalidFields,
            Detail = Shortened(string.Join(" ", shortened.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")), 4 * MaxMessageLength),
        };
    }

    private static string Shortened(string text, int length) => text.Length <= length ? text : string.Concat(text.AsSpan(0, length), "…");

    /// <summary>"Members[0].MemberState" becomes "members[0].memberState", as the JSON the client sent.</summary>
    internal static string FieldName(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception")]
    private static partial void LogUnhandled(ILogger logger, Exception exception);
}
