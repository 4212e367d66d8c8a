using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Bodies;
using UnHabitat.Meetings.Application.Records;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Testing;
using UnHabitat.Meetings.Web.Tests.Support;

namespace UnHabitat.Meetings.Web.Tests;

/// <summary>
/// Attendance records exactly the States meant: typed by name, short form or ISO code on the page and in
/// the API; anything else is refused next to its row with nothing lost; the version read is required; and a
/// State marked away that takes the floor is pointed out on the live record with a one-click correction.
/// </summary>
[TestFixture]
[Category("Database")]
public sealed partial class AttendanceTests : AppFixture
{
    private SignedIn _secretariat = null!;

    protected override async Task OnStartedAsync() => _secretariat = await App.UserAsync(Roles.Secretariat);

    [Test]
    public async Task The_api_takes_alpha_3_codes_like_alpha_2_codes_for_every_member_state_field()
    {
        var body = await BodyWithMembersAsync("KEN", "fra", "BR");
        var meeting = await MeetingAsync(body);
        var item = (await MeetingApi.ReadAgendaAsync(_secretariat.Client, meeting)).Items[0].Id;

        var attendance = await MeetingApi.PutAttendanceAsync(_secretariat.Client, meeting,
            new[] { Line("AUT", "Present"), Line("chn", "Apologies"), Line("KE", "Present") });
        var alone = await _secretariat.Client.PostAsJsonAsync($"/api/meetings/{meeting}/interventions",
            new { agendaItemId = item, text = "welcomed the report.", speaker = new { kind = "MemberState", memberState = "CHN" } }, MeetingsApp.Json);
        var joint = await _secretariat.Client.PostAsJsonAsync($"/api/meetings/{meeting}/interventions",
            new { agendaItemId = item, text = "asked for the figures.", speaker = new { kind = "MemberStates", memberStates = new[] { "KEN", "FRA" } } }, MeetingsApp.Json);
        var delegation = await App.AdministratorAsync();
        var user = await delegation.PostAsJsonAsync("/api/users", new
        {
            email = $"usa-{Guid.NewGuid():N}@test.unhabitat.org", password = MeetingsApp.UserPassword, displayName = "Mission of the United States", roles = new[] { "Delegation" }, memberState = "USA",
        }, MeetingsApp.Json);

        Assert.That(attendance.StatusCode, Is.EqualTo(HttpStatusCode.OK), await attendance.ExplainAsync());
        Assert.That((await attendance.ReadAsync<AttendanceDto>()).Lines.Select(l => l.MemberState),
            Is.EqualTo(new[] { "AT", "CN", "KE" }), "AUT is Austria and CHN is China: never cut to AU (Australia) or CH (Switzerland)");
        Assert.That((await alone.ReadAsync<InterventionDto>()).Speaker.MemberState, Is.EqualTo("CN"), await alone.ExplainAsync());
        Assert.That((await joint.ReadAsync<InterventionDto>()).Speaker.MemberStates, Is.EqualTo(new[] { "KE", "FR" }));
        var members = await (await _secretariat.Client.GetAsync($"/api/bodies/{body}")).ReadAsync<BodyDto>();
        Assert.That(members.Members.Select(m => m.MemberState), Is.EquivalentTo(new[] { "KE", "FR", "BR" }));
        Assert.That(user.IsSuccessStatusCode, Is.True, await user.ExplainAsync());
        Assert.That((await user.ReadAsync<UserAccount>()).MemberState, Is.EqualTo("US"), "the delegation's State is kept as its alpha-2 code");
    }

    [Test]
    public async Task The_reference_list_of_states_gives_each_its_alpha_3_code_beside_the_alpha_2_code()
    {
        // Read as sent: MemberState computes its Alpha3 from the code, so reading it back would check this process, not the API.
        var states = await _secretariat.Client.GetFromJsonAsync<List<JsonElement>>("/api/member-states", MeetingsApp.Json);

        var austria = states!.Single(s => s.GetProperty("code").GetString() == "AT");
        Assert.That(austria.GetProperty("alpha3").GetString(), Is.EqualTo("AUT"));
        Assert.That(states!.Select(s => s.GetProperty("alpha3").GetString()), Is.Unique.And.All.Length.EqualTo(3));
    }

