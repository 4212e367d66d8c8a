using System.Net.Http.Json;
using UnHabitat.Meetings.Application.Agendas;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Records;

namespace UnHabitat.Meetings.Web.Tests.Support;

/// <summary>Meetings and agendas as the Secretariat creates them through the API.</summary>
public static class MeetingApi
{
    public static object At(Guid bodyId, string startsAt = "2024-10-16T10:00:00+03:00", string endsAt = "2024-10-16T13:00:00+03:00", int? number = null, bool? startFromPreviousAgenda = null) => new
    {
        bodyId,
        number,
        startsAt,
        endsAt,
        timeZone = "Africa/Nairobi",
        venue = "UNON Conference Room 4",
        modality = "InPerson",
        chair = new { honorific = "H.E. Dr.", name = "Pedro Leon Cortes Ruiz", function = "Permanent Representative of the Republic of Colombia to UN-Habitat" },
        startFromPreviousAgenda,
    };

    /// <summary>A meeting of three hours from <paramref name="startsAt"/>, in the same offset.</summary>
    public static object ThreeHoursFrom(Guid bodyId, string startsAt)
    {
        var endsAt = DateTimeOffset.Parse(startsAt, System.Globalization.CultureInfo.InvariantCulture).AddHours(3);
        return At(bodyId, startsAt, endsAt.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The meeting created, read as the Application's <see cref="MeetingDto"/>.</summary>
    public static async Task<MeetingDto> CreateMeetingAsync(HttpClient client, Guid bodyId, object? meeting = null) =>
        await (await PostMeetingAsync(client, bodyId, meeting)).ReadAsync<MeetingDto>();

    /// <summary>
    /// A new meeting of <paramref name="bodyId"/> and the id of the first item its agenda starts with
    /// (adoption of the agenda): where a test needs somewhere to record an intervention.
    /// </summary>
    public static async Task<(Guid Meeting, Guid Item)> CreateMeetingWithItemAsync(HttpClient client, Guid bodyId)
    {
        var meeting = (await CreateMeetingAsync(client, bodyId)).Id;
        return (meeting, (await ReadAgendaAsync(client, meeting)).Items[0].Id);
    }

    /// <summary>The meeting's agenda, read as the Application's <see cref="AgendaDto"/>.</summary>
    public static async Task<AgendaDto> ReadAgendaAsync(HttpClient client, Guid meetingId) =>
        await (await client.GetAsync($"/api/meetings/{meetingId}/agenda")).ReadAsync<AgendaDto>();

    private static async Task<HttpResponseMessage> PostMeetingAsync(HttpClient client, Guid bodyId, object? meeting)
    {
        var response = await client.PostAsJsonAsync("/api/meetings", meeting ?? At(bodyId), MeetingsApp.Json);
        Assert.That((int)response.StatusCode, Is.EqualTo(201), await response.ExplainAsync());
        return response;
    }

    /// <summary>Adds an item with the agenda's version just read; the agenda after it, as the Application's <see cref="AgendaDto"/>.</summary>
    public static async Task<AgendaDto> AddAgendaItemAsync(HttpClient client, Guid meetingId, string title, Guid? parentId = null, int? position = null)
    {
        var version = (await ReadAgendaAsync(client, meetingId)).Version;
        var response = await client.PostAsJsonAsync($"/api/meetings/{meetingId}/agenda/items", new { title, parentId, position, version }, MeetingsApp.Json);
        Assert.That((int)response.StatusCode, Is.EqualTo(201), await response.ExplainAsync());
        return await response.ReadAsync<AgendaDto>();
    }

    /// <summary>Records a statement by Kenya on <paramref name="itemId"/>; the intervention as recorded.</summary>
    public static async Task<InterventionDto> AddInterventionAsync(HttpClient client, Guid meetingId, Guid itemId, string text)
    {
        var response = await client.PostAsJsonAsync($"/api/meetings/{meetingId}/interventions",
            new { agendaItemId = itemId, text, speaker = new { kind = "MemberState", memberState = "KE" } }, MeetingsApp.Json);
        Assert.That((int)response.StatusCode, Is.EqualTo(201), await response.ExplainAsync());
        return await response.ReadAsync<InterventionDto>();
    }

    /// <summary>Replaces the attendance as an officer would: with the version just read (If-Match).</summary>
    public static async Task<HttpResponseMessage> PutAttendanceAsync(HttpClient client, Guid meetingId, object lines)
    {
        var version = (await (await client.GetAsync($"/api/meetings/{meetingId}/attendance")).ReadAsync<AttendanceDto>()).Version;
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/meetings/{meetingId}/attendance") { Content = JsonContent.Create(lines, options: MeetingsApp.Json) };
        request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{version}\""));
        return await client.SendAsync(request);
    }

    public static async Task<HttpResponseMessage> StepAsync(HttpClient client, Guid meetingId, string step, object? body = null) =>
        await VersionedPostAsync(client, $"/api/meetings/{meetingId}/agenda/{step}", body);

    /// <summary>
    /// Posts a step as a client must: with the version of the thing it changes, just read (If-Match; a
    /// "version" in the body wins). Where the caller may not read it, no version is sent.
    /// </summary>
    public static async Task<HttpResponseMessage> VersionedPostAsync(HttpClient client, string url, object? body = null) =>
        await VersionedPost.SendAsync(client, url, body, MeetingsApp.Json);

    /// <summary>Every item of the agenda as "number title", in reading order.</summary>
    public static IEnumerable<string> Outline(AgendaDto agenda) => Walk(agenda.Items);

    public static Guid ItemId(AgendaDto agenda, string title) => All(agenda.Items).Single(i => i.Title == title).Id;

    private static IEnumerable<string> Walk(IEnumerable<AgendaItemDto> items) =>
        items.SelectMany(i => new[] { $"{i.Number} {i.Title}" }.Concat(Walk(i.Children)));

    private static IEnumerable<AgendaItemDto> All(IEnumerable<AgendaItemDto> items) => items.SelectMany(i => new[] { i }.Concat(All(i.Children)));
}
