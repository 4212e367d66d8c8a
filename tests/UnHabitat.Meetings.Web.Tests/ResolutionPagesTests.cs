using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using UnHabitat.Meetings.Application.Resolutions;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Testing;
using UnHabitat.Meetings.Web.Tests.Support;

namespace UnHabitat.Meetings.Web.Tests;

/// <summary>
/// A resolution's page (<c>/resolutions/{id}</c>), where search hits lead a browser signed in with the cookie: what
/// <c>GET /api/resolutions/{id}</c> and its history give, for the same readers, with the same refusals.
/// </summary>
[TestFixture]
[Category("Database")]
public sealed class ResolutionPagesTests : AppFixture
{
    private SignedIn _secretariat = null!;
    private Guid _assembly;

    protected override async Task OnStartedAsync()
    {
        _secretariat = await App.UserAsync(Roles.Secretariat);
        var body = JsonSerializer.SerializeToNode(Bodies.Working(), MeetingsApp.Json)!.AsObject();
        body["name"] = "United Nations Habitat Assembly";
        body["shortName"] = "Assembly";
        body["kind"] = "Assembly";
        body["symbolPrefix"] = "HSP/HA";
        _assembly = (await Bodies.CreateBodyAsync(_secretariat.Client, body)).Id;
    }

    [Test]
    public async Task An_officer_opens_a_resolution_and_sees_its_symbol_title_operative_paragraphs_and_updates_newest_first()
    {
        var resolution = await ResolutionAsync("HSP/HA.2/RES.7", "Adequate housing for all");
        var first = await ReportAsync(resolution, "2024 first session of the Executive Board", "2024-03-20", "Consultations with Member States began.", resolution.Version);
        await ReportAsync(resolution, "2024 second session of the Executive Board", "2024-10-16", "The draft guidelines were circulated.", first.Version);

        var html = await PageAsync(await CookieAsync(_secretariat), $"/resolutions/{resolution.Id}");

        Assert.That(html, Does.Contain("Resolution 2/7 on Adequate housing for all"));
        Assert.That(html, Does.Contain("HSP/HA.2/RES.7"));
        Assert.That(html, Does.Contain("by the United Nations Habitat Assembly at its second session, in 2023"));
        Assert.That(html, Does.Contain("OP2").And.Contain("Requests the Executive Director to report on paragraph 2."));
        var later = html.IndexOf("16 October 2024", StringComparison.Ordinal);
        var earlier = html.IndexOf("20 March 2024", StringComparison.Ordinal);
        Assert.That(later, Is.Positive, "the later update with its date");
        Assert.That(earlier, Is.GreaterThan(later), "the earlier update comes after the later one");
        Assert.That(html, Does.Contain("The draft guidelines were circulated.").And.Contain("under implementation"));
        Assert.That(html, Does.Contain($"href=\"/bodies/{_assembly}/decisions\""), "a link back to the body's decisions");
    }

