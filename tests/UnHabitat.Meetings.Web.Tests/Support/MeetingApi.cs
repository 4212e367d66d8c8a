using System.Net.Http.Json;
using System.Text.Json;

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

    public static async Task<JsonElement> CreateAsync(HttpClient client, Guid bodyId, object? meeting = null)
    {
        var response = await client.PostAsJsonAsync("/api/meetings", meeting ?? At(bodyId), MeetingsApp.Json);
        Assert.That((int)response.StatusCode, Is.EqualTo(201), await response.ExplainAsync());
        return await response.JsonAsync();
    }

    public static async Task<JsonElement> AgendaAsync(HttpClient client, Guid meetingId) =>
        await (await client.GetAsync($"/api/meetings/{meetingId}/agenda")).JsonAsync();

    public static async Task<JsonElement> AddItemAsync(HttpClient client, Guid meetingId, string title, Guid? parentId = null, int? position = null)
    {
        var version = (await AgendaAsync(client, meetingId)).GetProperty("version").GetInt32();
        var response = await client.PostAsJsonAsync($"/api/meetings/{meetingId}/agenda/items", new { title, parentId, position, version }, MeetingsApp.Json);
        Assert.That((int)response.StatusCode, Is.EqualTo(201), await response.ExplainAsync());
        return await response.JsonAsync();
    }

    /// <summary>Replaces the attendance as an officer would: with the version just read (If-Match).</summary>
    public static async Task<HttpResponseMessage> PutAttendanceAsync(HttpClient client, Guid meetingId, object lines)
    {
        var version = (await (await client.GetAsync($"/api/meetings/{meetingId}/attendance")).JsonAsync()).GetProperty("version").GetInt32();
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
    public static IEnumerable<string> Outline(JsonElement agenda) => Walk(agenda.GetProperty("items"));

    public static Guid ItemId(JsonElement agenda, string title) =>
        All(agenda.GetProperty("items")).Single(i => i.GetProperty("title").GetString() == title).GetProperty("id").GetGuid();

    private static IEnumerable<string> Walk(JsonElement items) =>
        items.EnumerateArray().SelectMany(i => new[] { $"{i.GetProperty("number").GetString()} {i.GetProperty("title").GetString()}" }.Concat(Walk(i.GetProperty("children"))));

    private static IEnumerable<JsonElement> All(JsonElement items) =>
        items.EnumerateArray().SelectMany(i => new[] { i }.Concat(All(i.GetProperty("children"))));
}
