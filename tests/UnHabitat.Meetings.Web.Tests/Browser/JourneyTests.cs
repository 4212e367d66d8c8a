using System.Globalization;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using UnHabitat.Meetings.Application.Agendas;
using UnHabitat.Meetings.Application.Bodies;
using UnHabitat.Meetings.Application.Documents;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace UnHabitat.Meetings.Web.Tests.Browser;

/// <summary>
/// A meeting's life in a real browser, in the order it happens: the steps share one application and run in
/// order; each main page is checked with axe-core and photographed.
/// </summary>
[TestFixture]
[Category("Browser")]
[NonParallelizable]
public sealed class JourneyTests
{
    private const string Implementation = "Implementation of the resolutions of the UN-Habitat Assembly";
    private const string SaferCities = "Safer cities and human settlements";
    private const string Housing = "Adequate housing for all";
    private const string GeneralReport = "Report of the Executive Director on the implementation of the resolutions";
    private const string RestrictedNote = "Note on the restricted budget consultations";
    private const string DraftDecision = "Draft decision on the work programme";

    private BrowserHost _host = null!;
    private ManualClock _clock = null!;
    private SignedIn _officer = null!;
    private SignedIn _chair = null!;
    private SignedIn _kenya = null!;
    private Guid _bodyId;
    private string _bodyShortName = null!;
    private BrowserUser _officerBrowser = null!;
    private BrowserUser _chairBrowser = null!;
    private string? _meetingPath;
    private DateTime _meetingDay;
    private int _stepsDone;
    private string _generalSymbol = null!;
    private string _restrictedSymbol = null!;
    private string _draftSymbol = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        // The journey lives through the days before the meeting and the meeting itself: the clock moves on to
        // the meeting day once the agenda and documents are ready. Tokens outlast that move; cookies sign in again.
        _clock = ManualClock.StartingNow();
        _host = await BrowserHost.StartAsync(_clock, new Dictionary<string, string?> { ["Identity:TokenMinutes"] = "43200" });
        var app = _host.App;
        _officer = await app.UserAsync(Roles.Secretariat);
        _chair = await app.UserAsync(Roles.Chair);
        _kenya = await app.UserAsync(Roles.Delegation, "KE");
        _bodyShortName = "PBA-" + Guid.NewGuid().ToString("N")[..6];
        var body = await Bodies.CreateBodyAsync(_officer.Client, Bodies.Working(_bodyShortName, chairUserIds: [_chair.Id]));
        _bodyId = body.Id;
        await Bodies.SetMembersAsync(_officer.Client, _bodyId, "2024-01-01", "KE", "FR", "BR", "CN", "ZA");
        _meetingDay = DateTime.UtcNow.Date.AddDays(10);

