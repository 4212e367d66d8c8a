using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Deadlines;
using UnHabitat.Meetings.Application.Documents;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Testing;
using UnHabitat.Meetings.Web.Tests.Support;

namespace UnHabitat.Meetings.Web.Tests;

/// <summary>Documents under their symbols, language versions, access by distribution, downloads and the briefcase.</summary>
[TestFixture]
[Category("Database")]
public sealed class DocumentsTests : AppFixture
{
    private HttpClient _secretariat = null!;
    private SignedIn _officer = null!;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Documents:MaxUploadBytes"] = "20000" };

    protected override async Task OnStartedAsync()
    {
        _officer = await App.UserAsync(Roles.Secretariat);
        _secretariat = _officer.Client;
    }

    [Test]
    public async Task A_required_document_is_due_seven_days_before_the_meeting_with_the_rule_shown()
    {
        var (meeting, _) = await MeetingAsync("2024-12-04T10:00:00+03:00");

        var document = await RegisterAsync(meeting, "HSP/EB.2024/21");

        Assert.That(document.DueAt, Is.EqualTo(new DateTimeOffset(2024, 11, 27, 7, 0, 0, TimeSpan.Zero)));
        Assert.That(document.DueRule, Is.EqualTo("Due 7 days before the meeting starts: Wednesday, 27 November 2024, 10:00 EAT"));
    }

    [Test]
    public async Task Six_language_versions_uploaded_at_the_same_moment_all_land_and_none_is_refused_as_changed_by_someone_else()
    {
        var (meeting, _) = await MeetingAsync("2024-12-04T10:00:00+03:00");
        var document = (await RegisterAsync(meeting, null)).Id;

        // An upload carries no version its sender read: one that loses the race to another change of the same
        // document is run again on the fresh document, as a deadline job marking it overdue would also force.
        var uploads = await Task.WhenAll(new[] { "ar", "zh", "en", "fr", "ru", "es" }.Select(language =>
            _secretariat.PutAsync($"/api/documents/{document}/files/{language}", Files.Form(Files.Pdf($"Report ({language})"), $"report-{language}.pdf"))));

        Assert.That(uploads.Select(u => u.StatusCode), Is.All.EqualTo(HttpStatusCode.Created));
        var read = await (await _secretariat.GetAsync($"/api/documents/{document}")).ReadAsync<DocumentDto>();
        Assert.That(read.Languages.Count(l => l.Version is not null), Is.EqualTo(6));
    }

    [Test]
    public async Task The_deadline_keeps_the_venues_wall_clock_across_a_daylight_saving_change()
    {
        var (meeting, _) = await MeetingAsync("2025-04-01T10:00:00+02:00", "Europe/Paris");

        var document = await RegisterAsync(meeting, null);

        // 25 March is still winter time in Paris (UTC+1): 10:00 local is 09:00 UTC, not 08:00.
        Assert.That(document.DueAt, Is.EqualTo(new DateTimeOffset(2025, 3, 25, 9, 0, 0, TimeSpan.Zero)));
    }

