using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace UnHabitat.Meetings.Web.Api;

/// <summary>
/// Base of every API controller: signed-in callers only (a public action says so with [AllowAnonymous]),
/// JSON in and out, use cases sent through the mediator.
/// </summary>
[ApiController]
[Authorize]
[Produces("application/json")]
public abstract class ApiController : ControllerBase
{
    protected IMediator Mediator => HttpContext.RequestServices.GetRequiredService<IMediator>();

    /// <summary>The version the client read: <c>"version"</c> in the body, else the If-Match header.</summary>
    protected int? ExpectedVersion(int? fromBody = null)
    {
        if (fromBody is not null)
        {
            return fromBody;
        }

        var ifMatch = Request.Headers[HeaderNames.IfMatch].ToString().Replace("W/", "", StringComparison.Ordinal).Trim('"', ' ');
        return int.TryParse(ifMatch, out var version) ? version : null;
    }

    /// <summary>Returns the aggregate with its version as ETag, so that If-Match can be sent back.</summary>
    protected ActionResult<T> WithVersion<T>(T value, int version)
    {
        Response.Headers.ETag = $"\"{version}\"";
        return Ok(value);
    }
}