    [Test]
    public async Task A_state_that_is_no_state_is_refused_400_naming_the_line()
    {
        var meeting = await MeetingAsync(await BodyWithMembersAsync("KE"));

        var response = await MeetingApi.PutAttendanceAsync(_secretariat.Client, meeting, new[] { Line("KE", "Present"), Line("Atlantis", "Present") });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), await response.ExplainAsync());
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("Atlantis").And.Contain("is not a Member State"));
        var saved = await AttendanceAsync(meeting);
        Assert.That(saved.Lines, Is.Empty, "nothing was saved");
    }

    [Test]
    public async Task Replacing_the_attendance_without_the_version_read_is_refused_and_a_stale_version_conflicts()
    {
        var meeting = await MeetingAsync(await BodyWithMembersAsync("KE"));
        var lines = new[] { Line("KE", "Present") };

        var without = await _secretariat.Client.PutAsJsonAsync($"/api/meetings/{meeting}/attendance", lines, MeetingsApp.Json);
        var read = (await AttendanceAsync(meeting)).Version;
        var first = await PutWithVersionAsync($"/api/meetings/{meeting}/attendance", lines, read);
        var stale = await PutWithVersionAsync($"/api/meetings/{meeting}/attendance", lines, read);

        Assert.That(without.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), await without.ExplainAsync());
        Assert.That((await without.ProblemAsync()).Errors.Keys, Does.Contain("version"), await without.ExplainAsync());
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK), await first.ExplainAsync());
        Assert.That(first.Headers.ETag?.Tag, Is.EqualTo($"\"{read + 1}\""), "the version moves on with each save");
        Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), await stale.ExplainAsync());
    }

    [Test]
    public async Task Recording_the_observers_takes_the_version_read_like_the_attendance()
    {
        var meeting = await MeetingAsync(await BodyWithMembersAsync("KE"));
        var others = new { observers = new[] { "Habitat International Coalition" }, secretariat = new[] { "Legal Officer" } };

        var without = await _secretariat.Client.PutAsJsonAsync($"/api/meetings/{meeting}/attendance/others", others, MeetingsApp.Json);
        var read = (await AttendanceAsync(meeting)).Version;
        var first = await PutWithVersionAsync($"/api/meetings/{meeting}/attendance/others", others, read);
        var stale = await _secretariat.Client.PutAsJsonAsync($"/api/meetings/{meeting}/attendance/others",
            new { observers = new[] { "Another observer" }, secretariat = Array.Empty<string>(), version = read }, MeetingsApp.Json);

        Assert.That(without.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), await without.ExplainAsync());
        Assert.That((await without.ProblemAsync()).Errors.Keys, Does.Contain("version"));
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK), await first.ExplainAsync());
        Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), await stale.ExplainAsync());
        var saved = await AttendanceAsync(meeting);
        Assert.That(saved.Observers[0], Is.EqualTo("Habitat International Coalition"));
    }

    [Test]
    public async Task The_attendance_page_offers_every_state_by_name_and_code_without_javascript()
    {
        var meeting = await MeetingAsync(await BodyWithMembersAsync("KE"));
        var browser = await CookieAsync();

        var page = await browser.GetStringAsync($"/meetings/{meeting}/attendance");

        Assert.That(page, Does.Contain("<datalist id=\"member-states\">"));
        Assert.That(page, Does.Contain("value=\"United States of America (US)\" label=\"USA &#xB7; United States"));
        Assert.That(page, Does.Contain("list=\"member-states\""));
        Assert.That(page, Does.Not.Contain("maxlength=\"2\""), "a name or an alpha-3 code is never cut to two letters");
    }

    [Test]
    public async Task The_attendance_page_records_states_typed_by_name_short_form_and_alpha_3_code()
    {
        var meeting = await MeetingAsync(await BodyWithMembersAsync("KE"));
        var browser = await CookieAsync();

        var response = await PostAttendanceAsync(browser, meeting, ("KE", "Present"), ("United States", "Present"), ("AUT", "Apologies"), ("Côte d'Ivoire", "Absent"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await response.ExplainAsync());
        var saved = await AttendanceAsync(meeting);
        Assert.That(saved.Lines.Select(l => $"{l.MemberState} {l.Status}"),
            Is.EqualTo(new[] { "KE Present", "US Present", "AT Apologies", "CI Absent" }));
    }

    [Test]
    public async Task A_failed_attendance_save_keeps_every_row_as_typed_marks_the_failed_rows_and_says_nothing_was_saved()
    {
        var meeting = await MeetingAsync(await BodyWithMembersAsync("KE"));
        var browser = await CookieAsync();

        var response = await PostAttendanceAsync(browser, meeting, ("KE", "Present"), ("China", "Present"), ("Atlantis", "Present"), ("CHN", "Apologies"));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(html, Does.Contain("Nothing was saved: 2 rows need correcting"));
        Assert.That(html, Does.Match("id=\"state-1\" name=\"Form.Rows\\[1\\].MemberState\" value=\"China\""), "China is kept as typed");
        Assert.That(html, Does.Match("id=\"state-2\" name=\"Form.Rows\\[2\\].MemberState\" value=\"Atlantis\""), "the refused row is kept as typed");
        Assert.That(html, Does.Contain("<span id=\"state-error-2\" class=\"field-error\">\"Atlantis\" is not a Member State or observer State"));
        Assert.That(html, Does.Contain("<span id=\"state-error-3\" class=\"field-error\">China is already on row 2"));
        Assert.That(RowErrors().Matches(html), Has.Count.EqualTo(2), "exactly the two failed rows are marked");
        var saved = await AttendanceAsync(meeting);
        Assert.That(saved.Lines, Is.Empty, "nothing was saved, not even the rows that were right");
    }

    [Test]
    public async Task A_state_typed_in_but_left_not_recorded_is_asked_about_instead_of_silently_dropped()
    {
        var meeting = await MeetingAsync(await BodyWithMembersAsync("KE"));
        var browser = await CookieAsync();

        var response = await PostAttendanceAsync(browser, meeting, ("KE", "Present"), ("China", ""));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), Does.Contain("Mark China present, apologies or absent, or empty the box."));
    }

    [Test]
    public async Task A_state_marked_away_that_takes_the_floor_is_pointed_out_with_a_one_click_change_to_present()
    {
        var meeting = await MeetingAsync(await BodyWithMembersAsync("KE", "FR"));
        var item = (await MeetingApi.ReadAgendaAsync(_secretariat.Client, meeting)).Items[0].Id;
        (await MeetingApi.PutAttendanceAsync(_secretariat.Client, meeting, new[] { Line("KE", "Apologies"), Line("FR", "Absent") })).EnsureSuccessStatusCode();
        var spoke = await _secretariat.Client.PostAsJsonAsync($"/api/meetings/{meeting}/interventions",
            new { agendaItemId = item, text = "welcomed the report.", speaker = new { kind = "MemberState", memberState = "KE" } }, MeetingsApp.Json);
        Assert.That(spoke.StatusCode, Is.EqualTo(HttpStatusCode.Created), await spoke.ExplainAsync());
        var browser = await CookieAsync();

        var before = WebUtility.HtmlDecode(await browser.GetStringAsync($"/meetings/{meeting}/record"));
        var token = await SignInPage.AntiforgeryTokenAsync(browser, $"/meetings/{meeting}/record");
        var version = Regex.Match(before[before.IndexOf("/record/present", StringComparison.Ordinal)..], "name=\"Version\" value=\"(\\d+)\"").Groups[1].Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["MemberState"] = "KE", ["Version"] = version });
        var click = await browser.PostAsync($"/meetings/{meeting}/record/present", form);
        var after = WebUtility.HtmlDecode(await browser.GetStringAsync($"/meetings/{meeting}/record"));

        Assert.That(before, Does.Contain("Kenya took the floor but is marked").And.Contain("Mark Kenya present"));
        Assert.That(before, Does.Not.Contain("France took the floor"), "France did not speak");
        Assert.That(click.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await click.ExplainAsync());
        Assert.That(after, Does.Contain("Kenya is now marked present").And.Not.Contain("Kenya took the floor but is marked"));
        var saved = await AttendanceAsync(meeting);
        Assert.That(saved.Lines.Select(l => $"{l.MemberState} {l.Status}"),
            Is.EqualTo(new[] { "KE Present", "FR Absent" }));
    }

    [Test]
    public async Task The_live_record_reads_a_speaker_typed_by_alpha_3_code_or_short_form_and_refuses_an_unknown_one()
    {
        var meeting = await MeetingAsync(await BodyWithMembersAsync("KE"));
        var item = (await MeetingApi.ReadAgendaAsync(_secretariat.Client, meeting)).Items[0].Id;
        var browser = await CookieAsync();
        var token = await SignInPage.AntiforgeryTokenAsync(browser, $"/meetings/{meeting}/record");

        var byCode = await InterventionAsync(browser, token, meeting, item, "CHN");
        var byShortForm = await InterventionAsync(browser, token, meeting, item, "UK, Turkey");
        var unknown = await InterventionAsync(browser, token, meeting, item, "Atlantis");

        Assert.That(byCode.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await byCode.ExplainAsync());
        Assert.That(byShortForm.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await byShortForm.ExplainAsync());
        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(WebUtility.HtmlDecode(await unknown.Content.ReadAsStringAsync()), Does.Contain("\"Atlantis\" is not a Member State or observer State"));
        var record = await (await _secretariat.Client.GetAsync($"/api/meetings/{meeting}/record")).ReadAsync<MeetingRecordDto>();
        var speakers = record.Interventions.Select(i => i.Speaker).ToList();
        Assert.That(speakers[0].MemberState, Is.EqualTo("CN"));
        Assert.That(speakers[1].MemberStates, Is.EqualTo(new[] { "GB", "TR" }));
    }

    private static object Line(string state, string status) => new { memberState = state, status, mode = "InPerson" };

    private async Task<Guid> BodyWithMembersAsync(params string[] states)
    {
        var body = (await Bodies.CreateBodyAsync(_secretariat.Client)).Id;
        await Bodies.SetMembersAsync(_secretariat.Client, body, "2020-01-01", states);
        return body;
    }

    private async Task<Guid> MeetingAsync(Guid body) => (await MeetingApi.CreateMeetingAsync(_secretariat.Client, body)).Id;

    private async Task<AttendanceDto> AttendanceAsync(Guid meeting) =>
        await (await _secretariat.Client.GetAsync($"/api/meetings/{meeting}/attendance")).ReadAsync<AttendanceDto>();

    private async Task<HttpResponseMessage> PutWithVersionAsync(string path, object content, int version)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(content, options: MeetingsApp.Json) };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{version}\""));
        return await _secretariat.Client.SendAsync(request);
    }

    private async Task<HttpClient> CookieAsync()
    {
        var browser = App.Anonymous();
        var response = await SignInPage.SignInAsync(browser, _secretariat.Email, MeetingsApp.UserPassword);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await response.ExplainAsync());
        return browser;
    }

    /// <summary>Posts the attendance grid as the page would: the member rows first, then the rows typed in.</summary>
    private static async Task<HttpResponseMessage> PostAttendanceAsync(HttpClient browser, Guid meeting, params (string State, string Status)[] rows)
    {
        var page = await browser.GetStringAsync($"/meetings/{meeting}/attendance");
        var token = await SignInPage.AntiforgeryTokenAsync(browser, $"/meetings/{meeting}/attendance");
        var version = Regex.Match(page, "name=\"Form.Version\" value=\"(\\d+)\"").Groups[1].Value;
        var fields = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", token), new("Form.Version", version) };
        for (var i = 0; i < rows.Length; i++)
        {
            fields.Add(new($"Form.Rows[{i}].MemberState", rows[i].State));
            fields.Add(new($"Form.Rows[{i}].Status", rows[i].Status));
            fields.Add(new($"Form.Rows[{i}].Mode", "InPerson"));
        }

        using var form = new FormUrlEncodedContent(fields);
        return await browser.PostAsync($"/meetings/{meeting}/attendance", form);
    }

    private static async Task<HttpResponseMessage> InterventionAsync(HttpClient browser, string token, Guid meeting, Guid item, string speaker)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Intervention.AgendaItemId"] = item.ToString(),
            ["Intervention.Round"] = "1",
            ["Intervention.Speaker"] = speaker,
            ["Intervention.Text"] = "welcomed the report.",
        });
        return await browser.PostAsync($"/meetings/{meeting}/record/interventions", form);
    }

    [GeneratedRegex("<tr class=\"row-error\">")]
    private static partial Regex RowErrors();
}
