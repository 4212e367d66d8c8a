using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace UnHabitat.Meetings.Web.Tests.Support;

/// <summary>Forms of the account and user pages posted as a browser does, and the links of the e-mails they send.</summary>
public static partial class AccountPages
{
    /// <summary>Posts a form of the page at <paramref name="page"/> (whose anti-forgery token it takes) to <paramref name="action"/>.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient browser, string page, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = await SignInPage.AntiforgeryTokenAsync(browser, page);
        using var form = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        return await browser.PostAsync(action, form);
    }

    /// <summary>The path and query of the last link to <paramref name="path"/> e-mailed to <paramref name="email"/>, read from the outbox.</summary>
    public static async Task<string> EmailedLinkAsync(MeetingsApp app, string email, string path)
    {
        var bodies = await app.WithDbAsync(db => db.EmailOutbox.Where(e => e.To == email).Select(e => e.Body).ToListAsync());
        var link = bodies.Select(b => Link().Matches(b).Select(m => new Uri(m.Value)).LastOrDefault(u => u.AbsolutePath == path)).LastOrDefault(u => u is not null)
            ?? throw new AssertionException($"No e-mail to {email} with a link to {path}.");
        return link.PathAndQuery;
    }

    /// <summary>The e-mail address and token a link carries.</summary>
    public static (string Email, string Token) Query(string link)
    {
        var query = QueryHelpers.ParseQuery(new Uri(new Uri("http://localhost"), link).Query);
        return (query["email"].ToString(), query["token"].ToString());
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
