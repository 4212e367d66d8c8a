using System.Text.RegularExpressions;

namespace UnHabitat.Meetings.Web.Tests.Support;

/// <summary>Signs in through the HTML form, anti-forgery token and all, as a browser does.</summary>
public static partial class SignInPage
{
    public static async Task<string> AntiforgeryTokenAsync(HttpClient browser, string path = "/account/login")
    {
        var html = await browser.GetStringAsync(path);
        return TokenField().Match(html).Groups[1].Value;
    }

    public static async Task<HttpResponseMessage> SignInAsync(HttpClient browser, string email, string password)
    {
        var token = await AntiforgeryTokenAsync(browser);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
            ["__RequestVerificationToken"] = token,
        });
        return await browser.PostAsync("/account/login", form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
