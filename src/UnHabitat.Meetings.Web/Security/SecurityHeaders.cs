namespace UnHabitat.Meetings.Web.Security;

/// <summary>Headers that keep the pages from being framed, sniffed or fed inline script.</summary>
internal static class SecurityHeaders
{
    private const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; form-action 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'";

    public static Task Apply(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XFrameOptions = "DENY";
        // The API browser (Swagger UI) is a third-party page with inline script; it gets no CSP of ours.
        if (!context.Request.Path.StartsWithSegments("/api/docs", StringComparison.OrdinalIgnoreCase))
        {
            headers.ContentSecurityPolicy = Policy;
        }

        return next();
    }
}
