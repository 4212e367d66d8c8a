using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Infrastructure.DemoData;
using UnHabitat.Meetings.Testing;
using UnHabitat.Meetings.Web.Tests.Support;

namespace UnHabitat.Meetings.Web.Tests;

[TestFixture]
[Category("Database")]
public sealed class DemoDataTests
{
    private static readonly Dictionary<string, string?> WithDemo = new() { ["Demo:Load"] = "true" };

    [Test]
    public async Task The_demo_loads_the_governing_bodies_and_a_user_for_each_role_once()
    {
        var database = await TestDatabase.CreateAsync();
        try
        {
            await using (var first = new MeetingsApp(database, WithDemo))
            {
                var officer = first.WithToken(await first.TokenAsync("secretariat@demo.unhabitat.org", DemoDataLoader.Password));
                var bodies = await officer.GetFromJsonAsync<List<JsonElement>>("/api/bodies", MeetingsApp.Json);
                var byShortName = bodies!.ToDictionary(b => b.GetProperty("shortName").GetString()!);

                Assert.That(byShortName.Keys, Is.SupersetOf(new[] { "Assembly", "Executive Board", "PBA", "Joint Bureaux", "ICG Communications" }));
                Assert.That(byShortName["PBA"].GetProperty("summaryStyle").GetString(), Is.EqualTo("Numbered"));
                Assert.That(byShortName["PBA"].GetProperty("parentBodyId").GetString(), Is.EqualTo(byShortName["Executive Board"].GetProperty("id").GetString()));
                Assert.That(byShortName["ICG Communications"].GetProperty("summaryStyle").GetString(), Is.EqualTo("Tabular"));
                Assert.That(byShortName["ICG Communications"].GetProperty("members").EnumerateArray().Select(m => m.GetProperty("memberState").GetString()),
                    Is.EquivalentTo(new[] { "CN", "FR", "KE", "MX", "PL" }));

                var chair = await first.TokenAsync("chair.pba@demo.unhabitat.org", DemoDataLoader.Password);
                Assert.That(byShortName["PBA"].GetProperty("chairUserIds").GetArrayLength(), Is.EqualTo(1), chair);
                var users = await (await first.AdministratorAsync()).GetFromJsonAsync<List<JsonElement>>("/api/users", MeetingsApp.Json);
                Assert.That(users!.Single(u => u.GetProperty("email").GetString() == "delegate.kenya@demo.unhabitat.org").GetProperty("memberState").GetString(), Is.EqualTo("KE"));
            }

            await using var second = new MeetingsApp(database, WithDemo);
            _ = second.Server;
            Assert.That(await second.WithDbAsync(db => db.Bodies.CountAsync()), Is.EqualTo(6));
            Assert.That(await second.WithDbAsync(db => db.Users.CountAsync()), Is.EqualTo(1 + DemoDataLoader.Users.Count));
        }
        finally
        {
            await database.DisposeAsync();
        }
    }
}
