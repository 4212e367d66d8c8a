using System.Net;
using UnHabitat.Meetings.Web.Tests.Support;

namespace UnHabitat.Meetings.Benchmarks;

/// <summary>
/// Clients for the pages of a running application: the pages read the sign-in cookie, not the API's token, so the
/// client signs in through the login form (anti-forgery token and all), as a browser does.
/// </summary>
internal static class PageSignIn
{
    /// <summary>A browser-like client that has not signed in: redirects are answers (a page that sends to the login counts as refused).</summary>
    public static HttpClient Anonymous(Uri baseUrl) =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), UseCookies = true, AllowAutoRedirect = false }) { BaseAddress = baseUrl };

    /// <summary>A client carrying <paramref name="email"/>'s sign-in cookie.</summary>
    public static async Task<HttpClient> ClientAsync(Uri baseUrl, string email, string password)
    {
        var client = Anonymous(baseUrl);
        using var response = await SignInPage.SignInAsync(client, email, password);
        // A signed-in user is sent on (303/302); the form shown again means the sign-in was refused.
        if (response.StatusCode is not (HttpStatusCode.Redirect or HttpStatusCode.SeeOther)
            || response.Headers.Location?.OriginalString.Contains("/account/", StringComparison.Ordinal) == true)
        {
            client.Dispose();
            throw new InvalidOperationException($"Signing in {email} on the pages answered {(int)response.StatusCode} {response.Headers.Location}");
        }

        return client;
    }
}
