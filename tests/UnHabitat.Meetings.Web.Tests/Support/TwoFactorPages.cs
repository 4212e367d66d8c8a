using System.Net;
using System.Text.RegularExpressions;

namespace UnHabitat.Meetings.Web.Tests.Support;

/// <summary>The two-factor pages driven as a browser does: set-up with the key the page shows, and the second step of signing in.</summary>
public static partial class TwoFactorPages
{
    public const string Page = "/account/two-factor";

    /// <summary>Starts the set-up on the person's own page and reads the key the page shows.</summary>
    public static async Task<string> StartAsync(HttpClient browser)
    {
        var started = await AccountPages.PostAsync(browser, Page, "/account/two-factor/start", []);
        Assert.That(started.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await started.ExplainAsync());
        var html = WebUtility.HtmlDecode(await browser.GetStringAsync(Page));
        var key = KeyOnPage().Match(html);
        Assert.That(key.Success, "the page shows the key: " + html);
        return key.Groups[1].Value;
    }

    /// <summary>Sets two-factor sign-in up for whoever the browser is signed in as; the key and the recovery codes shown.</summary>
    public static async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> SetUpAsync(HttpClient browser)
    {
        var key = await StartAsync(browser);
        var enabled = await AccountPages.PostAsync(browser, Page, "/account/two-factor/enable", [new("Code", Totp.Code(key))]);
        var html = await enabled.Content.ReadAsStringAsync();
        Assert.That(enabled.StatusCode, Is.EqualTo(HttpStatusCode.OK), await enabled.ExplainAsync());
        return (key, [.. RecoveryCode().Matches(html).Select(m => m.Groups[1].Value)]);
    }

    /// <summary>Signs in through both steps of the sign-in page; the answer of the second.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient browser, string email, string password, string code)
    {
        var first = await SignInPage.SignInAsync(browser, email, password);
        Assert.That(first.Headers.Location?.ToString(), Is.EqualTo("/account/second-factor"), await first.ExplainAsync());
        return await AccountPages.PostAsync(browser, "/account/second-factor", "/account/second-factor", [new("Code", code)]);
    }

    [GeneratedRegex("id=\"authenticator-key\">([^<]+)<")]
    public static partial Regex KeyOnPage();

    [GeneratedRegex("<li><code>([A-Z0-9-]+)</code></li>")]
    private static partial Regex RecoveryCode();
}
