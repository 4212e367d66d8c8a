namespace UnHabitat.Meetings.Web.Security;

/// <summary>Headers that keep the pages from being framed, sniffed or fed inline script.</summary>
internal static class SecurityHeaders
{
    private const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; form-action 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'";

    /// <summary>
    /// The jobs dashboard (Hangfire's pages) sets style attributes in its markup and scripts; its scripts stay
    /// held to the site's own files. Only the styles are let through there.
    /// </summary>
    private static readonly string JobsPolicy = Policy.Replace("style-src 'self'", "style-src 'self' 'unsafe-inline'", StringComparison.Ordinal);

    public static Task Apply(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XFrameOptions = "DENY";
        // The API browser (Swagger UI) is a third-party page with inline script; it gets no CSP of ours.
        if (context.Request.Path.StartsWithSegments(JobsDashboard.Path, StringComparison.OrdinalIgnoreCase))
        {
            headers.ContentSecurityPolicy = JobsPolicy;
        }
        else if (!context.Request.Path.StartsWithSegments("/api/docs", StringComparison.OrdinalIgnoreCase))
        {
            headers.ContentSecurityPolicy = Policy;
        }

        return next();
    }
}
