using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using UnHabitat.Meetings.Web.Tests.Support;

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

    /// <summary>Posts a step with the version of the thing it changes, as the Web tests do (one helper for both).</summary>
    public static async Task<HttpResponseMessage> VersionedPostAsync(HttpClient client, string url, object? body = null) =>
        await VersionedPost.SendAsync(client, url, body, Json);
}
