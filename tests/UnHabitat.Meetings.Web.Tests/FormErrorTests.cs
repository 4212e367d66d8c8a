using System.Net;
using System.Text.RegularExpressions;
using UnHabitat.Meetings.Application.Agendas;
using UnHabitat.Meetings.Application.Bodies;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Web.Tests.Support;

namespace UnHabitat.Meetings.Web.Tests;

/// <summary>
/// A form's errors all at once, each next to its field, in the officer's words (issue 19, point 12): what the
/// use case refuses and what the page could not read alike.
/// </summary>
[TestFixture]
[Category("Database")]
public sealed partial class FormErrorTests : AppFixture
{
    private SignedIn _officer = null!;

    protected override async Task OnStartedAsync() => _officer = await App.UserAsync(Roles.Secretariat);

    private async Task<HttpClient> BrowserAsync()
    {
        var browser = App.Anonymous();
        var signedIn = await SignInPage.SignInAsync(browser, _officer.Email, MeetingsApp.UserPassword);
        Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await signedIn.ExplainAsync());
        return browser;
    }

    [Test]
    public async Task An_empty_schedule_a_meeting_form_flags_every_missing_field_at_once_in_the_officers_words()
    {
        var browser = await BrowserAsync();
        var page = await browser.GetStringAsync("/meetings/new");
        var response = await PostAsync(browser, "/meetings/new", new()
        {
            ["Form.BodyId"] = BodyChoice().Match(page).Groups[1].Value,
            ["Form.Number"] = "", ["Form.Date"] = "", ["Form.StartTime"] = "", ["Form.EndTime"] = "", ["Form.TimeZone"] = "Africa/Nairobi",
            ["Form.Venue"] = "", ["Form.Modality"] = "InPerson", ["Form.ChairHonorific"] = "", ["Form.ChairName"] = "", ["Form.ChairFunction"] = "",
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(ErrorOf(html, "Form.BodyId"), Is.EqualTo("Choose the body that meets."));
        Assert.That(ErrorOf(html, "Form.StartTime"), Is.EqualTo("Give the date and the time the meeting starts."));
        Assert.That(ErrorOf(html, "Form.EndTime"), Is.EqualTo("Give the time the meeting ends."));
        Assert.That(ErrorOf(html, "Form.Venue"), Does.StartWith("Give the venue"));
        Assert.That(ErrorOf(html, "Form.ChairName"), Is.EqualTo("Give the name of the chair."));
        Assert.That(html, Does.Not.Contain("is invalid").And.Not.Contain("must not be empty").And.Not.Contain("&#x27;chair.name&#x27;"));
    }

    [Test]
    public async Task A_value_the_page_cannot_read_is_said_in_the_officers_words_next_to_its_field()
    {
        var response = await PostAsync(await BrowserAsync(), "/meetings/new", new()
        {
            ["Form.BodyId"] = "not-a-body", ["Form.Number"] = "fifty-six", ["Form.Date"] = "sixteenth", ["Form.StartTime"] = "ten", ["Form.EndTime"] = "13:00",
            ["Form.TimeZone"] = "Africa/Nairobi", ["Form.Venue"] = "UNON", ["Form.Modality"] = "InPerson", ["Form.ChairName"] = "Chair",
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(ErrorOf(html, "Form.BodyId"), Is.EqualTo("Choose one from the list."));
        Assert.That(ErrorOf(html, "Form.Number"), Is.EqualTo("Enter a whole number, e.g. 56."));
        Assert.That(ErrorOf(html, "Form.Date"), Does.StartWith("Enter the date as year, month and day"));
        Assert.That(ErrorOf(html, "Form.StartTime"), Does.StartWith("Enter the time on the 24-hour clock"));
        Assert.That(html, Does.Not.Contain("is invalid").And.Not.Contain("is not valid for"));
    }

    [Test]
    public async Task The_schedule_a_meeting_form_says_its_limits_before_submitting_and_takes_long_texts_in_multi_line_boxes()
    {
        var page = await (await BrowserAsync()).GetStringAsync("/meetings/new");

        Assert.That(page, Does.Match("<input[^>]*maxlength=\"\\d+\"[^>]*name=\"Form.Venue\"|<input[^>]*name=\"Form.Venue\"[^>]*maxlength=\"\\d+\""));
        Assert.That(page, Does.Match("<textarea[^>]*name=\"Form.ChairFunction\""));
        Assert.That(page, Does.Contain("At most"));
    }

    [Test]
    public async Task An_agenda_item_without_a_title_is_refused_next_to_the_title_in_the_officers_words()
    {
        var body = (await Bodies.CreateBodyAsync(_officer.Client, Bodies.Working())).Id;
        var meeting = (await MeetingApi.CreateMeetingAsync(_officer.Client, body, MeetingApi.At(body, "2031-05-06T10:00:00+03:00", "2031-05-06T13:00:00+03:00"))).Id;
        var version = (await MeetingApi.ReadAgendaAsync(_officer.Client, meeting)).Version;

        var response = await PostAsync(await BrowserAsync(), $"/meetings/{meeting}/agenda/items", new()
        {
            ["AddItem.Title"] = "", ["AddItem.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, $"/meetings/{meeting}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(ErrorOf(html, "AddItem.Title"), Is.EqualTo("Give the item's title."));
        Assert.That(html, Does.Match("<textarea[^>]*maxlength=\"\\d+\"[^>]*name=\"AddItem.Title\"|<textarea[^>]*name=\"AddItem.Title\"[^>]*maxlength"));
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient browser, string path, Dictionary<string, string> fields, string? formPage = null)
    {
        fields["__RequestVerificationToken"] = await SignInPage.AntiforgeryTokenAsync(browser, formPage ?? path);
        using var form = new FormUrlEncodedContent(fields);
        return await browser.PostAsync(path, form);
    }

    /// <summary>The message shown next to a field (the span the page ties to it), decoded.</summary>
    private static string? ErrorOf(string html, string field)
    {
        var match = Regex.Match(html, $"data-valmsg-for=\"{Regex.Escape(field)}\"[^>]*>([^<]*)<");
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    [GeneratedRegex("<option value=\"([^\"]*)\"[^>]*>Choose the body")]
    private static partial Regex BodyChoice();
}
