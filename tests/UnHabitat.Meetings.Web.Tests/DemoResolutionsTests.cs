using System.Net.Http.Json;
using System.Text.Json;
using UnHabitat.Meetings.Infrastructure.DemoData;
using UnHabitat.Meetings.Testing;
using UnHabitat.Meetings.Web.Tests.Support;

namespace UnHabitat.Meetings.Web.Tests;

[TestFixture]
[Category("Database")]
public sealed class DemoResolutionsTests
{
    [Test]
    public async Task The_demo_has_the_briefings_resolutions_and_resolution_2_7_leads_to_the_56th_PBA_meeting()
    {
        var database = await TestDatabase.CreateAsync();
        try
        {
            await using var app = new MeetingsApp(database, new Dictionary<string, string?> { ["Demo:Load"] = "true" });
            var kenya = app.WithToken(await app.TokenAsync("delegate.kenya@demo.unhabitat.org", DemoDataLoader.Password));

            var resolutions = await kenya.GetFromJsonAsync<List<JsonElement>>("/api/resolutions", MeetingsApp.Json);
            var assembly = resolutions![0].GetProperty("bodyId").GetGuid();
            var briefing = await kenya.GetFromJsonAsync<JsonElement>($"/api/reports/implementation/briefing?bodyId={assembly}&period={Uri.EscapeDataString(DemoResolutions.Period)}", MeetingsApp.Json);
            var housing = resolutions.Single(r => r.GetProperty("symbol").GetString() == "HSP/HA.2/RES.7");
            var history = await kenya.GetFromJsonAsync<JsonElement>($"/api/resolutions/{housing.GetProperty("id")}/history", MeetingsApp.Json);

            Assert.That(resolutions.Select(r => r.GetProperty("symbol").GetString()), Is.EqualTo(DemoResolutions.All.Select(r => r.Symbol)));
            Assert.That(briefing.GetProperty("pages").GetArrayLength(), Is.EqualTo(13));
            Assert.That(history.GetProperty("discussions").EnumerateArray().Select(d => $"{d.GetProperty("meeting").GetString()} | {d.GetProperty("agendaItem").GetString()}"),
                Has.Some.StartsWith("fifty-sixth meeting of").And.Some.Contains("| 2 (b) Preparations for the first session"));
        }
        finally
        {
            await database.DisposeAsync();
        }
    }
}
