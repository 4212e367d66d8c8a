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
}
