using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace UnHabitat.Meetings.Benchmarks;

/// <summary>Signing in to a running application's API, for the benchmarks that drive it over HTTP.</summary>
internal static class ApiSignIn
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<string> TokenAsync(HttpClient client, string email, string password)
    {
        using var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password }, Json);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("accessToken").GetString()!;
    }

    /// <summary>A client for <paramref name="baseUrl"/> carrying the user's bearer token.</summary>
    public static async Task<HttpClient> ClientAsync(Uri baseUrl, string email, string password)
    {
        var client = new HttpClient { BaseAddress = baseUrl };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(client, email, password));
        return client;
    }

    /// <summary>
    /// Posts a step with the version of the thing it changes, read just before from the step's parent address (the
    /// agenda, the document …), as the API requires of every command that changes something.
    /// </summary>
    public static async Task<HttpResponseMessage> VersionedPostAsync(HttpClient client, string url, object? body = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body ?? new { }, options: Json) };
        using var read = await client.GetAsync(url[..url.LastIndexOf('/')]);
        if (read.IsSuccessStatusCode && (await read.Content.ReadFromJsonAsync<JsonElement>(Json)).TryGetProperty("version", out var version))
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{version.GetInt32()}\""));
        }

        return await client.SendAsync(request);
    }
}
