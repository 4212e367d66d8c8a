using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Agendas;
using UnHabitat.Meetings.Application.Bodies;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Records;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Web.Tests.Support;
using UnHabitat.Meetings.Web.Tests.Support.Typed;

namespace UnHabitat.Meetings.Web.Tests;

/// <summary>
/// The inputs a robustness probe found crashing the API (500) or slipping through, each now a 400 naming
/// its field as the client sent it, in problem details; and printing that survives what was stored before.
/// </summary>
[TestFixture]
[Category("Database")]
public sealed class InputValidationTests : AppFixture
{
    private HttpClient _secretariat = null!;
    private Guid _body;
    private Guid _meeting;
    private Guid _item;

    protected override async Task OnStartedAsync()
    {
        _secretariat = (await App.UserAsync(Roles.Secretariat)).Client;
        _body = (await Bodies.CreateBodyAsync(_secretariat)).Id;
        _meeting = (await MeetingApi.CreateMeetingAsync(_secretariat, _body)).Id;
        _item = MeetingApi.ItemId((await MeetingApi.AddAgendaItemAsync(_secretariat, _meeting, "Implementation of resolutions")), "Implementation of resolutions");
    }

    [Test]
    public async Task A_body_declared_as_utf16_with_an_odd_number_of_bytes_is_answered_400_naming_the_body()
    {
        var content = new ByteArrayContent([.. Encoding.Unicode.GetBytes("{\"venue\":\"UNON\"}"), (byte)'}']);
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=utf-16");

        var response = await _secretariat.PostAsync(new Uri("/api/meetings", UriKind.Relative), content);

        await AssertRefusedAsync(response, "body");
    }

    [TestCase("PUT", "/api/me/subscriptions", "[null]", "[0]")]
    [TestCase("PUT", "/api/meetings/{meeting}/attendance", "[null]", "[0]")]
    [TestCase("PUT", "/api/bodies/{body}/members", "[null]", "[0]")]
    [TestCase("POST", "/api/meetings/{meeting}/paragraphs", "{\"agendaItemId\":\"{item}\",\"kind\":\"Narrative\",\"text\":\"The Chair opened the meeting.\",\"items\":[\"first\",null]}", "items[1]")]
    public async Task A_null_inside_a_list_is_answered_400_naming_the_entry(string method, string path, string body, string field)
    {
        var response = await SendAsync(method, path, body);

        await AssertRefusedAsync(response, field);
    }

