using System.Net;
using System.Net.Http.Json;
using UnHabitat.Meetings.Application.Bodies;
using UnHabitat.Meetings.Application.Documents;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Testing;
using UnHabitat.Meetings.Web.Tests.Support;

namespace UnHabitat.Meetings.Web.Tests;

/// <summary>
/// The public page lists the published documents of every meeting, past ones too, that the visitor may read,
/// with a search by symbol and title (issue 19, point 17); the access check is the download's.
/// </summary>
[TestFixture]
[Category("Database")]
public sealed class PublicDocumentsTests : AppFixture
{
    private SignedIn _secretariat = null!;

    protected override async Task OnStartedAsync()
    {
        _secretariat = await App.UserAsync(Roles.Secretariat);
        var client = _secretariat.Client;
        var body = (await Bodies.CreateBodyAsync(client, Bodies.Working())).Id;
        var past = (await MeetingApi.CreateMeetingAsync(client, body, MeetingApi.At(body, "2024-10-16T10:00:00+03:00", "2024-10-16T13:00:00+03:00"))).Id;
        var ahead = DateTimeOffset.UtcNow.AddDays(60);
        var next = (await MeetingApi.CreateMeetingAsync(client, body, MeetingApi.At(body,
            ahead.ToString("yyyy-MM-ddT10:00:00+03:00", System.Globalization.CultureInfo.InvariantCulture),
            ahead.ToString("yyyy-MM-ddT13:00:00+03:00", System.Globalization.CultureInfo.InvariantCulture)))).Id;
        await DocumentAsync(past, "HSP/EB.2024/7", "Progress on adequate housing for all", "General", publish: true);
        await DocumentAsync(past, "HSP/EB.2024/8", "Limited draft decision on the budget", "Limited", publish: true);
        await DocumentAsync(past, "HSP/EB.2024/9", "Unpublished report on smart cities", "General", publish: false);
        await DocumentAsync(next, "HSP/EB.2024/INF/3", "List of participants", "General", publish: true);
    }

    [Test]
    public async Task A_visitor_sees_the_published_documents_of_past_and_coming_meetings_that_anyone_may_read()
    {
        var page = await App.Anonymous().GetStringAsync("/public");

        Assert.That(page, Does.Contain("HSP/EB.2024/7").And.Contain("Progress on adequate housing for all").And.Contain("HSP/EB.2024/INF/3"));
        Assert.That(page, Does.Not.Contain("HSP/EB.2024/8").And.Not.Contain("HSP/EB.2024/9"));
        Assert.That(page, Does.Contain("/public/documents/"), "anonymous visitors download through the public route");
    }

    [Test]
    public async Task The_search_finds_a_document_by_words_of_its_title_or_by_its_symbol_in_any_case()
    {
        var anonymous = App.Anonymous();

        var byTitle = await anonymous.GetStringAsync("/public?Q=ADEQUATE%20housing");
        var bySymbol = await anonymous.GetStringAsync("/public?Q=hsp/eb.2024/inf");
        var nothing = await anonymous.GetStringAsync("/public?Q=budget");

        Assert.That(byTitle, Does.Contain("HSP/EB.2024/7").And.Not.Contain("HSP/EB.2024/INF/3"));
        Assert.That(bySymbol, Does.Contain("HSP/EB.2024/INF/3").And.Not.Contain("HSP/EB.2024/7<"));
        Assert.That(nothing, Does.Contain("No published document has &quot;budget&quot; in its symbol or title."), "a limited document stays hidden from the public even when searched for");
    }

    [Test]
    public async Task A_signed_in_delegation_also_finds_the_limited_documents_its_distribution_allows()
    {
        var delegation = await App.UserAsync(Roles.Delegation, "BR");
        var browser = App.Anonymous();
        var signedIn = await SignInPage.SignInAsync(browser, delegation.Email, MeetingsApp.UserPassword);
        Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await signedIn.ExplainAsync());

        var page = await browser.GetStringAsync("/public?Q=budget");

        Assert.That(page, Does.Contain("HSP/EB.2024/8").And.Not.Contain("HSP/EB.2024/9"));
    }

    [Test]
    public async Task A_search_longer_than_its_limit_is_refused_next_to_the_search_box()
    {
        var response = await App.Anonymous().GetAsync("/public?Q=" + new string('x', 101));
        var page = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(page, Does.Contain("Search with at most 100 characters"));
    }

    private async Task DocumentAsync(Guid meeting, string symbol, string title, string distribution, bool publish)
    {
        var client = _secretariat.Client;
        var response = await client.PostAsJsonAsync($"/api/meetings/{meeting}/documents",
            new { symbol, title, category = "Report", distribution, originalLanguage = "en", required = false }, MeetingsApp.Json);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.ExplainAsync());
        var id = (await response.ReadAsync<DocumentDto>()).Id;
        var upload = await client.PutAsync($"/api/documents/{id}/files/en", Files.Form(Files.Pdf($"{symbol} en"), "en.pdf"));
        Assert.That(upload.StatusCode, Is.EqualTo(HttpStatusCode.Created), await upload.ExplainAsync());
        if (publish)
        {
            var published = await MeetingApi.VersionedPostAsync(client, $"/api/documents/{id}/publish", new { });
            Assert.That(published.StatusCode, Is.EqualTo(HttpStatusCode.OK), await published.ExplainAsync());
        }
    }
}
