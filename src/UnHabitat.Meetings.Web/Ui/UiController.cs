using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using UnHabitat.Meetings.Web.Errors;

namespace UnHabitat.Meetings.Web.Ui;

/// <summary>
/// Base of the Razor pages' controllers: signed-in users, anti-forgery on every form post, and the use
/// cases sent through the mediator so that authorization, validation and audit apply as for the API.
/// </summary>
[Authorize]
[AutoValidateAntiforgeryToken]
[UiErrors]
public abstract class UiController : Controller
{
    public const string SavedKey = "Saved";

    protected IMediator Mediator => HttpContext.RequestServices.GetRequiredService<IMediator>();

    /// <summary>The message read out (aria-live) on the next page: what was just saved.</summary>
    protected void Saved(string message) => TempData[SavedKey] = message;

    /// <summary>
    /// Sends a command. Bad input goes into ModelState next to the field it concerns (400); a broken rule,
    /// a stale version or a refusal goes above the form (409, 403). The caller then shows the page again
    /// with what the user typed; null means "did not happen".
    /// </summary>
    /// <param name="prefix">The form's prefix in the page ("Intervention"), or null.</param>
    /// <param name="form">The form model, whose property names the use case's fields are matched to.</param>
    /// <param name="fields">Use case field → form property where the names differ ("chair.name" → "ChairName").</param>
    protected async Task<T?> TrySendAsync<T>(IRequest<T> request, string? prefix, Type form, IReadOnlyDictionary<string, string>? fields = null)
        where T : class
    {
        try
        {
            return await Mediator.Send(request, HttpContext.RequestAborted);
        }
        catch (ValidationException validation)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            foreach (var failure in validation.Errors)
            {
                ModelState.AddModelError(FieldFor(failure.PropertyName, prefix, form, fields), failure.ErrorMessage);
            }
        }
        catch (Exception refused) when (ErrorAnswers.For(refused, Audience.Page) is { Status: StatusCodes.Status403Forbidden or StatusCodes.Status409Conflict } answer)
        {
            Response.StatusCode = answer.Status;
            ModelState.AddModelError(string.Empty, answer.Detail);
        }

        return null;
    }

    /// <summary>
    /// What model binding could not read ("The value '' is invalid.", "The field Number must be a number.") is said
    /// in the officer's words, by the kind of field it is, before the action runs: the message stays next to its field.
    /// </summary>
    public override void OnActionExecuting(ActionExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var (key, entry) in ModelState)
        {
            if (entry.Errors.Count == 0)
            {
                continue;
            }

            var words = UnreadableValue(FieldType(context, key));
            entry.Errors.Clear();
            entry.Errors.Add(words);
        }

        base.OnActionExecuting(context);
    }

    internal static string UnreadableValue(Type? type)
    {
        var kind = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        return kind switch
        {
            null => "This could not be read: check what was typed.",
            _ when kind == typeof(Guid) => "Choose one from the list.",
            _ when kind == typeof(DateOnly) => "Enter the date as year, month and day, e.g. 2024-10-16.",
            _ when kind == typeof(TimeOnly) => "Enter the time on the 24-hour clock, e.g. 10:00.",
            _ when kind == typeof(DateTimeOffset) || kind == typeof(DateTime) => "Enter the date and time, e.g. 2024-10-16 10:00.",
            _ when kind == typeof(int) || kind == typeof(long) => "Enter a whole number, e.g. 56.",
            _ when kind == typeof(bool) => "Tick the box or leave it empty.",
            _ when kind.IsEnum => "Choose one of the options given.",
            _ => "This could not be read: check what was typed.",
        };
    }

    /// <summary>The type of the form field a model-state key ("Form.BodyId", "Form.Rows[2].Status") stands for, if known.</summary>
    private static Type? FieldType(ActionExecutingContext context, string key)
    {
        foreach (var parameter in context.ActionDescriptor.Parameters)
        {
            var prefix = parameter.BindingInfo?.BinderModelName ?? parameter.Name;
            var path = key.StartsWith(prefix + ".", StringComparison.OrdinalIgnoreCase) ? key[(prefix.Length + 1)..]
                : string.Equals(key, prefix, StringComparison.OrdinalIgnoreCase) ? ""
                : key;
            if (Walk(parameter.ParameterType, path) is { } type)
            {
                return type;
            }
        }

        return null;
    }

    private static Type? Walk(Type type, string path)
    {
        foreach (var segment in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            var property = type.GetProperty(bracket < 0 ? segment : segment[..bracket],
                System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.IgnoreCase);
            if (property is null)
            {
                return null;
            }

            type = property.PropertyType;
            if (bracket >= 0 && type.IsGenericType)
            {
                type = type.GetGenericArguments()[0];
            }
        }

        return type;
    }

    internal static string FieldFor(string property, string? prefix, Type form, IReadOnlyDictionary<string, string>? fields)
    {
        string? name = null;
        if (fields is not null)
        {
            name = fields.FirstOrDefault(f => string.Equals(f.Key, property, StringComparison.OrdinalIgnoreCase)).Value;
        }

        if (name is null)
        {
            var flat = property.Replace(".", "", StringComparison.Ordinal);
            name = form.GetProperties().FirstOrDefault(p => string.Equals(p.Name, flat, StringComparison.OrdinalIgnoreCase))?.Name;
        }

        // A field the form does not have (an id it sent hidden) is reported above the form.
        return name is null ? string.Empty : prefix is null ? name : $"{prefix}.{name}";
    }
}
