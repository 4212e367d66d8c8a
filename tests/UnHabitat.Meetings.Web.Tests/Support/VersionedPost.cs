using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace UnHabitat.Meetings.Web.Tests.Support;

/// <summary>
/// Posting a step as a client must: with the version of the thing it changes, just read (If-Match; a "version" in
/// the body wins). Where the caller may not read it, no version is sent. Also linked into the benchmarks, which
/// drive a running application the same way (so no NUnit and no test host here).
/// </summary>
public static class VersionedPost
{
    private static readonly JsonSerializerOptions Read = new(JsonSerializerDefaults.Web);

    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, string url, object? body, JsonSerializerOptions json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body ?? new { }, options: json) };
        using var read = await client.GetAsync(ReadUrl(url, body));
        if (read.IsSuccessStatusCode && VersionIn(await read.Content.ReadFromJsonAsync<JsonElement>(Read)) is { } version)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{version}\""));
        }

        return await client.SendAsync(request);
    }

    // Where the thing a step changes is read: the meeting, its agenda or summary, the document, the day's journal.
    private static string ReadUrl(string url, object? body)
    {
        var path = url[..url.LastIndexOf('/')];
        if (path.EndsWith("/journal", StringComparison.Ordinal))
        {
            var date = body?.GetType().GetProperty("date")?.GetValue(body);
            return $"{path}?date={date}";
        }

        return path;
    }

    private static int? VersionIn(JsonElement read)
    {
        if (read.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (read.TryGetProperty("version", out var version) && version.ValueKind == JsonValueKind.Number)
        {
            return version.GetInt32();
        }

        return read.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Object).Select(p => VersionIn(p.Value)).FirstOrDefault(v => v is not null);
    }
}
