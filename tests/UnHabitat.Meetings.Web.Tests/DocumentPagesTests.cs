using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using UnHabitat.Meetings.Application.Documents;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Testing;
using UnHabitat.Meetings.Web.Tests.Support;
using UnHabitat.Meetings.Web.Ui;

namespace UnHabitat.Meetings.Web.Tests;

/// <summary>
/// The documents through the pages and the sign-in cookie: signed-out callers are sent to sign in, the public
/// routes give exactly what the use cases give the public, a delegation gets what its distribution allows, and
/// the Documents tab shows the use cases' refusals next to the field or above the document.
/// </summary>
[TestFixture]
[Category("Database")]
public sealed class DocumentPagesTests : AppFixture
{
    private SignedIn _secretariat = null!;
    private Guid _meeting;
    private Guid _lateMeeting;
    private Guid _general;
    private Guid _limited;
    private Guid _restricted;
    private Guid _draft;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Documents:MaxUploadBytes"] = "20000" };

    protected override async Task OnStartedAsync()
    {
        _secretariat = await App.UserAsync(Roles.Secretariat);
        var client = _secretariat.Client;
        var body = (await Bodies.CreateBodyAsync(client, Bodies.Working())).Id;
        await Bodies.SetMembersAsync(client, body, "2020-01-01", "KE");

        _meeting = (await MeetingApi.CreateMeetingAsync(client, body, MeetingApi.At(body))).Id;
        // Its own meeting, so that what it publishes changes no briefcase of the other tests.
        _lateMeeting = (await MeetingApi.CreateMeetingAsync(client, body, MeetingApi.At(body, "2024-10-17T10:00:00+03:00", "2024-10-17T13:00:00+03:00"))).Id;
        _general = await DocumentAsync("General", publish: true);
        _limited = await DocumentAsync("Limited", publish: true);
        _restricted = await DocumentAsync("Restricted", publish: true);
        _draft = await DocumentAsync("General", publish: false);
    }

