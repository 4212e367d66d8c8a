using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using System.Text.Json;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Errors;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Infrastructure.Persistence;

namespace UnHabitat.Meetings.Web.Errors;

/// <summary>
/// The one place where exceptions become answers (RFC 9457 problem details): bad input 400 naming the
/// fields, 401, 403, 404, a stale version or a broken rule 409 with its message, anything else 500 with a
/// trace id and nothing of the internals.
/// </summary>
internal sealed partial class ProblemExceptionHandler(ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    private const int MaxMessageLength = 300;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ValidationException validation => Validation(validation, BodyIsAList(httpContext)),
            UnauthenticatedException => Problem(401, "Sign in first", exception.Message),
            ForbiddenException or PermissionDeniedException => Problem(403, "Forbidden", exception.Message),
            NotFoundException => Problem(404, "Not found", exception.Message),
            ConcurrencyConflictException => Problem(409, "Changed by someone else", exception.Message),
            DbUpdateConcurrencyException => Problem(409, "Changed by someone else", "This record was changed by someone else at the same moment. Reload it and apply your change again."),
            DomainRuleException rule => WithRule(Problem(409, "Rule broken", rule.Message), rule.Rule),
            _ when DatabaseErrors.IsUniqueViolation(exception) => Problem(409, "Taken at the same moment", "Someone saved the same value (a number, a name) at the same moment. Reload and try again."),
            _ when DatabaseErrors.IsUnstorableText(exception) => ValidationProblem(Errors(ModelBindingProblems.Body,
                "The text holds a character that cannot be stored (a NUL): remove it (only tabs and line breaks may be typed).")),
            BadHttpRequestException { StatusCode: 400 } bad => ValidationProblem(Errors(ModelBindingProblems.Body, bad.Message)),
            BadHttpRequestException bad => Problem(bad.StatusCode, "Bad request", bad.Message),
            DecoderFallbackException => ValidationProblem(Errors(ModelBindingProblems.Body,
                "The body is not text in the character set its Content-Type names; send JSON in UTF-8 (Content-Type: application/json).")),
            RendererUnavailableException => Problem(503, "Documents cannot be printed right now", exception.Message),
            _ => null,
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
            Title = "The request has invalid fields",
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