        _officerBrowser = await _host.NewUserAsync("officer");
        await _officerBrowser.SignInAsync(_officer.Email, MeetingsApp.UserPassword);
        _chairBrowser = await _host.NewUserAsync("chair");
        await _chairBrowser.SignInAsync(_chair.Email, MeetingsApp.UserPassword);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _officerBrowser.DisposeAsync();
        await _chairBrowser.DisposeAsync();
        await _host.DisposeAsync();
    }

    /// <summary>Counts the steps done (each step needs the ones before); on failure, photographs the pages as they were.</summary>
    [TearDown]
    public async Task PhotographFailures()
    {
        if (TestContext.CurrentContext.Result.Outcome.Status == NUnit.Framework.Interfaces.TestStatus.Passed)
        {
            _stepsDone++;
        }

        if (TestContext.CurrentContext.Result.Outcome.Status == NUnit.Framework.Interfaces.TestStatus.Failed)
        {
            Directory.CreateDirectory(PageChecks.ScreenshotFolder);
            foreach (var user in new[] { _officerBrowser, _chairBrowser })
            {
                var file = Path.Combine(PageChecks.ScreenshotFolder, $"failed-{TestContext.CurrentContext.Test.MethodName}-{user.Name}.png");
                await user.Page.ScreenshotAsync(new() { Path = file, FullPage = true });
                TestContext.AddTestAttachment(file);
            }
        }
    }

    [Test, Order(1)]
    public async Task A_secretariat_officer_creates_a_meeting_builds_its_agenda_and_submits_it()
    {
        Assume.That(_stepsDone, Is.GreaterThanOrEqualTo(0), "an earlier step failed");
        var page = _officerBrowser.Page;
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard", Level = 1 })).ToBeVisibleAsync();
        await PageChecks.CheckAsync(_officerBrowser, "01-secretariat-dashboard");

        await page.GetByRole(AriaRole.Link, new() { Name = "Schedule a meeting" }).ClickAsync();
        await page.GetByLabel("Body", new() { Exact = true }).SelectOptionAsync(_bodyId.ToString());
        await page.GetByLabel("Date", new() { Exact = true }).FillAsync(_meetingDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByLabel("Starts", new() { Exact = true }).FillAsync("10:00");
        await page.GetByLabel("Ends", new() { Exact = true }).FillAsync("13:00");
        await page.GetByLabel("Venue", new() { Exact = true }).FillAsync("UNON Conference Room 4");
        await page.GetByLabel("Honorific", new() { Exact = true }).FillAsync("H.E. Dr.");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Pedro Leon Cortes Ruiz");
        await page.GetByLabel("Function", new() { Exact = true }).FillAsync("Permanent Representative of the Republic of Colombia to UN-Habitat");
        await PageChecks.CheckAsync(_officerBrowser, "02-new-meeting");
        await page.GetByRole(AriaRole.Button, new() { Name = "Schedule the meeting" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("first meeting");
        _meetingPath = new Uri(page.Url).AbsolutePath;
        Assert.That(_meetingPath, Does.Match("^/meetings/[0-9a-f-]{36}$"));

        // The procedural items are there; a new item goes last, then moves up into second place.
        await AddItemAsync(page, Implementation, null);
        await ItemButton(page, "3", "Up").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Moved");
        await AddItemAsync(page, SaferCities, "As a sub-item of 2");
        await AddItemAsync(page, Housing, null);
        await ItemButton(page, "4", "Up").ClickAsync();
        await ItemButton(page, "3", "Indent").ClickAsync();

        Assert.That(await OutlineAsync(page), Is.EqualTo(new[]
        {
            "1 Adoption of the agenda", $"2 {Implementation}", $"2 (a) {SaferCities}", $"2 (b) {Housing}", "3 Any other business",
        }));
        await PageChecks.CheckAsync(_officerBrowser, "03-agenda-editor");

        await page.GetByRole(AriaRole.Button, new() { Name = "Submit the agenda to the chair" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("submitted to the chair");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Provisional agenda" })).ToContainTextAsync("Submitted");
    }

    [Test, Order(2)]
    public async Task The_chair_finds_the_agenda_in_the_approval_inbox_and_approves_it()
    {
        Assume.That(_stepsDone, Is.GreaterThanOrEqualTo(1), "an earlier step failed");
        var page = _chairBrowser.Page;
        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Approvals", Level = 1 })).ToBeVisibleAsync();
        await PageChecks.CheckAsync(_chairBrowser, "04-chair-inbox");

        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Agenda of the first meeting") }).ClickAsync();
        await Expect(page.Locator(".agenda-outline").First).ToContainTextAsync(SaferCities);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "What changed since you last decided" })).ToBeVisibleAsync();
        await Expect(page.GetByText("every item below is new to you")).ToBeVisibleAsync();
        await Expect(page.Locator(".history")).ToContainTextAsync("Draft → Submitted");
        await PageChecks.CheckAsync(_chairBrowser, "05-chair-agenda-review");

        await page.GetByRole(AriaRole.Button, new() { Name = "Approve the agenda" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("You approved the agenda");
        await Expect(page.GetByText("No agenda is waiting for you.")).ToBeVisibleAsync();
    }

    [Test, Order(4)]
    public async Task The_officer_records_attendance_interventions_and_a_response_and_sees_the_numbered_preview()
    {
        Assume.That(_stepsDone, Is.GreaterThanOrEqualTo(3), "an earlier step failed");

        // The meeting day, 10:10 East Africa Time: the meeting has begun. Sessions of the days before have expired.
        _clock.MoveTo(new DateTimeOffset(_meetingDay.AddHours(7).AddMinutes(10), TimeSpan.Zero));
        await _officerBrowser.SignInAsync(_officer.Email, MeetingsApp.UserPassword);
        await _chairBrowser.SignInAsync(_chair.Email, MeetingsApp.UserPassword);
        var page = _officerBrowser.Page;
        await page.GotoAsync(_meetingPath!);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Provisional agenda" })).ToContainTextAsync("Approved");

        await page.GetByRole(AriaRole.Link, new() { Name = "Attendance", Exact = true }).ClickAsync();
        await page.GetByLabel("Kenya: Present", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("France: Present", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Brazil: Present", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("China: Apologies", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Kenya: delegates").FillAsync("Ms. A. Wanjiru; Mr. B. Otieno");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the attendance" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("3 present");
        await page.GetByLabel(new Regex("^Called to order at")).FillAsync("10:05");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the times" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Times of the meeting saved");
        await PageChecks.CheckAsync(_officerBrowser, "06-attendance");

        // Live entry, keyboard only once the item and topic are chosen: the cursor starts on the speaker.
        await page.GetByRole(AriaRole.Link, new() { Name = "Live record" }).ClickAsync();
        await page.GetByLabel("Agenda item").First.SelectOptionAsync(new SelectOptionValue { Label = $"2 (a) {SaferCities}" });
        await page.GetByLabel("Topic (optional)").First.FillAsync("Resolution 1/2 - Safer cities");
        await page.GetByLabel("Speaker", new() { Exact = true }).FocusAsync();
        await page.Keyboard.TypeAsync("Kenya");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("requested the Secretariat to share the evaluation of the programme");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Space");
        await page.GetByLabel(new Regex("^What the speaker said")).FocusAsync();
        await page.Keyboard.PressAsync("Control+Enter");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved: Kenya, a question.");
        Assert.That(await page.EvaluateAsync<string>("document.activeElement.id"), Is.EqualTo("Intervention_Speaker"), "after saving, the cursor is back on the speaker");
        Assert.That(await page.GetByLabel("Topic (optional)").First.InputValueAsync(), Is.EqualTo("Resolution 1/2 - Safer cities"), "the topic is kept for the next speaker");

        await page.Keyboard.TypeAsync("FR");
        await page.GetByLabel(new Regex("^What the speaker said")).FillAsync("welcomed the progress made in the implementation");
        await page.GetByLabel(new Regex("^What the speaker said")).PressAsync("Control+Enter");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved: France.");

        await page.GetByLabel("Speaker", new() { Exact = true }).FillAsync("Atlantis");
        await page.GetByLabel(new Regex("^What the speaker said")).FillAsync("asked a question");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the intervention" }).ClickAsync();
        await Expect(page.Locator("[data-valmsg-for='Intervention.Speaker']")).ToContainTextAsync("\"Atlantis\" is not a Member State");
        Assert.That(await page.GetByLabel(new Regex("^What the speaker said")).InputValueAsync(), Is.EqualTo("asked a question"), "what was typed is kept");
        await PageChecks.CheckAsync(_officerBrowser, "07-live-record");

        // The response says which question it answers; the question is then no longer open.
        await page.Locator("#response").GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex("Kenya: requested the Secretariat") }).CheckAsync();
        await page.GetByLabel(new Regex("^Response, as a sentence")).FillAsync("The Secretariat explained that the evaluation would be shared before the next meeting.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the response" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("it answers 1 question");
        await Expect(page.GetByText("Question, answered")).ToBeVisibleAsync();

        await page.Locator(".tabs").GetByRole(AriaRole.Link, new() { Name = "Summary" }).ClickAsync();
        var preview = page.Locator(".summary-preview");
        await Expect(preview).ToContainTextAsync("A Member State requested the Secretariat to share the evaluation of the programme");
        await Expect(preview).ToContainTextAsync("The Secretariat explained that the evaluation would be shared");
        var numbers = await preview.Locator(".s-number").AllInnerTextsAsync();
        Assert.That(numbers, Is.EqualTo(Enumerable.Range(1, numbers.Count).Select(n => $"{n}.")), "paragraphs are numbered 1 … N without a gap");
        await Expect(page.Locator(".record-numbers")).ToContainTextAsync("¶");
        await PageChecks.CheckAsync(_officerBrowser, "08-summary-preview");
    }

    [Test, Order(5)]
    public async Task The_officer_downloads_the_summary_as_a_pdf_that_reads_as_the_preview()
    {
        Assume.That(_stepsDone, Is.GreaterThanOrEqualTo(4), "an earlier step failed");
        var page = _officerBrowser.Page;
        await page.GotoAsync(_meetingPath + "/summary");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Summary as PDF" }).ClickAsync());
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);

        Assert.That(download.SuggestedFilename, Does.EndWith(".pdf"));
        Assert.That(System.Text.Encoding.ASCII.GetString(bytes, 0, 5), Is.EqualTo("%PDF-"));
        using var pdf = new PdfFile(bytes);
        var text = PdfFile.Squeeze(pdf.Text());
        Assert.That(text, Does.Contain(PdfFile.Squeeze("requested the Secretariat to share the evaluation of the programme")));
        Assert.That(text, Does.Contain(PdfFile.Squeeze("The Secretariat explained that the evaluation would be shared")));
    }

    [Test, Order(6)]
    public async Task The_officer_corrects_the_record_the_chair_returns_the_summary_and_clears_it_once_corrected_and_it_is_published()
    {
        Assume.That(_stepsDone, Is.GreaterThanOrEqualTo(5), "an earlier step failed");
        var page = _officerBrowser.Page;

        // An intervention recorded under the wrong item is moved and reworded from its correction page.
        await page.GotoAsync(_meetingPath + "/record");
        await EntryLink(page, "welcomed the progress made").ClickAsync();
        await page.GetByLabel("Agenda item").SelectOptionAsync(new SelectOptionValue { Label = $"2 (b) {Housing}" });
        await page.GetByLabel(new Regex("^What the speaker said")).FillAsync("welcomed the progress made in providing adequate housing");
        await PageChecks.CheckAsync(_officerBrowser, "19-correct-an-entry");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the correction" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Intervention corrected.");

        // A paragraph saved by mistake is deleted.
        await page.Locator("#paragraph summary").ClickAsync();
        await page.Locator("#paragraph-text").FillAsync("A paragraph saved by mistake.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the paragraph" }).ClickAsync();
        await EntryLink(page, "A paragraph saved by mistake.").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete the paragraph" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The paragraph is deleted.");
        await Expect(page.Locator("section[aria-labelledby='so-far-heading']")).Not.ToContainTextAsync("saved by mistake");

        await page.GotoAsync(_meetingPath + "/summary");
        var preview = page.Locator(".summary-preview");
        await Expect(preview).ToContainTextAsync("welcomed the progress made in providing adequate housing");
        await Expect(preview).Not.ToContainTextAsync("saved by mistake");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit to the chair for clearance" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("submitted to the chair");
        await page.GotoAsync(_meetingPath + "/record");
        await Expect(page.Locator("#record-frozen")).ToContainTextAsync("take the summary back to draft");

        // The chair returns it with a comment; the officer reads it, corrects the record and submits again.
        var chair = _chairBrowser.Page;
        await chair.GotoAsync("/inbox");
        await chair.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Summary of the first meeting") }).ClickAsync();
        await chair.GetByLabel(new Regex("^What the Secretariat should change")).FillAsync("Say what France asked the Secretariat to do.");
        await chair.GetByRole(AriaRole.Button, new() { Name = "Return to the Secretariat" }).ClickAsync();
        await Expect(chair.GetByRole(AriaRole.Status)).ToContainTextAsync("draft again");

        await page.GotoAsync(_meetingPath + "/summary");
        await Expect(page.Locator("#returned-comment")).ToContainTextAsync("Say what France asked the Secretariat to do.");
        await PageChecks.CheckAsync(_officerBrowser, "20-summary-returned");
        await page.GotoAsync(_meetingPath + "/record");
        await EntryLink(page, "welcomed the progress made").ClickAsync();
        await page.GetByLabel(new Regex("^What the speaker said")).FillAsync("welcomed the progress made in providing adequate housing and requested a report on it");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the correction" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Intervention corrected.");
        await page.GotoAsync(_meetingPath + "/summary");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit to the chair for clearance" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("submitted to the chair");

        // The chair sees what changed since returning it, then clears it.
        await chair.GotoAsync("/inbox");
        await chair.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Summary of the first meeting") }).ClickAsync();
        await Expect(chair.Locator("#changes")).ToContainTextAsync("requested a report on it");
        await Expect(chair.GetByRole(AriaRole.Heading, new() { Name = "What changed since you last returned it" })).ToBeVisibleAsync();
        await chair.GetByRole(AriaRole.Button, new() { Name = "Clear the summary" }).ClickAsync();
        await Expect(chair.GetByRole(AriaRole.Status)).ToContainTextAsync("You cleared the summary");
        await PageChecks.CheckAsync(_chairBrowser, "09-chair-summary-cleared");

        await page.ReloadAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Revision 1 of the summary is published");
    }

    [Test, Order(3)]
    public async Task The_officer_registers_uploads_and_publishes_documents_and_sees_their_deadlines_and_the_timeliness_report()
    {
        Assume.That(_stepsDone, Is.GreaterThanOrEqualTo(2), "an earlier step failed");
        var page = _officerBrowser.Page;
        await page.GotoAsync(_meetingPath!);
        await page.Locator(".tabs").GetByRole(AriaRole.Link, new() { Name = "Documents" }).ClickAsync();
        await Expect(page.GetByText("No document is registered for this meeting yet.")).ToBeVisibleAsync();

        // A title left empty is named next to its field, and what was chosen is kept.
        await page.GetByRole(AriaRole.Radio, new() { NameRegex = new Regex("^Restricted:") }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Register the document" }).ClickAsync();
        await Expect(page.Locator("[data-valmsg-for='Register.Title']")).Not.ToBeEmptyAsync();
        await Expect(page.GetByRole(AriaRole.Radio, new() { NameRegex = new Regex("^Restricted:") })).ToBeCheckedAsync();

        _generalSymbol = await RegisterDocumentAsync(page, GeneralReport, "General", $"2 {Implementation}", "French");
        await UploadAsync(page, GeneralReport, "English", Files.Pdf("general report, English"));
        await UploadAsync(page, GeneralReport, "French", Files.Pdf("rapport général, français"));
        _restrictedSymbol = await RegisterDocumentAsync(page, RestrictedNote, "Restricted", null, null);
        _draftSymbol = await RegisterDocumentAsync(page, DraftDecision, "General", null, null);
        await UploadAsync(page, DraftDecision, "English", Files.Docx());

        // Publishing before the original is there breaks a rule: the message says what to do.
        var restricted = Document(page, RestrictedNote);
        await restricted.GetByRole(AriaRole.Button, new() { Name = $"Publish {_restrictedSymbol}" }).ClickAsync();
        await Expect(Document(page, RestrictedNote).Locator(".error-summary")).ToContainTextAsync("Upload the original (en) version before publishing.");
        await UploadAsync(page, RestrictedNote, "English", Files.Pdf("restricted note"));
        await PublishAsync(page, RestrictedNote, _restrictedSymbol);
        await PublishAsync(page, GeneralReport, _generalSymbol);

        var general = Document(page, GeneralReport);
        await Expect(general).ToContainTextAsync("Due 7 days before the meeting starts");
        await Expect(general).ToContainTextAsync(new Regex(@"\d{2}:\d{2} EAT"));
        await Expect(general.Locator(".facts")).ToContainTextAsync("Met");
        await Expect(general.GetByRole(AriaRole.Row, new() { Name = "French" })).ToContainTextAsync("Final");
        await Expect(Document(page, DraftDecision)).ToContainTextAsync("Not published");
        await Expect(Document(page, DraftDecision).Locator(".facts")).ToContainTextAsync(new Regex("Upcoming|Due soon"));
        await PageChecks.CheckAsync(_officerBrowser, "15-documents");

        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Timeliness report of the") }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Timeliness of documents", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator(".counts-line")).ToContainTextAsync("2 of 2 required documents due so far posted on time (100 %), over 1 meeting; 1 more not due yet");
        await Expect(page.GetByRole(AriaRole.Img, new() { NameRegex = new Regex("On time and late documents per meeting") })).ToBeVisibleAsync();
        // The unposted draft decision is not late: its deadline is still ahead.
        await Expect(page.Locator("table.grid tbody tr")).ToContainTextAsync(new Regex(@"3\s+2\s+1\s+100 %\s+None"));
        await Expect(page.Locator("table.grid tbody tr")).Not.ToContainTextAsync(_draftSymbol);
        await PageChecks.CheckAsync(_officerBrowser, "16-timeliness-report");
    }

    [Test, Order(7)]
    public async Task A_delegation_sees_the_meeting_with_its_agenda_summary_and_documents_downloads_the_briefcase_and_subscribes()
    {
        Assume.That(_stepsDone, Is.GreaterThanOrEqualTo(6), "an earlier step failed");
        await using var kenya = await _host.NewUserAsync("kenya");
        await kenya.SignInAsync(_kenya.Email, MeetingsApp.UserPassword);
        var page = kenya.Page;
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Meetings and notifications" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = $"{_bodyShortName} 1" })).ToBeVisibleAsync();
        await PageChecks.CheckAsync(kenya, "10-delegation");

        await page.GetByRole(AriaRole.Link, new() { Name = $"{_bodyShortName} 1" }).ClickAsync();
        await Expect(page.Locator(".agenda-outline").First).ToContainTextAsync($"2 (b) {Housing}");
        await Expect(page.Locator(".summary-preview")).ToContainTextAsync("A Member State requested the Secretariat");
        var documents = page.Locator("#documents");
        await Expect(documents).ToContainTextAsync(_generalSymbol);
        await Expect(documents).ToContainTextAsync(_restrictedSymbol);
        await Expect(documents).Not.ToContainTextAsync(_draftSymbol);
        await Expect(documents.Locator(".tag.new")).ToHaveCountAsync(0);

        // A French version revised after this visit is marked as new on the next one.
        _clock.Advance(TimeSpan.FromMinutes(5));
        var revised = await _officer.Client.PutAsync($"/api/documents/{await DocumentIdAsync(_generalSymbol)}/files/fr", Files.Form(Files.Pdf("rapport révisé"), "rapport.pdf"));
        Assert.That(revised.IsSuccessStatusCode, Is.True, await revised.ExplainAsync());
        await page.ReloadAsync();
        await Expect(Document(page, GeneralReport).GetByRole(AriaRole.Row, new() { Name = "French" })).ToContainTextAsync("New");
        await PageChecks.CheckAsync(kenya, "11-delegation-meeting");

        // The briefcase, in English and French: exactly the published documents Kenya (a member) may read.
        await page.GotoAsync("/delegation");
        var briefcase = page.Locator("form.briefcase").Filter(new() { HasText = $"{_bodyShortName} 1" });
        await briefcase.GetByLabel("French").CheckAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => briefcase.GetByRole(AriaRole.Button).ClickAsync());
        using (var zip = System.IO.Compression.ZipFile.OpenRead((await download.PathAsync())!))
        {
            Assert.That(zip.Entries.Select(e => e.FullName), Is.EquivalentTo(new[]
            {
                $"{_generalSymbol.Replace('/', '_')}_en.pdf", $"{_generalSymbol.Replace('/', '_')}_fr.pdf", $"{_restrictedSymbol.Replace('/', '_')}_en.pdf",
            }));
        }

        // Following the body in French, and a personal calendar address shown once, then revoked.
        var following = page.Locator("fieldset").Filter(new() { HasText = $"{_bodyShortName}:" });
        await following.GetByLabel($"Follow the {_bodyShortName}").CheckAsync();
        await following.GetByLabel("French").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save what I follow" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("You now follow 1 body");
        await Expect(page.Locator("fieldset").Filter(new() { HasText = $"{_bodyShortName}:" }).GetByLabel("French")).ToBeCheckedAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = $"{_bodyShortName} meetings" })).ToHaveAttributeAsync("href", new Regex($"/api/calendar.ics\\?bodyId={_bodyId}$"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Create a personal calendar address" }).ClickAsync();
        var feed = await page.GetByLabel("Personal calendar address").InputValueAsync();
        Assert.That(feed, Does.Match("/api/calendar/feeds/[A-Za-z0-9_-]+\\.ics$"));
        var calendar = await _host.App.Anonymous().GetAsync(new Uri(feed).PathAndQuery);
        Assert.That(await calendar.Content.ReadAsStringAsync(), Does.Contain("BEGIN:VCALENDAR"));
        await PageChecks.CheckAsync(kenya, "17-delegation-calendar");
        await page.GetByRole(AriaRole.Button, new() { Name = "Revoke my personal calendar addresses" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Revoked 1 personal calendar address");
        Assert.That((await _host.App.Anonymous().GetAsync(new Uri(feed).PathAndQuery)).StatusCode, Is.EqualTo(System.Net.HttpStatusCode.NotFound));
    }

    [Test, Order(8)]
    public async Task The_public_reads_a_published_general_summary_and_document_and_not_restricted_ones()
    {
        Assume.That(_stepsDone, Is.GreaterThanOrEqualTo(7), "an earlier step failed");
        var restricted = await PublishedRestrictedMeetingAsync();

        await using var visitor = await _host.NewUserAsync("public");
        var page = visitor.Page;
        await page.GotoAsync("/public");
        await Expect(page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Summary of the first meeting of the ad hoc working group") })).ToHaveCountAsync(1);
        await Expect(page.Locator("body")).Not.ToContainTextAsync("Restricted group of experts");
        await PageChecks.CheckAsync(visitor, "12-public");

        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Summary of the first meeting") }).ClickAsync();
        await Expect(page.Locator(".summary-preview")).ToContainTextAsync("A Member State requested the Secretariat");
        await PageChecks.CheckAsync(visitor, "13-public-summary");

        // The General document is there to download; the Restricted one and the unpublished one are not.
        var documents = page.Locator("#documents");
        await Expect(documents).ToContainTextAsync(_generalSymbol);
        await Expect(documents).Not.ToContainTextAsync(_restrictedSymbol);
        await Expect(documents).Not.ToContainTextAsync(RestrictedNote);
        await Expect(documents).Not.ToContainTextAsync(_draftSymbol);
        var download = await page.RunAndWaitForDownloadAsync(() =>
            Document(page, GeneralReport).GetByRole(AriaRole.Link, new() { Name = $"Download {_generalSymbol} in English" }).ClickAsync());
        Assert.That(await File.ReadAllTextAsync((await download.PathAsync())!), Does.Contain("general report, English"));
        var restrictedFile = await _host.App.Anonymous().GetAsync($"/public/documents/{await DocumentIdAsync(_restrictedSymbol)}/files/en");
        Assert.That(restrictedFile.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.NotFound));

        await page.GotoAsync($"/public/meetings/{restricted}");
        await Expect(page.GetByText("No summary is published for this meeting")).ToBeVisibleAsync();
        await Expect(page.Locator(".summary-preview")).ToHaveCountAsync(0);
    }

    [Test, Order(9)]
    public async Task The_live_record_fits_a_phone_screen()
    {
        Assume.That(_stepsDone, Is.GreaterThanOrEqualTo(8), "an earlier step failed");
        await using var phone = await _host.NewUserAsync("phone", 390, 844);
        await phone.SignInAsync(_officer.Email, MeetingsApp.UserPassword);
        await phone.Page.GotoAsync(_meetingPath + "/record");
        var overflow = await phone.Page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.That(overflow, Is.LessThanOrEqualTo(0), "no sideways scrolling on a phone");
        await PageChecks.CheckAsync(phone, "14-live-record-phone");
    }

    /// <summary>A body whose documents are Restricted, with a published summary: members' business only.</summary>
    private async Task<Guid> PublishedRestrictedMeetingAsync()
    {
        var body = await Bodies.CreateBodyAsync(_officer.Client, new
        {
            name = "Restricted group of experts",
            shortName = "REX-" + Guid.NewGuid().ToString("N")[..6],
            kind = "ExpertGroup",
            symbolPrefix = "HSP/EG",
            summaryStyle = "Numbered",
            attribution = "Anonymous",
            documentDeadlineDays = 7,
            chairUserIds = new[] { _chair.Id },
            documentDistribution = "Restricted",
        });
        var bodyId = body.Id;
        var meeting = await MeetingApi.CreateMeetingAsync(_officer.Client, bodyId, MeetingApi.At(bodyId));
        var id = meeting.Id;
        var item = (await MeetingApi.ReadAgendaAsync(_officer.Client, id)).Items[0].Id;
        await BrowserHost.PostAsync(_officer.Client, $"/api/meetings/{id}/paragraphs", new { agendaItemId = item, kind = "Narrative", text = "The group discussed restricted matters." });
        Assert.That((await MeetingApi.VersionedPostAsync(_officer.Client, $"/api/meetings/{id}/summary/submit")).IsSuccessStatusCode, Is.True, "submit");
        Assert.That((await MeetingApi.VersionedPostAsync(_chair.Client, $"/api/meetings/{id}/summary/clear")).IsSuccessStatusCode, Is.True, "clear");
        Assert.That((await MeetingApi.VersionedPostAsync(_officer.Client, $"/api/meetings/{id}/summary/publish")).IsSuccessStatusCode, Is.True, "publish");
        return id;
    }

    private static ILocator Document(IPage page, string title) => page.Locator("article.document").Filter(new() { HasText = title });

    /// <summary>The link to the correction page of the record entry that reads <paramref name="text"/>.</summary>
    private static ILocator EntryLink(IPage page, string text) =>
        page.Locator("ol.record li").Filter(new() { HasText = text }).GetByRole(AriaRole.Link, new() { Name = "Edit, move or delete" });

    /// <summary>Registers a document through the form; returns the symbol the use case gave it.</summary>
    private static async Task<string> RegisterDocumentAsync(IPage page, string title, string distribution, string? agendaItem, string? otherLanguage)
    {
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync(title);
        await page.GetByRole(AriaRole.Radio, new() { NameRegex = new Regex($"^{distribution}:") }).CheckAsync();
        if (agendaItem is not null)
        {
            await page.GetByLabel("Agenda item").SelectOptionAsync(new SelectOptionValue { Label = agendaItem });
        }

        if (otherLanguage is not null)
        {
            await page.GetByRole(AriaRole.Group, new() { Name = "Required languages besides the original" }).GetByLabel(otherLanguage).CheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Register the document" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("is registered; Due 7 days before the meeting starts");
        var symbol = Regex.Match(await page.GetByRole(AriaRole.Status).InnerTextAsync(), @"^(\S+) is registered").Groups[1].Value;
        await Expect(Document(page, title).Locator(".symbol")).ToHaveTextAsync(symbol);
        return symbol;
    }

    private static async Task UploadAsync(IPage page, string title, string language, byte[] content)
    {
        var document = Document(page, title);
        await document.GetByLabel("Language", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = language });
        await document.GetByLabel("File (PDF or Word)").SetInputFilesAsync(new FilePayload
        {
            Name = content[0] == (byte)'%' ? $"{language}.pdf" : $"{language}.docx",
            MimeType = "application/octet-stream",
            Buffer = content,
        });
        await document.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Upload") }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"The {language} version of");
    }

    private static async Task PublishAsync(IPage page, string title, string symbol)
    {
        await Document(page, title).GetByRole(AriaRole.Button, new() { Name = $"Publish {symbol}" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"{symbol} is published");
    }

    private async Task<Guid> DocumentIdAsync(string symbol) =>
        (await _officer.Client.GetFromJsonAsync<DocumentDto>($"/api/documents/by-symbol?symbol={Uri.EscapeDataString(symbol)}", MeetingsApp.Json))!.Id;

    private static async Task AddItemAsync(IPage page, string title, string? place)
    {
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync(title);
        if (place is not null)
        {
            await page.GetByLabel("Place").SelectOptionAsync(new SelectOptionValue { Label = place });
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Add the item" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Added “{title}”");
    }

    private static ILocator ItemButton(IPage page, string number, string action) =>
        page.GetByRole(AriaRole.Button, new() { Name = $"{action} item {number}", Exact = true });

    private static async Task<IReadOnlyList<string>> OutlineAsync(IPage page)
    {
        var rows = page.Locator(".agenda-editor li");
        var result = new List<string>();
        for (var i = 0; i < await rows.CountAsync(); i++)
        {
            var number = await rows.Nth(i).Locator(".number").InnerTextAsync();
            var title = await rows.Nth(i).Locator(".title-input").InputValueAsync();
            result.Add($"{number} {title}");
        }

        return result;
    }
}