    [Test]
    public async Task A_meeting_numbered_above_999_is_answered_400_naming_the_number_because_its_title_is_in_words()
    {
        var body = (await Bodies.CreateBodyAsync(_secretariat)).Id;
        var response = await _secretariat.PostAsJsonAsync("/api/meetings", MeetingApi.At(body, number: 1000), MeetingsApp.Json);

        await AssertRefusedAsync(response, "number", "999");
        var accepted = await _secretariat.PostAsJsonAsync("/api/meetings", MeetingApi.At(body, number: 999), MeetingsApp.Json);
        Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.Created), await accepted.ExplainAsync());
        Assert.That((await accepted.ReadAsync<MeetingDto>()).Title, Does.StartWith("nine hundred and ninety-ninth meeting"));

        // The next number would be the thousandth: a rule of the meeting, not a crash.
        var next = await _secretariat.PostAsJsonAsync("/api/meetings", MeetingApi.At(body), MeetingsApp.Json);
        Assert.That(next.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), await next.ExplainAsync());
    }

    [Test]
    public async Task A_session_numbered_above_999_is_answered_400_naming_the_number()
    {
        var response = await _secretariat.PostAsJsonAsync("/api/sessions",
            new { bodyId = _body, number = 1000, startsOn = "2031-03-03", endsOn = "2031-03-05", venue = "Nairobi" }, MeetingsApp.Json);

        await AssertRefusedAsync(response, "number", "999");
    }

    [Test]
    public async Task A_meeting_in_the_year_1_is_refused_when_scheduled_and_when_moved_there()
    {
        var created = await _secretariat.PostAsJsonAsync("/api/meetings",
            MeetingApi.At(_body, startsAt: "0001-01-01T10:00:00+00:00", endsAt: "0001-01-01T13:00:00+00:00"), MeetingsApp.Json);
        await AssertRefusedAsync(created, "startsAt", "1945");

        var meeting = await MeetingApi.CreateMeetingAsync(_secretariat, _body);
        var moved = await _secretariat.PatchAsJsonAsync($"/api/meetings/{meeting.Id}",
            new { startsAt = "0001-01-01T10:00:00+00:00", endsAt = "0001-01-01T13:00:00+00:00", version = meeting.Version }, MeetingsApp.Json);
        await AssertRefusedAsync(moved, "startsAt", "2100");

        var tooLate = await _secretariat.PostAsJsonAsync("/api/meetings",
            MeetingApi.At(_body, startsAt: "2101-01-01T10:00:00+03:00", endsAt: "2101-01-01T13:00:00+03:00"), MeetingsApp.Json);
        await AssertRefusedAsync(tooLate, "startsAt");
    }

    [TestCase("\u0000")]
    [TestCase("\u001b[2J")]
    [TestCase("\u0007")]
    public async Task A_control_character_in_any_text_is_answered_400_naming_the_field(string control)
    {
        var meeting = JsonSerializer.SerializeToNode(MeetingApi.At(_body), MeetingsApp.Json)!.AsObject();
        meeting["venue"] = $"UNON{control}Conference Room 4";
        meeting["chair"]!["name"] = $"Pedro{control}";
        var response = await _secretariat.PostAsJsonAsync("/api/meetings", meeting, MeetingsApp.Json);
        await AssertRefusedAsync(response, "venue", "control character");
        await AssertRefusedAsync(response, "chair.name");

        var paragraph = await _secretariat.PostAsJsonAsync($"/api/meetings/{_meeting}/paragraphs",
            new { agendaItemId = _item, kind = "Narrative", text = "Noted.", items = new[] { $"first{control}" } }, MeetingsApp.Json);
        await AssertRefusedAsync(paragraph, "items[0]");
    }

    [Test]
    public async Task A_nul_in_a_sign_in_is_bad_input_not_a_server_error_on_either_engine()
    {
        // PostgreSQL cannot store or even compare a NUL; the sign-in reads it without a use case's checks.
        var response = await App.Anonymous().PostAsJsonAsync("/api/auth/login",
            new { email = "officer\u0000@test.unhabitat.org", password = "x\u0000" }, MeetingsApp.Json);

        Assert.That((int)response.StatusCode, Is.InRange(400, 499), await response.ExplainAsync());
    }

    [Test]
    public async Task Tabs_and_line_breaks_stay_allowed_in_text()
    {
        var response = await _secretariat.PostAsJsonAsync($"/api/meetings/{_meeting}/paragraphs",
            new { agendaItemId = _item, kind = "Narrative", text = "The Chair\topened the meeting.\r\nThe agenda was adopted." }, MeetingsApp.Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.ExplainAsync());
    }

    [Test]
    public async Task The_summary_docx_and_pdf_are_printed_even_when_a_control_character_was_stored_before_they_were_refused()
    {
        var meeting = (await MeetingApi.CreateMeetingAsync(_secretariat, _body)).Id;
        var item = MeetingApi.ItemId((await MeetingApi.AddAgendaItemAsync(_secretariat, meeting, "Implementation of resolutions")), "Implementation of resolutions");
        var paragraph = await _secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/paragraphs",
            new { agendaItemId = item, kind = "Narrative", text = "No other business was raised." }, MeetingsApp.Json);
        Assert.That(paragraph.StatusCode, Is.EqualTo(HttpStatusCode.Created), await paragraph.ExplainAsync());

        // A vertical tab pasted from a word processor, stored by an earlier version (XML cannot hold it).
        await App.WithDbAsync(db => db.Meetings.Where(m => m.Id == meeting).ExecuteUpdateAsync(s => s.SetProperty(m => m.Venue, "UNON\u000bConference Room 4")));
        await App.WithDbAsync(db => db.RecordParagraphs.ExecuteUpdateAsync(s => s.SetProperty(p => p.Text, "No other\u000b business was raised.")));

        var response = await _secretariat.GetAsync($"/api/meetings/{meeting}/summary.docx");

        using var document = await WordFile.ReadAsync(response);
        var text = document.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.That(text, Does.Contain("UNONConference Room 4"));
        Assert.That(text, Does.Contain("No other business was raised."));

        var pdf = await _secretariat.GetAsync($"/api/meetings/{meeting}/summary.pdf");
        Assert.That(pdf.StatusCode, Is.EqualTo(HttpStatusCode.OK), await pdf.ExplainAsync());
    }

    [TestCase("attribution")]
    [TestCase("documentDistribution")]
    [TestCase("kind")]
    public async Task A_number_outside_an_enum_is_answered_400_naming_the_field(string field)
    {
        var body = JsonSerializer.SerializeToNode(Bodies.Working(), MeetingsApp.Json)!.AsObject();
        body[field] = 99;

        var response = await _secretariat.PostAsJsonAsync("/api/bodies", body, MeetingsApp.Json);

        await AssertRefusedAsync(response, field, "99");
    }

    [Test]
    public async Task A_name_outside_an_enum_is_answered_400_listing_the_names()
    {
        var body = JsonSerializer.SerializeToNode(Bodies.Working(), MeetingsApp.Json)!.AsObject();
        body["attribution"] = "Loudly";

        var response = await _secretariat.PostAsJsonAsync("/api/bodies", body, MeetingsApp.Json);

        await AssertRefusedAsync(response, "attribution", "Anonymous");
    }

    [Test]
    public async Task The_api_document_lists_the_names_an_enum_accepts()
    {
        // The OpenAPI document is JSON of its own (not the application's DTOs): read as sent.
        var document = await App.Anonymous().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var attribution = document.GetProperty("components").GetProperty("schemas").GetProperty("AttributionPolicy");
        Assert.That(attribution.GetProperty("enum").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { "Anonymous", "Named", "NamedCapitals" }));
    }

    [TestCase("posixrules", "IANA")]
    [TestCase("E. Africa Standard Time", "Africa/Nairobi")]
    [TestCase("Africa/Atlantis", "IANA")]
    public async Task A_time_zone_that_is_not_an_iana_zone_is_answered_400_naming_the_field(string zone, string hint)
    {
        var meeting = JsonSerializer.SerializeToNode(MeetingApi.At(_body), MeetingsApp.Json)!.AsObject();
        meeting["timeZone"] = zone;

        var response = await _secretariat.PostAsJsonAsync("/api/meetings", meeting, MeetingsApp.Json);

        await AssertRefusedAsync(response, "timeZone", hint);
    }

    [Test]
    public async Task A_value_of_the_wrong_kind_is_problem_json_keyed_by_the_field_as_sent()
    {
        var meeting = JsonSerializer.SerializeToNode(MeetingApi.At(_body), MeetingsApp.Json)!.AsObject();
        meeting["startsAt"] = 5;
        meeting["chair"]!["name"] = true;

        var response = await _secretariat.PostAsJsonAsync("/api/meetings", meeting, MeetingsApp.Json);

        // System.Text.Json stops at the first value it cannot read.
        await AssertRefusedAsync(response, "startsAt", "date and time");
        Assert.That((await response.ProblemAsync()).Errors.Keys, Has.None.StartsWith("$"));
    }

    [TestCase("{\"venue\": ")]
    [TestCase("{'venue': 'UNON'}")]
    [TestCase("[1, 2")]
    public async Task Json_that_cannot_be_read_is_problem_json_naming_the_body(string json)
    {
        var response = await _secretariat.PostAsync(new Uri("/api/meetings", UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));

        await AssertRefusedAsync(response, "body");
    }

    [Test]
    public async Task A_huge_value_is_never_echoed_back()
    {
        var meeting = JsonSerializer.SerializeToNode(MeetingApi.At(_body), MeetingsApp.Json)!.AsObject();
        meeting["timeZone"] = new string('x', 8 * 1024 * 1024);

        var response = await _secretariat.PostAsJsonAsync("/api/meetings", meeting, MeetingsApp.Json);

        await AssertRefusedAsync(response, "timeZone");
        Assert.That((await response.Content.ReadAsByteArrayAsync()).Length, Is.LessThan(8 * 1024));
    }

    private async Task<HttpResponseMessage> SendAsync(string method, string path, string body)
    {
        var meetingVersion = (await (await _secretariat.GetAsync($"/api/meetings/{_meeting}/attendance")).ReadAsync<AttendanceDto>()).Version;
        var request = new HttpRequestMessage(new HttpMethod(method), path.Replace("{meeting}", _meeting.ToString(), StringComparison.Ordinal).Replace("{body}", _body.ToString(), StringComparison.Ordinal))
        {
            Content = new StringContent(body.Replace("{item}", _item.ToString(), StringComparison.Ordinal), Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("If-Match", $"\"{meetingVersion}\"");
        return await _secretariat.SendAsync(request);
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string field, string? words = null)
    {
        var text = await response.Content.ReadAsStringAsync();
        var explained = $"{(int)response.StatusCode}: {text}";
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), explained);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), explained);
        var errors = (await TypedReadsB.ProblemFromTextAsync(response.StatusCode, text)).Errors;
        Assert.That(errors.Keys, Does.Contain(field), explained);
        if (words is not null)
        {
            Assert.That(errors[field], Has.Some.Contains(words), explained);
        }
    }
}