    [TestCase("/meetings/{meeting}/summary.pdf")]
    [TestCase("/meetings/{meeting}/summary.docx")]
    [TestCase("/meetings/{meeting}/briefcase.zip?lang=en")]
    [TestCase("/documents/{general}/files/en")]
    public async Task A_signed_out_caller_of_a_signed_in_download_is_sent_to_sign_in(string path)
    {
        var response = await App.Anonymous().GetAsync(Path(path));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await response.ExplainAsync());
        Assert.That(response.Headers.Location!.ToString(), Does.Contain("/account/login"));
    }

    [Test]
    public async Task The_public_download_gives_a_published_general_document_and_nothing_else()
    {
        var anonymous = App.Anonymous();

        var general = await anonymous.GetAsync($"/public/documents/{_general}/files/en");
        var limited = await anonymous.GetAsync($"/public/documents/{_limited}/files/en");
        var restricted = await anonymous.GetAsync($"/public/documents/{_restricted}/files/en");
        var draft = await anonymous.GetAsync($"/public/documents/{_draft}/files/en");
        var noSummary = await anonymous.GetAsync($"/public/meetings/{_meeting}/summary.pdf");

        Assert.That(general.StatusCode, Is.EqualTo(HttpStatusCode.OK), await general.ExplainAsync());
        Assert.That(general.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/pdf"));
        Assert.That(await general.Content.ReadAsStringAsync(), Does.Contain($"General {_general}"));
        Assert.That(general.Headers.ETag, Is.Not.Null, "the same ETag as the API's download");
        Assert.That(new[] { limited.StatusCode, restricted.StatusCode, draft.StatusCode, noSummary.StatusCode }, Is.All.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await restricted.Content.ReadAsStringAsync(), Does.Not.Contain("%PDF"));
    }

    [Test]
    public async Task A_delegation_signed_in_with_its_cookie_gets_what_its_distribution_allows_and_a_restricted_document_is_refused()
    {
        var outsider = await CookieAsync(await App.UserAsync(Roles.Delegation, "BR"));

        var general = await outsider.GetAsync($"/documents/{_general}/files/en");
        var limited = await outsider.GetAsync($"/documents/{_limited}/files/en");
        var restricted = await outsider.GetAsync($"/documents/{_restricted}/files/en");
        var draft = await outsider.GetAsync($"/documents/{_draft}/files/en");

        Assert.That(general.StatusCode, Is.EqualTo(HttpStatusCode.OK), await general.ExplainAsync());
        Assert.That(limited.StatusCode, Is.EqualTo(HttpStatusCode.OK), await limited.ExplainAsync());
        Assert.That(restricted.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), await restricted.ExplainAsync());
        Assert.That(await restricted.Content.ReadAsStringAsync(), Does.Contain("restricted to the delegations of the members"));
        Assert.That(draft.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task A_notice_about_a_document_opens_its_meetings_documents_and_a_draft_stays_hidden()
    {
        var member = await CookieAsync(await App.UserAsync(Roles.Delegation, "KE"));

        var published = await member.GetAsync(DelegationController.PageFor($"/api/documents/{_general}"));
        var draft = await member.GetAsync(DelegationController.PageFor($"/api/documents/{_draft}"));

        Assert.That(published.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await published.ExplainAsync());
        Assert.That(published.Headers.Location!.ToString(), Is.EqualTo($"/public/meetings/{_meeting}#documents"));
        Assert.That(draft.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "the link gives away nothing of an unpublished document");
    }

    [Test]
    public async Task The_briefcase_through_the_cookie_holds_exactly_what_the_api_briefcase_holds()
    {
        var member = await App.UserAsync(Roles.Delegation, "KE");
        var outsider = await App.UserAsync(Roles.Delegation, "BR");

        var memberZip = await EntriesAsync(await (await CookieAsync(member)).GetAsync($"/meetings/{_meeting}/briefcase.zip?lang=en&lang=fr"));
        var outsiderZip = await EntriesAsync(await (await CookieAsync(outsider)).GetAsync($"/meetings/{_meeting}/briefcase.zip?lang=en,fr"));
        var outsiderApiZip = await EntriesAsync(await outsider.Client.GetAsync($"/api/meetings/{_meeting}/briefcase.zip?lang=en,fr"));

        Assert.That(memberZip, Has.Count.EqualTo(6), "general, limited and restricted, in English and French");
        Assert.That(outsiderZip, Has.Count.EqualTo(4), "general and limited only: no draft, no restricted");
        Assert.That(outsiderZip, Is.EqualTo(outsiderApiZip));
        Assert.That(memberZip, Is.SupersetOf(outsiderZip));
    }

    [Test]
    public async Task An_upload_through_the_documents_tab_that_is_not_a_pdf_or_word_file_is_refused_next_to_the_file_field()
    {
        var browser = await CookieAsync(_secretariat);
        var token = await SignInPage.AntiforgeryTokenAsync(browser, $"/meetings/{_meeting}/documents");

        var executable = await UploadAsync(browser, token, Files.Executable(), "report.pdf");
        var tooLarge = await UploadAsync(browser, token, Files.Pdf(padTo: 30000), "big.pdf");
        var none = await UploadAsync(browser, token, null, null);

        Assert.That(executable.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await executable.Content.ReadAsStringAsync(), Does.Match("id=\"upload-file-error-[0-9a-f-]+\" class=\"field-error\" data-valmsg-for=\"Upload.File\">Only PDF and Word"));
        Assert.That(tooLarge.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That(await tooLarge.Content.ReadAsStringAsync(), Does.Contain("A file may be at most"));
        Assert.That(none.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await none.Content.ReadAsStringAsync(), Does.Contain("Choose the PDF or Word (.docx) file"));
    }

    [Test]
    public async Task Publishing_a_late_document_on_the_documents_tab_asks_for_the_justification_and_keeps_the_field()
    {
        var late = await DocumentAsync("General", publish: false, _lateMeeting);
        var browser = await CookieAsync(_secretariat);
        var page = await browser.GetStringAsync($"/meetings/{_lateMeeting}/documents");
        var token = await SignInPage.AntiforgeryTokenAsync(browser, $"/meetings/{_lateMeeting}/documents");
        var version = System.Text.RegularExpressions.Regex.Match(page[page.IndexOf($"/documents/{late}/publish", StringComparison.Ordinal)..], "name=\"Publish.Version\" value=\"(\\d+)\"").Groups[1].Value;

        var refused = await PublishAsync(browser, token, late, version, "");
        var published = await PublishAsync(browser, token, late, version, "The report waited for the audit's figures.");

        Assert.That(page, Does.Contain($"id=\"late-{late}\" name=\"Publish.LateJustification\""), "a late document shows the justification field");
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(await refused.Content.ReadAsStringAsync(), Does.Contain("give the justification that its late footnote will carry"));
        Assert.That(published.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await published.ExplainAsync());
        var document = await (await _secretariat.Client.GetAsync($"/api/documents/{late}")).ReadAsync<DocumentDto>();
        Assert.That(document.LateJustification, Is.EqualTo("The report waited for the audit's figures."));
    }

    private async Task<HttpResponseMessage> PublishAsync(HttpClient browser, string token, Guid document, string version, string justification)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Publish.Version"] = version,
            ["Publish.LateJustification"] = justification,
        });
        return await browser.PostAsync($"/meetings/{_lateMeeting}/documents/{document}/publish", form);
    }

    private async Task<HttpResponseMessage> UploadAsync(HttpClient browser, string token, byte[]? content, string? name)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("en"), "Upload.Language" },
            { new StringContent("true"), "Upload.Final" },
        };
        if (content is not null)
        {
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(file, "Upload.File", name!);
        }

        return await browser.PostAsync($"/meetings/{_meeting}/documents/{_draft}/files", form);
    }

    private async Task<HttpClient> CookieAsync(SignedIn user)
    {
        var browser = App.Anonymous();
        var response = await SignInPage.SignInAsync(browser, user.Email, MeetingsApp.UserPassword);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await response.ExplainAsync());
        return browser;
    }

    private static async Task<List<string>> EntriesAsync(HttpResponseMessage response)
    {
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.ExplainAsync());
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/zip"));
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        return [.. zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal)];
    }

    private async Task<Guid> DocumentAsync(string distribution, bool publish, Guid? meeting = null)
    {
        var client = _secretariat.Client;
        var response = await client.PostAsJsonAsync($"/api/meetings/{meeting ?? _meeting}/documents",
            new { title = $"{distribution} report", category = "Report", distribution, originalLanguage = "en", required = true }, MeetingsApp.Json);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.ExplainAsync());
        var id = (await response.ReadAsync<DocumentDto>()).Id;
        foreach (var language in new[] { "en", "fr" })
        {
            var upload = await client.PutAsync($"/api/documents/{id}/files/{language}", Files.Form(Files.Pdf($"{distribution} {id} {language}"), $"{language}.pdf"));
            Assert.That(upload.StatusCode, Is.EqualTo(HttpStatusCode.Created), await upload.ExplainAsync());
        }

        if (publish)
        {
            var published = await MeetingApi.VersionedPostAsync(client, $"/api/documents/{id}/publish", new { lateJustification = "Test document." });
            Assert.That(published.StatusCode, Is.EqualTo(HttpStatusCode.OK), await published.ExplainAsync());
        }

        return id;
    }

    private string Path(string template) => template.Replace("{meeting}", _meeting.ToString(), StringComparison.Ordinal).Replace("{general}", _general.ToString(), StringComparison.Ordinal);
}
