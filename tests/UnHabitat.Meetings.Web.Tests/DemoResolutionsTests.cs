using UnHabitat.Meetings.Application.Resolutions;
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

            var resolutions = await (await kenya.GetAsync("/api/resolutions")).ReadAsync<List<ResolutionDto>>();
            var assembly = resolutions[0].BodyId;
            var briefing = await (await kenya.GetAsync($"/api/reports/implementation/briefing?bodyId={assembly}&period={Uri.EscapeDataString(DemoResolutions.Period)}")).ReadAsync<BriefingDto>();
            var housing = resolutions.Single(r => r.Symbol == "HSP/HA.2/RES.7");
            var history = await (await kenya.GetAsync($"/api/resolutions/{housing.Id}/history")).ReadAsync<ResolutionHistoryDto>();

            Assert.That(resolutions.Select(r => r.Symbol), Is.EqualTo(DemoResolutions.All.Select(r => r.Symbol)));
            Assert.That(briefing.Pages, Has.Count.EqualTo(13));
            Assert.That(history.Discussions.Select(d => $"{d.Meeting} | {d.AgendaItem}"),
                Has.Some.StartsWith("fifty-sixth meeting of").And.Some.Contains("| 2 (b) Preparations for the first session"));
        }
        finally
        {
            await database.DisposeAsync();
        }
    }
}