    [Test]
    public async Task A_delegation_reads_the_page_as_it_reads_the_API_and_the_signed_out_and_the_deactivated_are_sent_to_sign_in()
    {
        var resolution = await ResolutionAsync("HSP/HA.2/RES.3", "World Cleanup Day");
        var path = $"/resolutions/{resolution.Id}";
        var delegation = await App.UserAsync(Roles.Delegation, "KE");
        var browser = await CookieAsync(delegation);

        var delegationPage = await browser.GetAsync(path);
        var delegationApi = await delegation.Client.GetAsync($"/api/resolutions/{resolution.Id}");
        var signedOutPage = await App.Anonymous().GetAsync(path);
        var signedOutApi = await App.Anonymous().GetAsync($"/api/resolutions/{resolution.Id}");

        var admin = App.Anonymous();
        Assert.That((await SignInPage.SignInAsync(admin, MeetingsApp.AdminEmail, MeetingsApp.AdminPassword)).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var deactivated = await AccountPages.PostAsync(admin, $"/admin/users/{delegation.Id}", $"/admin/users/{delegation.Id}/deactivate", []);
        Assert.That(deactivated.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await deactivated.ExplainAsync());
        var deactivatedPage = await browser.GetAsync(path);
        var deactivatedApi = await delegation.Client.GetAsync($"/api/resolutions/{resolution.Id}");

        Assert.Multiple(async () =>
        {
            Assert.That(delegationPage.StatusCode, Is.EqualTo(HttpStatusCode.OK), await delegationPage.ExplainAsync());
            Assert.That(await delegationPage.Content.ReadAsStringAsync(), Does.Contain("World Cleanup Day"));
            Assert.That(delegationApi.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(signedOutApi.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(signedOutPage.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(signedOutPage.Headers.Location?.OriginalString, Does.Contain("/account/login"));
            Assert.That(deactivatedApi.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(deactivatedPage.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "a deactivated account's cookie no longer opens it");
            Assert.That(deactivatedPage.Headers.Location?.OriginalString, Does.Contain("/account/login"));
        });
    }

    [Test]
    public async Task What_a_meeting_said_about_it_shows_to_the_officer_with_the_speaker_and_not_to_a_delegation_while_the_summary_is_a_draft()
    {
        var resolution = await ResolutionAsync("HSP/HA.2/RES.5", "Enhancing the interlinkage between urbanization and climate change resilience");
        var body = (await Bodies.CreateBodyAsync(_secretariat.Client, Bodies.Working())).Id;
        var meeting = (await MeetingApi.CreateMeetingAsync(_secretariat.Client, body)).Id;
        var item = (await MeetingApi.ReadAgendaAsync(_secretariat.Client, meeting)).Items[0].Id;
        var said = await _secretariat.Client.PostAsJsonAsync($"/api/meetings/{meeting}/interventions", new
        {
            agendaItemId = item,
            topic = "Resolution 2/5 - Climate change resilience",
            text = "asked when the resilience toolkit would be translated.",
            speaker = new { kind = "MemberState", memberState = "KE" },
        }, MeetingsApp.Json);
        Assert.That(said.StatusCode, Is.EqualTo(HttpStatusCode.Created), await said.ExplainAsync());

        var officer = await PageAsync(await CookieAsync(_secretariat), $"/resolutions/{resolution.Id}");
        var delegation = await PageAsync(await CookieAsync(await App.UserAsync(Roles.Delegation, "KE")), $"/resolutions/{resolution.Id}");

        Assert.That(officer, Does.Contain("Where it was discussed").And.Contain("Kenya: asked when the resilience toolkit would be translated."));
        Assert.That(delegation, Does.Not.Contain("resilience toolkit"), "the record as entered is the insiders' (ADR 014)");
        Assert.That(delegation, Does.Contain("Enhancing the interlinkage"));
    }

    [Test]
    public async Task An_unknown_resolution_is_the_not_found_page()
    {
        var response = await (await CookieAsync(_secretariat)).GetAsync($"/resolutions/{Guid.NewGuid()}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"), "a page in the site's layout, not the API's problem");
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("Back to your start page"));
    }

    [Test]
    public async Task A_title_and_an_update_with_a_script_show_as_text()
    {
        var resolution = await ResolutionAsync("HSP/HA.3/RES.9", "Cities <script>alert(1)</script> & towns");
        await ReportAsync(resolution, "Encoding <b>test</b>", "2025-05-20", "<script>alert(2)</script>", resolution.Version);

        var response = await (await CookieAsync(_secretariat)).GetAsync($"/resolutions/{resolution.Id}");
        var raw = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), raw);
        Assert.That(raw, Does.Not.Contain("<script>alert"));
        Assert.That(raw, Does.Not.Contain("<b>test</b>"));
        Assert.That(WebUtility.HtmlDecode(raw), Does.Contain("Cities <script>alert(1)</script> & towns").And.Contain("<script>alert(2)</script>"));
    }

    private async Task<ResolutionDto> ResolutionAsync(string symbol, string title)
    {
        var response = await _secretariat.Client.PostAsJsonAsync("/api/resolutions", new
        {
            bodyId = _assembly,
            symbol,
            title,
            session = int.Parse(symbol.Split('.')[1].Split('/')[0], System.Globalization.CultureInfo.InvariantCulture),
            year = 2023,
            operativeParagraphs = Enumerable.Range(1, 3).Select(n => new { number = $"OP{n}", text = $"Requests the Executive Director to report on paragraph {n}." }),
            units = new[] { "Housing Unit" },
        }, MeetingsApp.Json);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.ExplainAsync());
        return await response.ReadAsync<ResolutionDto>();
    }

    private async Task<ResolutionDto> ReportAsync(ResolutionDto resolution, string period, string asOf, string point, int version)
    {
        var response = await _secretariat.Client.PostAsJsonAsync($"/api/resolutions/{resolution.Id}/updates", new
        {
            period,
            asOf,
            status = "UnderImplementation",
            points = new[] { new { text = point, ops = new[] { "OP2" } } },
            version,
        }, MeetingsApp.Json);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.ExplainAsync());
        return await response.ReadAsync<ResolutionDto>();
    }

    private async Task<HttpClient> CookieAsync(SignedIn user)
    {
        var browser = App.Anonymous();
        var response = await SignInPage.SignInAsync(browser, user.Email, MeetingsApp.UserPassword);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await response.ExplainAsync());
        return browser;
    }

    private static async Task<string> PageAsync(HttpClient browser, string path) => WebUtility.HtmlDecode(await browser.GetStringAsync(path));
}
