using System.Net;
using System.Net.Http.Json;
using DocumentFormat.OpenXml.Packaging;
using UnHabitat.Meetings.Application.Bodies;
using UnHabitat.Meetings.Application.Documents;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Testing;
using UnHabitat.Meetings.Web.Tests.Support;

namespace UnHabitat.Meetings.Web.Tests;

/// <summary>
/// Downloads are saved under names an officer can file: the body and meeting for a summary or an agenda
/// ("HSP_PBA_56_summary_rev1.pdf"), the symbol and language for a document ("HSP_EB.2026_15_fr.pdf"),
/// the same through the API and the pages; and the agenda is offered on the meeting page in PDF and Word.
/// </summary>
[TestFixture]
[Category("Database")]
public sealed class DownloadNameTests : AppFixture
{
    private SignedIn _secretariat = null!;
    private SignedIn _chair = null!;
    private Guid _body;

    protected override async Task OnStartedAsync()
    {
        _secretariat = await App.UserAsync(Roles.Secretariat);
        _chair = await App.UserAsync(Roles.Chair);
        _body = (await Bodies.CreateBodyAsync(_secretariat.Client, Bodies.Working("PBA", chairUserIds: [_chair.Id]))).Id;
    }

    [Test]
    public async Task The_summary_is_downloaded_as_body_meeting_summary_and_revision_from_the_api_and_the_pages()
    {
        using var browser = await BrowserAsync();
        var meeting = await MeetingAsync(56);

        var apiWord = await _secretariat.Client.GetAsync($"/api/meetings/{meeting}/summary.docx");
        var pageWord = await browser.GetAsync($"/meetings/{meeting}/summary.docx");
        var apiPdf = await _secretariat.Client.GetAsync($"/api/meetings/{meeting}/summary.pdf");

        Assert.That(FileName(apiWord), Is.EqualTo("HSP_PBA_56_summary_rev1.docx"));
        Assert.That(FileName(pageWord), Is.EqualTo("HSP_PBA_56_summary_rev1.docx"));
        Assert.That(FileName(apiPdf), Is.EqualTo("HSP_PBA_56_summary_rev1.pdf"));
    }

    [Test]
    public async Task A_language_version_is_downloaded_under_its_symbol_and_language_not_the_name_it_was_uploaded_with()
    {
        using var browser = await BrowserAsync();
        var meeting = await MeetingAsync(57);
        var created = await _secretariat.Client.PostAsJsonAsync($"/api/meetings/{meeting}/documents",
            new { title = "Report of the Executive Director", category = "Report", distribution = "General", originalLanguage = "en", required = true }, MeetingsApp.Json);
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.ExplainAsync());
        var document = await created.ReadAsync<DocumentDto>();
        var id = document.Id;
        var symbol = document.Symbol;
        var upload = await _secretariat.Client.PutAsync($"/api/documents/{id}/files/fr", Files.Form(Files.Pdf("Rapport"), "fr.pdf"));
        Assert.That(upload.StatusCode, Is.EqualTo(HttpStatusCode.Created), await upload.ExplainAsync());

        var api = await _secretariat.Client.GetAsync($"/api/documents/{id}/files/fr");
        var page = await browser.GetAsync($"/documents/{id}/files/fr");

        var expected = symbol.Replace('/', '_') + "_fr.pdf";
        Assert.That(expected, Does.StartWith("HSP_"));
        Assert.That(FileName(api), Is.EqualTo(expected), await api.ExplainAsync());
        Assert.That(FileName(page), Is.EqualTo(expected), await page.ExplainAsync());
    }

    [Test]
    public async Task The_meeting_page_offers_the_provisional_agenda_in_pdf_and_word_and_an_adopted_agenda_is_headed_agenda()
    {
        using var browser = await BrowserAsync();
        var meeting = await MeetingAsync(58);
        await MeetingApi.AddAgendaItemAsync(_secretariat.Client, meeting, "Implementation of the resolutions of the UN-Habitat Assembly");

        var workspace = await browser.GetStringAsync($"/meetings/{meeting}");
        var provisional = await browser.GetAsync($"/meetings/{meeting}/agenda.docx");
        var provisionalText = await WordTextAsync(provisional);
        (await MeetingApi.StepAsync(_secretariat.Client, meeting, "submit")).EnsureSuccessStatusCode();
        (await MeetingApi.StepAsync(_chair.Client, meeting, "approve")).EnsureSuccessStatusCode();
        var adopt = await MeetingApi.StepAsync(_secretariat.Client, meeting, "adopt");
        Assert.That(adopt.StatusCode, Is.EqualTo(HttpStatusCode.OK), await adopt.ExplainAsync());
        var adoptedPage = await browser.GetStringAsync($"/meetings/{meeting}");
        var adopted = await browser.GetAsync($"/meetings/{meeting}/agenda.docx");
        var adoptedApi = await _secretariat.Client.GetAsync($"/api/meetings/{meeting}/agenda.docx");
        var adoptedText = await WordTextAsync(adopted);

        Assert.That(workspace, Does.Contain($"href=\"/meetings/{meeting}/agenda.pdf\"").And.Contain($"href=\"/meetings/{meeting}/agenda.docx\""));
        Assert.That(FileName(provisional), Is.EqualTo("HSP_PBA_58_agenda.docx"));
        Assert.That(provisionalText, Does.Contain("Provisional agenda*").And.Contain("1.").And.Contain("Implementation of the resolutions of the UN-Habitat Assembly"));
        Assert.That(adoptedPage, Does.Contain("<h2 id=\"agenda-heading\">Agenda</h2>").And.Not.Contain("Provisional agenda <span"));
        Assert.That(adoptedText, Does.Contain("Agenda").And.Not.Contain("Provisional"), "an adopted agenda is headed Agenda");
        Assert.That(adoptedApi.StatusCode, Is.EqualTo(HttpStatusCode.OK), await adoptedApi.ExplainAsync());
        Assert.That(FileName(adoptedApi), Is.EqualTo("HSP_PBA_58_agenda.docx"));
    }

    /// <summary>The officer in a browser: the sign-in cookie, not a token.</summary>
    private async Task<HttpClient> BrowserAsync()
    {
        var browser = App.Anonymous();
        var signIn = await SignInPage.SignInAsync(browser, _secretariat.Email, MeetingsApp.UserPassword);
        Assert.That(signIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await signIn.ExplainAsync());
        return browser;
    }

    private async Task<Guid> MeetingAsync(int number) =>
        (await MeetingApi.CreateMeetingAsync(_secretariat.Client, _body, MeetingApi.At(_body, $"2024-10-{number - 40}T10:00:00+03:00", $"2024-10-{number - 40}T13:00:00+03:00", number: number))).Id;

    private static string? FileName(HttpResponseMessage response)
    {
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var disposition = response.Content.Headers.ContentDisposition;
        return disposition?.FileNameStar ?? disposition?.FileName?.Trim('"');
    }

    private static async Task<string> WordTextAsync(HttpResponseMessage response)
    {
        using var document = await WordFile.ReadAsync(response);
        return string.Join("\n", document.MainDocumentPart!.Document.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }
}
