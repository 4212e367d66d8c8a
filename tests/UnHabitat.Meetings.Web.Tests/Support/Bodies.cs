using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using UnHabitat.Meetings.Application.Bodies;

namespace UnHabitat.Meetings.Web.Tests.Support;

/// <summary>Bodies as a Secretariat officer would send them.</summary>
public static class Bodies
{
    public static object Working(string? shortName = null, Guid? parentBodyId = null, IReadOnlyList<Guid>? chairUserIds = null) => new
    {
        name = "Ad hoc working group on programmatic, budgetary and administrative matters",
        shortName = shortName ?? "PBA-" + Guid.NewGuid().ToString("N")[..8],
        kind = "WorkingGroup",
        symbolPrefix = "HSP/EB",
        parentBodyId,
        summaryStyle = "Numbered",
        attribution = "Anonymous",
        documentDeadlineDays = 7,
        chairUserIds = chairUserIds ?? [],
    };

    /// <summary>The UN-Habitat Assembly, the body that adopts resolutions.</summary>
    public static JsonObject Assembly() =>
        With(Working(), ("name", "United Nations Habitat Assembly"), ("kind", "Assembly"), ("symbolPrefix", "HSP/HA"));

    /// <summary><paramref name="body"/> as JSON, with the fields named (as on the wire) set otherwise.</summary>
    public static JsonObject With(object body, params (string Field, JsonNode? Value)[] changes)
    {
        var json = JsonSerializer.SerializeToNode(body, MeetingsApp.Json)!.AsObject();
        foreach (var (field, value) in changes)
        {
            json[field] = value;
        }

        return json;
    }

    /// <summary>
    /// Makes <paramref name="states"/> the body's members from <paramref name="from"/> (yyyy-MM-dd), as the
    /// Secretariat would: with the body's version just read (If-Match).
    /// </summary>
    public static async Task SetMembersAsync(HttpClient client, Guid bodyId, string from, params string[] states)
    {
        var version = (await (await client.GetAsync($"/api/bodies/{bodyId}")).ReadAsync<BodyDto>()).Version;
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/bodies/{bodyId}/members")
        {
            Content = JsonContent.Create(states.Select(s => new { memberState = s, from }), options: MeetingsApp.Json),
        };
        request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{version}\""));
        var response = await client.SendAsync(request);
        Assert.That((int)response.StatusCode, Is.EqualTo(200), await response.ExplainAsync());
    }

    /// <summary>The body created, read as the Application's <see cref="BodyDto"/>.</summary>
    public static async Task<BodyDto> CreateBodyAsync(HttpClient client, object? body = null) =>
        await (await PostAsync(client, body)).ReadAsync<BodyDto>();

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, object? body)
    {
        var response = await client.PostAsJsonAsync("/api/bodies", body ?? Working(), MeetingsApp.Json);
        Assert.That((int)response.StatusCode, Is.EqualTo(201), await response.ExplainAsync());
        return response;
    }
}
