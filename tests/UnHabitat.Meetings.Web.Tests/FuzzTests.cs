using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using UnHabitat.Meetings.Application.Agendas;
using UnHabitat.Meetings.Application.Bodies;
using UnHabitat.Meetings.Application.Documents;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Records;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Web.Tests.Support;

namespace UnHabitat.Meetings.Web.Tests;

/// <summary>
/// Malformed input over every write route of the API, generated from the application's own OpenAPI
/// document: wrong types, nulls, nulls in lists, huge and control-character strings, numbers, dates and
/// enum values out of range, broken JSON, odd charsets, no body, unknown ids; mostly as a Secretariat
/// officer, some as the other roles and anonymously. Deterministic from its seed (FUZZ_SEED overrides it).
/// Whatever is sent, the answer is never a 5xx, and a 400 is problem details naming a field of the request.
/// </summary>
[TestFixture]
[Category("Fuzz")]
public sealed partial class FuzzTests : AppFixture
{
    private const int Requests = 5_200;
    private const int DefaultSeed = 20261205;

    private static readonly string[] Writes = ["post", "put", "patch", "delete"];

    private readonly Dictionary<string, HttpClient> _clients = [];
    private readonly Dictionary<string, List<string>> _ids = [];
    private JsonElement _openApi;

    protected override async Task OnStartedAsync()
    {
        var secretariat = await App.UserAsync(Roles.Secretariat);
        var chair = await App.UserAsync(Roles.Chair);
        _clients[Roles.Secretariat] = secretariat.Client;
        _clients[Roles.Chair] = chair.Client;
        _clients[Roles.Delegation] = (await App.UserAsync(Roles.Delegation, "KE")).Client;
        _clients[Roles.Administrator] = await App.AdministratorAsync();
        _clients["Anonymous"] = App.Anonymous();

        // Something real behind the ids, so that requests get past "not found" into validation.
        var body = (await Bodies.CreateBodyAsync(secretariat.Client, Bodies.Working(chairUserIds: [chair.Id]))).Id;
        var meeting = (await MeetingApi.CreateMeetingAsync(secretariat.Client, body)).Id;
        var item = MeetingApi.ItemId((await MeetingApi.AddAgendaItemAsync(secretariat.Client, meeting, "Implementation of resolutions")), "Implementation of resolutions");
        Remember("body", body);
        Remember("user", chair.Id);
        Remember("meeting", meeting);
        Remember("item", item);
        var intervention = await secretariat.Client.PostAsJsonAsync($"/api/meetings/{meeting}/interventions",
            new { agendaItemId = item, speaker = new { kind = "MemberState", memberState = "KE" }, text = "highlighted the need for data." }, MeetingsApp.Json);
        if (intervention.StatusCode == HttpStatusCode.Created)
        {
            Remember("intervention", (await intervention.ReadAsync<InterventionDto>()).Id);
        }

        var document = await secretariat.Client.PostAsJsonAsync($"/api/meetings/{meeting}/documents",
            new { symbol = "HSP/EB.2026/1", title = "Provisional agenda", category = "Agenda", distribution = "General", originalLanguage = "en" }, MeetingsApp.Json);
        if (document.StatusCode == HttpStatusCode.Created)
        {
            Remember("document", (await document.ReadAsync<DocumentDto>()).Id);
        }

        using var openApi = JsonDocument.Parse(await App.Anonymous().GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        _openApi = openApi.RootElement.Clone();
    }

    [Test]
    [MaxTime(120_000)]
    public async Task Five_thousand_malformed_requests_over_every_write_route_get_no_5xx_and_every_400_names_a_field()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_SEED"), CultureInfo.InvariantCulture, out var s) ? s : DefaultSeed;
        var random = new Random(seed);
        var routes = WriteRoutes();
        Assert.That(routes, Has.Count.GreaterThanOrEqualTo(30), "the OpenAPI document lists the write routes");

        var failures = new List<string>();
        var statuses = new SortedDictionary<int, int>();
        var perRoute = routes.ToDictionary(r => r.Key, _ => 0);
        var clock = Stopwatch.StartNew();
        for (var n = 0; n < Requests; n++)
        {
            var route = routes[n % routes.Count];
            var (request, role, what) = Build(route, random);
            HttpResponseMessage response;
            try
            {
                response = await _clients[role].SendAsync(request);
            }
            catch (Exception e) when (e is HttpRequestException or InvalidOperationException)
            {
                failures.Add($"{route.Key} as {role}, {what}: the request failed: {e.Message}");
                continue;
            }

            perRoute[route.Key]++;
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            var text = await response.Content.ReadAsStringAsync();
            if (status >= 500)
            {
                failures.Add($"{route.Key} as {role}, {what}: {status} {Cut(text)}");
            }
            else if (status == 400 && Check400(route, response, text) is { } problem)
            {
                failures.Add($"{route.Key} as {role}, {what}: {problem}");
            }
            else if (status is 200 or 201 && request.Method == HttpMethod.Post)
            {
                Harvest(route, text);
            }
        }

        TestContext.Out.WriteLine($"seed {seed}: {Requests} requests in {clock.Elapsed.TotalSeconds:F0} s; answers {string.Join(", ", statuses.Select(x => $"{x.Key}×{x.Value}"))}");
        Assert.Multiple(() =>
        {
            Assert.That(failures, Is.Empty, $"seed {seed}: {failures.Count} bad answers; the first:\n" + string.Join("\n", failures.Take(25)));
            Assert.That(perRoute.Where(r => r.Value == 0).Select(r => r.Key), Is.Empty, "every write route was tried");
            Assert.That(perRoute.Values.Sum(), Is.GreaterThanOrEqualTo(5_000));
        });
    }

