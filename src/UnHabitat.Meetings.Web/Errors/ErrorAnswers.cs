using System.Text;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Errors;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Infrastructure.Persistence;

namespace UnHabitat.Meetings.Web.Errors;

/// <summary>Who reads the answer: a program calling the API, or a person looking at a page.</summary>
public enum Audience
{
    Api,
    Page,
}

/// <summary>
/// What an exception means for the one who caused it. <paramref name="Rule"/> names the broken rule (409);
/// <paramref name="Stale"/> says the change met a newer version, so the caller should read it again.
/// </summary>
public sealed record ErrorAnswer(int Status, string Title, string Detail, string? Rule = null, bool Stale = false);

/// <summary>
/// The one map from exceptions to answers, read by the API's exception handler and by the pages: bad input
/// 400, 401, 403, 404, a stale version or a broken rule 409 in the domain's own words, 503 when printing is
/// down. Null means "not ours to explain": a 500 with nothing of the internals.
/// </summary>
public static class ErrorAnswers
{
    /// <summary>Title of every 400; the fields and their messages come from the validation failures.</summary>
    public const string InvalidFields = "The request has invalid fields";

    public static ErrorAnswer? For(Exception exception, Audience audience) => exception switch
    {
        ValidationException => new(400, InvalidFields, "Some fields are not right."),
        UnauthenticatedException => new(401, "Sign in first", exception.Message),
        ForbiddenException or PermissionDeniedException => new(403, audience == Audience.Page ? "Not allowed" : "Forbidden", exception.Message),
        // A page never says more than that there is nothing to see: the missing thing may exist unreadably.
        NotFoundException => new(404, "Not found", audience == Audience.Page ? "There is nothing here, or nothing you may see yet." : exception.Message),
        ConcurrencyConflictException => new(409, "Changed by someone else", $"{exception.Message} {Retry(audience)}", Stale: true),
        DbUpdateConcurrencyException => new(409, "Changed by someone else", $"This record was changed by someone else at the same moment. {Retry(audience)}", Stale: true),
        DomainRuleException rule => new(409, "Rule broken", rule.Message, rule.Rule),
        _ when DatabaseErrors.IsUniqueViolation(exception) => new(409, "Taken at the same moment", "Someone saved the same value (a number, a name) at the same moment. Reload and try again."),
        _ when DatabaseErrors.IsUnstorableText(exception) => new(400, InvalidFields, "The text holds a character that cannot be stored (a NUL): remove it (only tabs and line breaks may be typed)."),
        BadHttpRequestException { StatusCode: 400 } bad => new(400, InvalidFields, bad.Message),
        BadHttpRequestException bad => new(bad.StatusCode, "Bad request", bad.Message),
        DecoderFallbackException => new(400, InvalidFields, "The body is not text in the character set its Content-Type names; send JSON in UTF-8 (Content-Type: application/json)."),
        RendererUnavailableException => new(503, "Documents cannot be printed right now", exception.Message),
        _ => null,
    };

    // A program reloads; a page has already been shown again with the current state and what was typed.
    private static string Retry(Audience audience) => audience == Audience.Page
        ? "The page now shows it as it is now, with what you typed kept: check it and save again."
        : "Reload it and apply your change again.";
}
