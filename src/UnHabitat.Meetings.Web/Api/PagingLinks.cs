using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using UnHabitat.Meetings.Application.Paging;

namespace UnHabitat.Meetings.Web.Api;

/// <summary>
/// Writes where the neighbouring pages of a list are (RFC 8288 <c>Link</c>, rel "next" and "prev") and
/// answers the page's lines as the JSON array the list always was (ADR 024). The links keep the caller's own
/// filters and limit and change only <c>after</c>; they are relative to the site, like every link the API gives.
/// </summary>
public static class PagingLinks
{
    public const string AfterParameter = "after";

    /// <summary>The page's lines, with its Link header written.</summary>
    public static IReadOnlyList<T> Paged<T>(this ControllerBase controller, Page<T> page)
    {
        var links = Links(controller.Request, page.NextCursor, page.PreviousCursor);
        if (links.Length > 0)
        {
            controller.Response.Headers.Append("Link", links);
        }

        return page.Items;
    }

    /// <summary>
    /// A page of a list the use case answers whole (a meeting's own record entries, kept in the record's
    /// order); the limit and cursor are checked like those of every paged query.
    /// </summary>
    public static IReadOnlyList<T> Paged<T>(this ControllerBase controller, IEnumerable<T> all, int? limit, string? after)
    {
        var request = new PageRequest(limit, after);
        var failures = Paging.Check(request).ToList();
        if (failures.Count > 0)
        {
            throw new FluentValidation.ValidationException(failures);
        }

        return controller.Paged(all.ToPage(request));
    }

    /// <summary>
    /// The address of the same list at another cursor, for the pages' own links too: the request's path (or
    /// <paramref name="path"/>, for a page shown again after a form was sent) with its query and that cursor
    /// in <paramref name="parameter"/> (a page showing two lists, each with its own cursor; the search's <c>offset</c>).
    /// </summary>
    public static string At(HttpRequest request, string? after, string? path = null, string parameter = AfterParameter)
    {
        var query = QueryHelpers.ParseQuery(request.QueryString.Value)
            .Where(q => !string.Equals(q.Key, parameter, StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => KeyValuePair.Create(q.Key, v ?? "")))
            .ToList();
        if (after is not null)
        {
            query.Add(KeyValuePair.Create(parameter, after));
        }

        var builder = new QueryBuilder(query);
        return $"{request.PathBase}{path ?? request.Path.Value}{builder}";
    }

    private static string Links(HttpRequest request, string? next, string? previous)
    {
        var links = new List<string>(2);
        if (next is not null)
        {
            links.Add($"<{At(request, next)}>; rel=\"next\"");
        }

        if (previous is not null)
        {
            links.Add($"<{At(request, previous)}>; rel=\"prev\"");
        }

        return string.Join(", ", links);
    }
}