    // ---- routes and schemas from the OpenAPI document ------------------------------------------------

    private sealed record Route(string Method, string Path, JsonElement? Body, string? MediaType, IReadOnlyList<(string Name, string In)> Parameters)
    {
        public string Key => $"{Method.ToUpperInvariant()} {Path}";
    }

    private List<Route> WriteRoutes()
    {
        var routes = new List<Route>();
        foreach (var path in _openApi.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => Writes.Contains(o.Name)))
            {
                var parameters = operation.Value.TryGetProperty("parameters", out var ps)
                    ? ps.EnumerateArray().Select(p => (p.GetProperty("name").GetString()!, p.GetProperty("in").GetString()!)).ToList()
                    : [];
                JsonElement? body = null;
                string? mediaType = null;
                if (operation.Value.TryGetProperty("requestBody", out var requestBody))
                {
                    var content = requestBody.GetProperty("content").EnumerateObject().First();
                    mediaType = content.Name;
                    body = content.Value.TryGetProperty("schema", out var schema) ? Resolve(schema) : null;
                }

                routes.Add(new Route(operation.Name, path.Name, body, mediaType, parameters));
            }
        }

        // Creations first, so that later rounds find what they created.
        return [.. routes.OrderBy(r => r.Method == "post" ? 0 : 1).ThenBy(r => r.Path, StringComparer.Ordinal)];
    }

    /// <summary>A schema with its $ref followed and "one of null or X" reduced to X.</summary>
    private JsonElement Resolve(JsonElement schema)
    {
        for (var depth = 0; depth < 10; depth++)
        {
            if (schema.TryGetProperty("$ref", out var reference))
            {
                var name = reference.GetString()!.Split('/')[^1];
                schema = _openApi.GetProperty("components").GetProperty("schemas").GetProperty(name);
            }
            else if (schema.TryGetProperty("oneOf", out var oneOf) || schema.TryGetProperty("anyOf", out oneOf))
            {
                schema = oneOf.EnumerateArray().FirstOrDefault(o => !(o.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == "null"));
            }
            else
            {
                break;
            }
        }

        return schema;
    }

    private static string TypeOf(JsonElement schema)
    {
        if (!schema.TryGetProperty("type", out var type))
        {
            return schema.TryGetProperty("properties", out _) ? "object" : "any";
        }

        if (type.ValueKind == JsonValueKind.String)
        {
            return type.GetString()!;
        }

        var types = type.EnumerateArray().Select(t => t.GetString()!).Where(t => t != "null").ToList();
        return types.Contains("integer") ? "integer" : types.FirstOrDefault() ?? "any";
    }

    /// <summary>The names a 400 may key its errors by: the body's fields, the route's and query's parameters, "body".</summary>
    private HashSet<string> FieldNames(Route route)
    {
        // "version" is also read from If-Match, on routes whose body has no field for it.
        var names = new HashSet<string>(route.Parameters.Select(p => p.Name), StringComparer.Ordinal) { "body", "version" };
        if (route.Body is { } body)
        {
            var schema = TypeOf(body) == "array" && body.TryGetProperty("items", out var items) ? Resolve(items) : body;
            if (schema.TryGetProperty("properties", out var properties))
            {
                names.UnionWith(properties.EnumerateObject().Select(p => p.Name));
            }
        }

        return names;
    }

    // ---- a plausible request, then something wrong with it ------------------------------------------

    private JsonNode? Plausible(JsonElement schema, string name, Random random, int depth = 0)
    {
        schema = Resolve(schema);
        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        if (schema.TryGetProperty("enum", out var choices) && choices.GetArrayLength() > 0)
        {
            return JsonNode.Parse(choices[random.Next(choices.GetArrayLength())].GetRawText());
        }

        switch (TypeOf(schema))
        {
            case "object" when depth < 4:
                var node = new JsonObject();
                if (schema.TryGetProperty("properties", out var properties))
                {
                    foreach (var property in properties.EnumerateObject())
                    {
                        node[property.Name] = Plausible(property.Value, property.Name, random, depth + 1);
                    }
                }

                return node;
            case "array" when depth < 4:
                return schema.TryGetProperty("items", out var items) ? new JsonArray(Plausible(items, name, random, depth + 1)) : new JsonArray();
            case "integer":
                return name == "version" ? random.Next(0, 3) : random.Next(1, 8);
            case "number":
                return 1.5;
            case "boolean":
                return random.Next(2) == 0;
            case "string" when format == "uuid":
                return Id(name, random);
            case "string" when format == "date-time":
                return "2030-03-05T10:00:00+03:00";
            case "string" when format == "date":
                return "2030-03-05";
            case "string":
                return PlausibleText(name, random);
            default:
                return null;
        }
    }

    private static string PlausibleText(string name, Random random) => name switch
    {
        "memberState" or "memberStates" => random.Next(3) == 0 ? "FR" : "KE",
        "timeZone" => "Africa/Nairobi",
        "email" => $"fuzz.{random.Next(1000)}@test.unhabitat.org",
        "password" => MeetingsApp.UserPassword,
        "symbol" => $"HSP/EB.2026/{random.Next(2, 99)}",
        "symbolPrefix" => "HSP/EB",
        "provisionalAgendaSymbol" => "HSP/EB.2026/1",
        "originalLanguage" or "languages" or "requiredLanguages" or "lang" => "en",
        "shortName" => "FZ-" + random.Next(100_000).ToString(CultureInfo.InvariantCulture),
        _ => "Noted with appreciation the report of the Executive Director.",
    };

    private string Id(string name, Random random)
    {
        var kind = name switch
        {
            "bodyId" or "parentBodyId" => "body",
            "meetingId" => "meeting",
            "agendaItemId" or "itemId" or "parentId" => "item",
            "interventionId" or "respondsTo" => "intervention",
            "documentId" => "document",
            "chairUserIds" or "userId" => "user",
            _ => "",
        };
        return _ids.TryGetValue(kind, out var known) && random.Next(10) > 0 ? known[random.Next(known.Count)] : Guid.NewGuid().ToString();
    }

    private (HttpRequestMessage Request, string Role, string What) Build(Route route, Random random)
    {
        var role = Role(route, random);
        var what = new StringBuilder();
        var path = Regex.Replace(route.Path, @"\{(\w+)\}", m => RouteValue(route, m.Groups[1].Value, random, what));
        var query = route.Parameters.Where(p => p.In == "query").Select(p => $"{p.Name}={Uri.EscapeDataString(QueryValue(random, what))}");
        var uri = path + (query.Any() ? "?" + string.Join('&', query) : "");
        var request = new HttpRequestMessage(new HttpMethod(route.Method.ToUpperInvariant()), new Uri(uri, UriKind.Relative));

        if (route.MediaType == "multipart/form-data")
        {
            request.Content = random.Next(3) switch
            {
                0 => new MultipartFormDataContent { { new StringContent("not a file"), "notes" } },
                1 => new ByteArrayContent(Encoding.UTF8.GetBytes("--broken\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n%PDF-")) { Headers = { { "Content-Type", "multipart/form-data; boundary=broken" } } },
                _ => JsonContent("{}", "application/json"),
            };
            return (request, role, what.Append("a malformed upload").ToString());
        }

        var baseline = route.Body is { } schema ? Plausible(schema, "", random) : null;
        var text = Mutate(baseline, random, what);
        if (text is not null || route.Body is not null)
        {
            request.Content = Content(text, random, what);
        }

        return (request, role, what.ToString());
    }

    private static string Role(Route route, Random random)
    {
        var roll = random.Next(100);
        if (route.Path == "/api/users" && roll < 70)
        {
            return Roles.Administrator;
        }

        return roll switch
        {
            < 80 => Roles.Secretariat,
            < 85 => Roles.Administrator,
            < 90 => Roles.Chair,
            < 95 => Roles.Delegation,
            _ => "Anonymous",
        };
    }

    private string RouteValue(Route route, string name, Random random, StringBuilder what)
    {
        if (name == "lang")
        {
            var lang = random.Next(6) switch { 0 => "xx", 1 => "EN", 2 => "e%20n", _ => "en" };
            what.Append(CultureInfo.InvariantCulture, $"lang {lang}; ");
            return lang;
        }

        if (random.Next(12) == 0)
        {
            what.Append("an unknown id; ");
            return Guid.NewGuid().ToString();
        }

        var kind = name switch
        {
            "meetingId" => "meeting",
            "itemId" => "item",
            "interventionId" => "intervention",
            "documentId" => "document",
            _ when route.Path.StartsWith("/api/bodies", StringComparison.Ordinal) => "body",
            _ when route.Path.StartsWith("/api/resolutions", StringComparison.Ordinal) => "resolution",
            _ => "meeting",
        };
        return _ids.TryGetValue(kind, out var known) ? known[random.Next(known.Count)] : Guid.NewGuid().ToString();
    }

    private static string QueryValue(Random random, StringBuilder what)
    {
        var value = random.Next(8) switch
        {
            0 => "abc",
            1 => "-1",
            2 => "99999999999",
            3 => "\u0000",
            _ => random.Next(0, 3).ToString(CultureInfo.InvariantCulture),
        };
        what.Append(CultureInfo.InvariantCulture, $"query {Escape(value)}; ");
        return value;
    }

    /// <summary>The body as JSON text, with one thing (or several) wrong with it; null for no body.</summary>
    private static string? Mutate(JsonNode? baseline, Random random, StringBuilder what)
    {
        var roll = random.Next(100);
        if (roll < 8 || baseline is null)
        {
            var whole = WholeBodies[random.Next(WholeBodies.Length)];
            what.Append(CultureInfo.InvariantCulture, $"body {Escape(Cut(whole ?? "(none)", 60))}");
            return whole;
        }

        var json = baseline.ToJsonString();
        if (roll < 14)
        {
            var cut = json[..random.Next(json.Length)];
            what.Append(CultureInfo.InvariantCulture, $"JSON cut off: {Escape(Cut(cut, 60))}");
            return cut;
        }

        if (roll < 18)
        {
            what.Append("the plausible body");
            return json;
        }

        // Replace one to three values somewhere in the body with a bad one; raw JSON goes in through a marker.
        var raw = new Dictionary<string, string>();
        var slots = Slots(baseline, "$").ToList();
        for (var i = 0; i < 1 + random.Next(3) && slots.Count > 0; i++)
        {
            var (parent, key, path) = slots[random.Next(slots.Count)];
            var marker = $"@@raw{i}@@";
            var bad = BadValues[random.Next(BadValues.Length)](random);
            raw[$"\"{marker}\""] = bad;
            what.Append(CultureInfo.InvariantCulture, $"{path} = {Escape(Cut(bad, 60))}; ");
            switch (parent)
            {
                case JsonObject o:
                    o[(string)key] = marker;
                    break;
                case JsonArray a:
                    a[(int)key] = marker;
                    break;
            }
        }

        var text = baseline.ToJsonString();
        foreach (var (marker, value) in raw)
        {
            text = text.Replace(marker, value, StringComparison.Ordinal);
        }

        return text;
    }

    private static IEnumerable<(JsonNode Parent, object Key, string Path)> Slots(JsonNode node, string path)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, value) in o.ToList())
                {
                    yield return (o, name, $"{path}.{name}");
                    if (value is not null)
                    {
                        foreach (var slot in Slots(value, $"{path}.{name}"))
                        {
                            yield return slot;
                        }
                    }
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    yield return (a, i, $"{path}[{i}]");
                    if (a[i] is { } item)
                    {
                        foreach (var slot in Slots(item, $"{path}[{i}]"))
                        {
                            yield return slot;
                        }
                    }
                }

                break;
        }
    }

    private static ByteArrayContent Content(string? text, Random random, StringBuilder what)
    {
        var roll = random.Next(100);
        switch (roll)
        {
            case < 3:
                // UTF-16 declared, an odd number of bytes sent.
                what.Append(" as utf-16 with an odd length");
                var bytes = Encoding.Unicode.GetBytes(text ?? "{}");
                return JsonBytes([.. bytes, (byte)'{'], "application/json; charset=utf-16");
            case < 5:
                what.Append(" as utf-16");
                return JsonBytes(Encoding.Unicode.GetBytes(text ?? "{}"), "application/json; charset=utf-16");
            case < 7:
                what.Append(" with charset=klingon");
                return JsonContent(text ?? "{}", "application/json; charset=klingon");
            case < 9:
                what.Append(" as text/plain");
                return JsonContent(text ?? "{}", "text/plain");
            case < 11:
                what.Append(" as invalid UTF-8");
                return JsonBytes([.. Encoding.UTF8.GetBytes("{\"text\": \""), 0xC3, 0x28, 0xFF, .. Encoding.UTF8.GetBytes("\"}")], "application/json");
            case < 13:
                what.Append(" without a content type");
                return new ByteArrayContent(Encoding.UTF8.GetBytes(text ?? ""));
            default:
                return JsonContent(text ?? "", "application/json");
        }
    }

    private static ByteArrayContent JsonContent(string text, string contentType) => JsonBytes(Encoding.UTF8.GetBytes(text), contentType);

    private static ByteArrayContent JsonBytes(byte[] bytes, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return content;
    }

    private static readonly string?[] WholeBodies =
    [
        null, "", " ", "null", "[]", "{}", "5", "\"text\"", "true", "[null]", "{\"a\":", "{]", "{\"a\" 1}", "{'a': 1}",
        "{\"a\":1}}", "\u0000", "{\"a\":\"\\ud800\"}", new string('[', 5_000) + new string(']', 5_000),
        "{" + string.Join(',', Enumerable.Range(0, 2_000).Select(i => $"\"f{i}\":{i}")) + "}", "NaN", "{\"version\": 1e400}",
    ];

    private static readonly Func<Random, string>[] BadValues =
    [
        _ => "null",
        _ => "0",
        _ => "-1",
        _ => "1000",
        _ => "2147483648",
        _ => "-9223372036854775809",
        _ => "1e400",
        _ => "1.5",
        _ => "99",
        _ => "true",
        _ => "\"\"",
        _ => "\"   \"",
        _ => "\"Nope\"",
        _ => "\"99\"",
        _ => "\"a\\u0000b\"",
        _ => "\"line\\u0007bell\\u001b[2J\"",
        _ => "\"\\ud800\"",
        _ => "\"\\uffff\"",
        r => "\"" + new string('x', r.Next(10) == 0 ? 1_000_000 : 70_000) + "\"",
        _ => "\"0001-01-01T00:00:00Z\"",
        _ => "\"9999-12-31T23:59:59+14:00\"",
        _ => "\"2100-12-31T23:00:00-12:00\"",
        _ => "\"1900-02-30\"",
        _ => "\"2024-13-45T99:99:99Z\"",
        _ => "\"yesterday\"",
        _ => "\"posixrules\"",
        _ => "\"E. Africa Standard Time\"",
        _ => "\"../../etc/passwd\"",
        _ => "\"00000000-0000-0000-0000-000000000000\"",
        _ => $"\"{Guid.Empty.ToString()[..8]}-not-a-guid\"",
        _ => "{}",
        _ => "{\"a\":1}",
        _ => "[]",
        _ => "[null]",
        _ => "[null,null]",
        _ => "[[]]",
        _ => "[{}]",
        _ => "[\"\\u0000\"]",
        _ => "[\"" + new string('y', 70_000) + "\"]",
    ];

    // ---- what is learned from the answers --------------------------------------------------------------

    private void Remember(string kind, Guid id)
    {
        if (!_ids.TryGetValue(kind, out var list))
        {
            _ids[kind] = list = [];
        }

        list.Add(id.ToString());
    }

    /// <summary>Ids of what a creation made, for the routes that act on it.</summary>
    private void Harvest(Route route, string text)
    {
        var kind = route.Path switch
        {
            "/api/bodies" => "body",
            "/api/meetings" => "meeting",
            "/api/resolutions" => "resolution",
            "/api/meetings/{meetingId}/agenda/items" => "item",
            "/api/meetings/{meetingId}/interventions" => "intervention",
            "/api/meetings/{meetingId}/documents" => "document",
            "/api/users" => "user",
            _ => null,
        };
        try
        {
            if (kind is not null && JsonNode.Parse(text)?["id"]?.GetValue<string>() is { } id && Guid.TryParse(id, out var guid))
            {
                Remember(kind, guid);
            }
        }
        catch (JsonException)
        {
        }
    }

    /// <summary>Why a 400 falls short: not problem+json, no errors, a key that names no field of the request, too long.</summary>
    private string? Check400(Route route, HttpResponseMessage response, string text)
    {
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return $"400 as {response.Content.Headers.ContentType?.MediaType ?? "no media type"}: {Cut(text)}";
        }

        if (text.Length > 64 * 1024)
        {
            return $"a 400 of {text.Length} characters echoes what was sent";
        }

        JsonElement errors;
        try
        {
            using var problem = JsonDocument.Parse(text);
            if (!problem.RootElement.TryGetProperty("errors", out errors) || errors.ValueKind != JsonValueKind.Object || !errors.EnumerateObject().Any())
            {
                return $"a 400 without errors by field: {Cut(text)}";
            }

            errors = errors.Clone();
        }
        catch (JsonException)
        {
            return $"a 400 that is not JSON: {Cut(text)}";
        }

        var names = FieldNames(route);
        var strangers = errors.EnumerateObject().Select(e => e.Name).Where(key => !names.Contains(TopField(key))).ToList();
        return strangers.Count == 0 ? null : $"errors keyed by {string.Join(", ", strangers)}, not fields of the request ({string.Join(", ", names)}): {Cut(text)}";
    }

    /// <summary>"chair.name" → "chair", "[0].memberState" → "memberState", "items[1]" → "items", "[0]" → "body".</summary>
    internal static string TopField(string key)
    {
        var rest = LeadingIndexes().Replace(key, "");
        if (rest.Length == 0)
        {
            return "body";
        }

        var end = rest.IndexOfAny(['.', '[']);
        return end < 0 ? rest : rest[..end];
    }

    private static string Cut(string text, int length = 300) => text.Length <= length ? text : text[..length] + "…";

    private static string Escape(string text) => Regex.Replace(text, @"[\x00-\x1f]", m => $"\\u{(int)m.Value[0]:x4}");

    [GeneratedRegex(@"^(\[\d+\]\.?)+")]
    private static partial Regex LeadingIndexes();
}
