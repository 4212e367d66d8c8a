using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using UnHabitat.Meetings.Application.Search;

namespace UnHabitat.Meetings.Web.Api;

/// <summary>
/// Full-text search over what the caller may read: anyone, signed in or not, gets the published things their
/// distribution allows; insiders of a body also its record and its drafts (ADR 014, ADR 023).
/// </summary>
public sealed class SearchController : ApiController
{
    /// <summary>
    /// <c>?q=</c> words or a document symbol (whole or in part); <c>kind</c>, <c>bodyId</c>, <c>from</c>/<c>to</c>
    /// (yyyy-mm-dd), <c>lang</c> narrow it; <c>limit</c> (50, at most 200) hits a page, the next page's address in
    /// the <c>Link</c> header.
    /// </summary>
    [HttpGet("api/search")]
    [AllowAnonymous]
    public async Task<IReadOnlyList<SearchHit>> Search(string? q, string? kind, Guid? bodyId, string? from, string? to, string? lang, int? limit, int? offset)
    {
        var results = await Mediator.Send(new SearchArchive(q, kind, bodyId, from, to, lang, limit ?? SearchArchive.DefaultLimit, offset ?? 0));
        if (results.NextOffset is { } next)
        {
            // The search counts its place by offset, not by a key to continue after (ADR 023).
            Response.Headers.Link = $"<{PagingLinks.At(Request, next.ToString(CultureInfo.InvariantCulture), parameter: "offset")}>; rel=\"next\"";
        }

        return results.Hits;
    }
}