    [Test]
    public async Task Without_a_symbol_a_document_gets_the_next_free_number_in_the_bodys_series()
    {
        var (meeting, _) = await MeetingAsync("2031-03-10T10:00:00+03:00");

        var first = await RegisterAsync(meeting, null);
        var second = await RegisterAsync(meeting, null);

        Assert.That(first.Symbol, Does.Match(@"^HSP/EB\.2031/\d+$"));
        var n = int.Parse(first.Symbol.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(second.Symbol, Is.EqualTo($"HSP/EB.2031/{n + 1}"));
    }

    [Test]
    public async Task A_revision_supersedes_the_document_it_revises()
    {
        var (meeting, _) = await MeetingAsync("2032-03-10T10:00:00+03:00");
        var original = await RegisterAsync(meeting, "HSP/EB.2032/10");

        var revision = await RegisterAsync(meeting, "HSP/EB.2032/10/Rev.1");

        Assert.That(revision.Revises, Is.EqualTo(original.Id));
        var before = await (await _secretariat.GetAsync($"/api/documents/{original.Id}")).ReadAsync<DocumentDto>();
        Assert.That(before.SupersededBy, Is.EqualTo(revision.Id));
    }

    [TestCase("HSP/EB.2020/10/Rev", "symbol")]
    [TestCase("EB 2020 report", "symbol")]
    public async Task A_malformed_symbol_is_answered_400_naming_the_field(string symbol, string field)
    {
        var (meeting, _) = await MeetingAsync("2024-12-04T10:00:00+03:00");

        var response = await _secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/documents", new { symbol, title = "Report", category = "Report", distribution = "General" }, MeetingsApp.Json);

        await AssertFieldAsync(response, field);
    }

    [Test]
    public async Task An_executable_renamed_pdf_is_answered_400_and_an_unknown_language_names_the_field()
    {
        var (meeting, _) = await MeetingAsync("2024-12-04T10:00:00+03:00");
        var id = (await RegisterAsync(meeting, null)).Id;

        var executable = await _secretariat.PutAsync($"/api/documents/{id}/files/en", Files.Form(Files.Executable(), "report.pdf"));
        var klingon = await _secretariat.PutAsync($"/api/documents/{id}/files/tlh", Files.Form(Files.Pdf(), "report.pdf"));

        await AssertFieldAsync(executable, "file");
        await AssertFieldAsync(klingon, "lang");
    }

    [Test]
    public async Task A_file_over_the_limit_is_answered_413()
    {
        var (meeting, _) = await MeetingAsync("2024-12-04T10:00:00+03:00");
        var id = (await RegisterAsync(meeting, null)).Id;

        var response = await _secretariat.PutAsync($"/api/documents/{id}/files/en", Files.Form(Files.Pdf(padTo: 30000), "big.pdf"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge), await response.ExplainAsync());
    }

    [Test]
    public async Task A_new_upload_of_a_language_makes_a_new_version_and_the_content_is_stored_once()
    {
        var (meeting, _) = await MeetingAsync("2024-12-04T10:00:00+03:00");
        var id = (await RegisterAsync(meeting, null)).Id;

        await Upload(id, "en", Files.Pdf("first"), "../../etc/first draft?.pdf");
        var second = await (await _secretariat.PutAsync($"/api/documents/{id}/files/en", Files.Form(Files.Docx(), "second.docx"))).ReadAsync<DocumentDto>();
        await Upload(id, "fr", Files.Pdf("first"), "version française.pdf");

        var english = second.Languages.Single(l => l.Language == "en");
        Assert.That(english.Version, Is.EqualTo(2));
        var files = await App.WithDbAsync(db => db.Documents.AsNoTracking().Where(d => d.Id == id).SelectMany(d => d.Files).ToListAsync());
        Assert.That(files.Select(f => $"{f.Language}{f.Version} {f.FileName}"), Is.EquivalentTo(new[] { "en1 first draft_.pdf", "en2 second.docx", "fr1 version française.pdf" }));
        Assert.That(files.Select(f => f.Sha256).Distinct().Count(), Is.EqualTo(2), "the same content twice is stored once");
    }

    [Test]
    public async Task An_unpublished_document_is_404_for_a_delegation_and_a_restricted_one_is_only_for_members()
    {
        var (meeting, body) = await MeetingAsync("2024-12-04T10:00:00+03:00", members: ["KE", "FR"]);
        var restricted = (await RegisterAsync(meeting, null, "Restricted")).Id;
        await Upload(restricted, "en", Files.Pdf("restricted"), "restricted.pdf");
        var member = (await App.UserAsync(Roles.Delegation, "KE")).Client;
        var outsider = (await App.UserAsync(Roles.Delegation, "BR")).Client;

        var beforePublishing = await member.GetAsync($"/api/documents/{restricted}");
        await Publish(restricted);
        var forMember = await member.GetAsync($"/api/documents/{restricted}/files/en");
        var forOutsider = await outsider.GetAsync($"/api/documents/{restricted}/files/en");
        var forPublic = await App.Anonymous().GetAsync($"/api/documents/{restricted}");

        Assert.That(beforePublishing.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(forMember.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(forOutsider.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(forPublic.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(body, Is.Not.EqualTo(Guid.Empty));
    }

    [Test]
    public async Task A_download_has_the_content_hash_as_etag_answers_ranges_and_is_recorded()
    {
        var (meeting, _) = await MeetingAsync("2024-12-04T10:00:00+03:00");
        var id = (await RegisterAsync(meeting, null)).Id;
        await Upload(id, "en", Files.Pdf("downloadable"), "report.pdf");
        await Publish(id);
        var delegate_ = (await App.UserAsync(Roles.Delegation, "MX")).Client;

        var full = await delegate_.GetAsync($"/api/documents/{id}/files/en");
        using var ranged = new HttpRequestMessage(HttpMethod.Get, $"/api/documents/{id}/files/en");
        ranged.Headers.Range = new RangeHeaderValue(0, 3);
        var part = await delegate_.SendAsync(ranged);
        using var again = new HttpRequestMessage(HttpMethod.Get, $"/api/documents/{id}/files/en");
        again.Headers.IfNoneMatch.Add(full.Headers.ETag!);
        var notModified = await delegate_.SendAsync(again);

        Assert.That(full.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/pdf"));
        Assert.That(full.Headers.ETag!.Tag, Has.Length.EqualTo(66));
        Assert.That(part.StatusCode, Is.EqualTo(HttpStatusCode.PartialContent));
        Assert.That(await part.Content.ReadAsStringAsync(), Is.EqualTo("%PDF"));
        Assert.That(notModified.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
        Assert.That(await RecordedDownloadsAsync(id, "MX", atLeast: 2), Is.GreaterThanOrEqualTo(2), "the downloads were recorded with the delegation's State");
    }

    [Test]
    public async Task The_briefcase_holds_exactly_the_permitted_published_files_in_the_chosen_languages()
    {
        var (meeting, _) = await MeetingAsync("2024-12-04T10:00:00+03:00", members: ["KE"]);
        var general = (await RegisterAsync(meeting, null, "General")).Id;
        var restricted = (await RegisterAsync(meeting, null, "Restricted")).Id;
        var draft = (await RegisterAsync(meeting, null, "General")).Id;
        foreach (var id in new[] { general, restricted, draft })
        {
            await Upload(id, "en", Files.Pdf($"{id} en"), "en.pdf");
            await Upload(id, "fr", Files.Pdf($"{id} fr"), "fr.pdf");
            await Upload(id, "es", Files.Pdf($"{id} es"), "es.pdf");
        }

        await Publish(general);
        await Publish(restricted);
        var outsider = (await App.UserAsync(Roles.Delegation, "BR")).Client;
        var member = (await App.UserAsync(Roles.Delegation, "KE")).Client;

        var forOutsider = await EntriesAsync(outsider, meeting, "en,fr");
        var forMember = await EntriesAsync(member, meeting, "en,fr");

        var generalSymbol = (await (await _secretariat.GetAsync($"/api/documents/{general}")).ReadAsync<DocumentDto>()).Symbol.Replace('/', '_');
        var restrictedSymbol = (await (await _secretariat.GetAsync($"/api/documents/{restricted}")).ReadAsync<DocumentDto>()).Symbol.Replace('/', '_');
        Assert.That(forOutsider, Is.EquivalentTo(new[] { $"{generalSymbol}_en.pdf", $"{generalSymbol}_fr.pdf" }));
        Assert.That(forMember, Is.EquivalentTo(new[] { $"{generalSymbol}_en.pdf", $"{generalSymbol}_fr.pdf", $"{restrictedSymbol}_en.pdf", $"{restrictedSymbol}_fr.pdf" }));
        Assert.That(await RecordedDownloadsAsync(restricted, "KE", atLeast: 2), Is.EqualTo(2), "the member's briefcase recorded its two Restricted files");
        Assert.That(await RecordedDownloadsAsync(restricted, "BR", atLeast: 0), Is.Zero, "nothing recorded for what the outsider did not get");
    }

    [Test]
    public async Task Downloads_collected_since_the_last_batch_are_written_when_theApplication_stops()
    {
        var database = await TestDatabase.CreateAsync();
        Guid document;
        await using (var app = new MeetingsApp(database, new Dictionary<string, string?> { ["Downloads:FlushMilliseconds"] = "600000" }))
        {
            var officer = (await app.UserAsync(Roles.Secretariat)).Client;
            var body = (await Bodies.CreateBodyAsync(officer)).Id;
            var meeting = (await MeetingApi.CreateMeetingAsync(officer, body)).Id;
            var registered = await officer.PostAsJsonAsync($"/api/meetings/{meeting}/documents", new { title = "Report", category = "Report", distribution = "General", originalLanguage = "en", required = false }, MeetingsApp.Json);
            document = (await registered.ReadAsync<DocumentDto>()).Id;
            (await officer.PutAsync($"/api/documents/{document}/files/en", Files.Form(Files.Pdf("report"), "report.pdf"))).EnsureSuccessStatusCode();
            (await MeetingApi.VersionedPostAsync(officer, $"/api/documents/{document}/publish", new { lateJustification = "Test." })).EnsureSuccessStatusCode();
            var delegation = (await app.UserAsync(Roles.Delegation, "KE")).Client;
            (await delegation.GetAsync($"/api/documents/{document}/files/en")).EnsureSuccessStatusCode();
            (await app.Anonymous().GetAsync($"/api/documents/{document}/files/en")).EnsureSuccessStatusCode();
        }

        await using (var after = new MeetingsApp(database))
        {
            var recorded = await after.WithDbAsync(db => db.Downloads.Where(d => d.DocumentId == document).Select(d => d.MemberState).ToListAsync());
            Assert.That(recorded, Is.EquivalentTo(new[] { "KE", null }), "the delegation's and the anonymous reader's downloads, written at the stop");
        }

        await database.DisposeAsync();
    }

    [Test]
    public async Task A_late_document_needs_the_justification_for_its_footnote()
    {
        var (meeting, _) = await MeetingAsync(DateTimeOffset.UtcNow.AddDays(3).ToString("yyyy-MM-ddTHH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture));
        var id = (await RegisterAsync(meeting, null)).Id;
        await Upload(id, "en", Files.Pdf("late"), "late.pdf");

        var without = await MeetingApi.VersionedPostAsync(_secretariat, $"/api/documents/{id}/publish", new { });
        var with = await MeetingApi.VersionedPostAsync(_secretariat, $"/api/documents/{id}/publish", new { lateJustification = "Submitted late to reflect the consultations of 2 December." });

        Assert.That(without.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await without.ProblemAsync()).Rule, Is.EqualTo("LateDocumentNeedsJustification"));
        var published = await with.ReadAsync<DocumentDto>();
        Assert.That(published.Late, Is.True);
        Assert.That(published.LateJustification, Does.Contain("consultations"));
    }

    [Test]
    public async Task A_delegation_sees_what_is_new_since_its_last_visit()
    {
        var (meeting, _) = await MeetingAsync("2024-12-04T10:00:00+03:00");
        var id = (await RegisterAsync(meeting, null)).Id;
        await Upload(id, "en", Files.Pdf("one"), "one.pdf");
        await Publish(id);
        var delegation = (await App.UserAsync(Roles.Delegation, "FR")).Client;

        await delegation.GetAsync($"/api/meetings/{meeting}/documents");
        await Upload(id, "fr", Files.Pdf("deux"), "deux.pdf");
        var list = await (await delegation.GetAsync($"/api/meetings/{meeting}/documents")).ReadAsync<List<DocumentDto>>();

        var languages = list.Single().Languages.ToDictionary(l => l.Language, l => l.NewSinceLastVisit);
        Assert.That(languages, Is.EqualTo(new Dictionary<string, bool> { ["en"] = false, ["fr"] = true }));
    }

    [Test]
    public async Task The_timeliness_report_gives_the_share_posted_on_time_and_the_late_ones_with_their_justification()
    {
        var (meeting, body) = await MeetingAsync(DateTimeOffset.UtcNow.AddDays(3).ToString("yyyy-MM-ddTHH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture));
        var late = (await RegisterAsync(meeting, null)).Id;
        await RegisterAsync(meeting, null);
        await Upload(late, "en", Files.Pdf("late"), "late.pdf");
        await MeetingApi.VersionedPostAsync(_secretariat, $"/api/documents/{late}/publish", new { lateJustification = "Awaiting figures from the field offices." });

        var report = await (await _secretariat.GetAsync($"/api/reports/timeliness?bodyId={body}&year={DateTimeOffset.UtcNow.AddDays(3).Year}")).ReadAsync<TimelinessDto>();

        Assert.That(report.Required, Is.EqualTo(2));
        Assert.That(report.ShareOnTime, Is.EqualTo(0));
        var lateOnes = report.Meetings[0].Late;
        Assert.That(lateOnes.Select(l => l.Justification),
            Is.EquivalentTo(new[] { "Awaiting figures from the field offices.", null }));
    }

    [Test]
    public async Task A_document_whose_deadline_is_still_ahead_counts_as_not_due_yet_and_not_as_late()
    {
        var starts = DateTimeOffset.UtcNow.AddDays(20);
        var (meeting, body) = await MeetingAsync(starts.ToString("yyyy-MM-ddTHH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture));
        var posted = (await RegisterAsync(meeting, null)).Id;
        await RegisterAsync(meeting, null);
        await Upload(posted, "en", Files.Pdf("early"), "early.pdf");
        await Publish(posted);

        var report = await (await _secretariat.GetAsync($"/api/reports/timeliness?bodyId={body}&year={starts.Year}")).ReadAsync<TimelinessDto>();

        Assert.That(report.Required, Is.EqualTo(2));
        Assert.That(report.OnTime, Is.EqualTo(1));
        Assert.That(report.Pending, Is.EqualTo(1));
        Assert.That(report.ShareOnTime, Is.EqualTo(1.0), "of the documents due so far, all were on time");
        Assert.That(report.Meetings[0].Late, Is.Empty);
        Assert.That(report.Meetings[0].TimeZone, Is.EqualTo("Africa/Nairobi"));
    }

    [Test]
    public async Task The_calendar_gives_each_meeting_a_stable_uid_and_bumps_its_sequence_on_change()
    {
        var (meeting, body) = await MeetingAsync("2025-03-10T10:00:00+03:00");

        var before = await App.Anonymous().GetStringAsync($"/api/calendar.ics?bodyId={body}");
        (await _secretariat.PatchAsJsonAsync($"/api/meetings/{meeting}", new { venue = "Conference Room 2", version = 1 }, MeetingsApp.Json)).EnsureSuccessStatusCode();
        var after = await App.Anonymous().GetStringAsync($"/api/calendar.ics?bodyId={body}");

        Assert.That(before, Does.StartWith("BEGIN:VCALENDAR\r\n").And.Contain($"UID:{meeting}@meetings.unhabitat.org").And.Contain("BEGIN:VTIMEZONE\r\nTZID:Africa/Nairobi")
            .And.Contain("DTSTART;TZID=Africa/Nairobi:20250310T100000").And.Contain("SEQUENCE:0"));
        Assert.That(after, Does.Contain($"UID:{meeting}@meetings.unhabitat.org").And.Contain("SEQUENCE:1").And.Contain("LOCATION:Conference Room 2"));
    }

    [Test]
    public async Task A_personal_calendar_feed_works_until_it_is_revoked()
    {
        var delegation = (await App.UserAsync(Roles.Delegation, "KE")).Client;
        var feed = (await (await delegation.PostAsync("/api/me/calendar-feeds", null)).ReadAsync<CalendarFeedAnswer>()).Url;

        var working = await App.Anonymous().GetAsync(new Uri(feed).PathAndQuery);
        await delegation.DeleteAsync("/api/me/calendar-feeds");
        var revoked = await App.Anonymous().GetAsync(new Uri(feed).PathAndQuery);

        Assert.That(working.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(working.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/calendar"));
        Assert.That(revoked.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task A_conference_room_paper_without_a_symbol_gets_the_next_number_of_its_own_series_not_the_next_main_number()
    {
        var (meeting, _) = await MeetingAsync("2036-03-10T10:00:00+03:00");
        var main = await RegisterAsync(meeting, null);

        var crp = await RegisterAsync(meeting, null, category: "ConferenceRoomPaper");
        var second = await RegisterAsync(meeting, null, category: "ConferenceRoomPaper");
        var info = await RegisterAsync(meeting, null, category: "Information");
        var next = await RegisterAsync(meeting, null);

        Assert.That(main.Symbol, Is.EqualTo("HSP/EB.2036/1"));
        Assert.That(crp.Symbol, Is.EqualTo("HSP/EB.2036/CRP.1"));
        Assert.That(second.Symbol, Is.EqualTo("HSP/EB.2036/CRP.2"));
        Assert.That(info.Symbol, Is.EqualTo("HSP/EB.2036/INF/1"));
        Assert.That(next.Symbol, Is.EqualTo("HSP/EB.2036/2"));
    }

    [Test]
    public async Task Information_documents_and_the_governing_councils_documents_register_under_their_real_symbols()
    {
        var (meeting, _) = await MeetingAsync("2037-03-10T10:00:00+03:00");

        Assert.That((await RegisterAsync(meeting, "HSP/EB.2023/INF/2")).Symbol, Is.EqualTo("HSP/EB.2023/INF/2"));
        Assert.That((await RegisterAsync(meeting, "HSP/GC/20/2")).Symbol, Is.EqualTo("HSP/GC/20/2"));
        Assert.That((await RegisterAsync(meeting, "HSP/GC/20/2/Add.2")).Symbol, Is.EqualTo("HSP/GC/20/2/Add.2"));
        var refused = await _secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/documents",
            new { symbol = "HSP/EB.2023/INF.2", title = "Information", category = "Information", distribution = "General", originalLanguage = "en", required = false }, MeetingsApp.Json);
        await AssertFieldAsync(refused, "symbol");
    }

    [Test]
    public async Task The_timeliness_report_of_a_body_without_required_documents_says_so_instead_of_a_share()
    {
        var (_, body) = await MeetingAsync("2038-03-10T10:00:00+03:00");

        var report = await (await _secretariat.GetAsync($"/api/reports/timeliness?bodyId={body}&year=2038")).ReadAsync<TimelinessDto>();
        var page = await (await PagesAsync()).GetStringAsync($"/reports/timeliness?bodyId={body}&year=2038");

        Assert.That(report.Required, Is.Zero);
        Assert.That(report.ShareOnTime, Is.Null);
        Assert.That(page, Does.Contain("No required documents").And.Contain("no required documents").And.Not.Contain("100 %"));
    }

    [Test]
    public async Task The_register_form_offers_every_language_but_the_original_as_required_and_says_its_limits()
    {
        var (meeting, _) = await MeetingAsync("2039-03-10T10:00:00+03:00");

        var page = await (await PagesAsync()).GetStringAsync($"/meetings/{meeting}/documents");

        Assert.That(page, Does.Contain("<label data-language=\"en\" hidden=\"hidden\">").And.Contain("<label data-language=\"fr\">"));
        Assert.That(page, Does.Match(@"<textarea[^>]*maxlength=""\d+""[^>]*name=""Register.Title""|<textarea[^>]*name=""Register.Title""[^>]*maxlength=""\d+"""));
        Assert.That(page, Does.Contain("conference room papers CRP.1"));
    }

    private static async Task<List<string>> EntriesAsync(HttpClient client, Guid meeting, string languages)
    {
        var response = await client.GetAsync($"/api/meetings/{meeting}/briefcase.zip?lang={languages}");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.ExplainAsync());
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(), ZipArchiveMode.Read);
        return [.. zip.Entries.Select(e => e.Name)];
    }

    /// <summary>The download records of a State for a document, once the download log's batch is written.</summary>
    private async Task<int> RecordedDownloadsAsync(Guid document, string memberState, int atLeast)
    {
        var until = DateTimeOffset.UtcNow.AddSeconds(10);
        while (true)
        {
            var count = await App.WithDbAsync(db => db.Downloads.CountAsync(d => d.DocumentId == document && d.MemberState == memberState));
            if (count >= atLeast || DateTimeOffset.UtcNow > until)
            {
                return count;
            }

            await Task.Delay(50);
        }
    }

    /// <summary>The officer signed in to the pages with the cookie.</summary>
    private async Task<HttpClient> PagesAsync()
    {
        var browser = App.Anonymous();
        var response = await SignInPage.SignInAsync(browser, _officer.Email, MeetingsApp.UserPassword);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await response.ExplainAsync());
        return browser;
    }

    private async Task<(Guid Meeting, Guid Body)> MeetingAsync(string startsAt, string timeZone = "Africa/Nairobi", string[]? members = null)
    {
        var body = (await Bodies.CreateBodyAsync(_secretariat, Bodies.Working())).Id;
        if (members is not null)
        {
            await Bodies.SetMembersAsync(_secretariat, body, "2020-01-01", members);
        }

        var start = DateTimeOffset.Parse(startsAt, System.Globalization.CultureInfo.InvariantCulture);
        var meeting = await MeetingApi.CreateMeetingAsync(_secretariat, body, new
        {
            bodyId = body, startsAt = start, endsAt = start.AddHours(3), timeZone, venue = "UNON", modality = "InPerson", chair = new { name = "Chair" },
        });
        return (meeting.Id, body);
    }

    private async Task<DocumentDto> RegisterAsync(Guid meeting, string? symbol, string distribution = "General", string category = "Report")
    {
        var response = await _secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/documents",
            new { symbol, title = "Report of the Executive Director", category, distribution, originalLanguage = "en", required = true }, MeetingsApp.Json);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.ExplainAsync());
        return await response.ReadAsync<DocumentDto>();
    }

    private async Task Upload(Guid id, string language, byte[] content, string name)
    {
        var response = await _secretariat.PutAsync($"/api/documents/{id}/files/{language}", Files.Form(content, name));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.ExplainAsync());
    }

    private async Task Publish(Guid id)
    {
        var response = await MeetingApi.VersionedPostAsync(_secretariat, $"/api/documents/{id}/publish", new { lateJustification = "Test document." });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.ExplainAsync());
    }

    private static async Task AssertFieldAsync(HttpResponseMessage response, string field)
    {
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), await response.ExplainAsync());
        Assert.That((await response.ProblemAsync()).Errors.Keys, Does.Contain(field), await response.ExplainAsync());
    }
}
