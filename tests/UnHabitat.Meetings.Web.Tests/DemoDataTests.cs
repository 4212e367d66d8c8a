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

    private static async Task TheReferenceMeetingsAreThereAsync(MeetingsApp app)
    {
        var anonymous = app.Anonymous();
        var meetings = await anonymous.GetFromJsonAsync<List<JsonElement>>("/api/meetings", MeetingsApp.Json);
        var pba56 = meetings!.Single(m => m.GetProperty("bodyShortName").GetString() == "PBA" && m.GetProperty("number").GetInt32() == 56);
        Assert.That(pba56.GetProperty("localStartsAt").GetString(), Is.EqualTo("2024-10-16T10:00:00+03:00"));
        Assert.That(pba56.GetProperty("venue").GetString(), Is.EqualTo("UNON Conference Room 4"));
        Assert.That(pba56.GetProperty("chair").GetProperty("name").GetString(), Is.EqualTo("Pedro Leon Cortes Ruiz"));

        var agenda = await anonymous.GetFromJsonAsync<JsonElement>($"/api/meetings/{pba56.GetProperty("id")}/agenda", MeetingsApp.Json);
        Assert.That(agenda.GetProperty("status").GetString(), Is.EqualTo("Adopted"));
        var numbers = MeetingApi.Outline(agenda).Select(line => System.Text.RegularExpressions.Regex.Match(line, @"^\d+(?: \([a-z]+\)){0,2}").Value);
        Assert.That(numbers, Is.EqualTo(new[] { "1", "2", "2 (a)", "2 (b)", "2 (c)", "3" }));

        var pba57 = meetings!.Single(m => m.GetProperty("bodyShortName").GetString() == "PBA" && m.GetProperty("number").GetInt32() == 57);
        Assert.That(pba57.GetProperty("startsAt").GetDateTimeOffset(), Is.GreaterThan(DateTimeOffset.UtcNow), "an upcoming meeting for the deadlines");
        Assert.That(pba57.GetProperty("agendaStatus").GetString(), Is.EqualTo("Submitted"));

        var board = meetings!.Single(m => m.GetProperty("bodyShortName").GetString() == "Executive Board");
        var officer = app.WithToken(await app.TokenAsync("secretariat@demo.unhabitat.org", DemoDataLoader.Password));
        var boardAgenda = await officer.GetFromJsonAsync<JsonElement>($"/api/meetings/{board.GetProperty("id")}/agenda", MeetingsApp.Json);
        Assert.That(MeetingApi.Outline(boardAgenda), Does.Contain("6 (c) (v) Partnership strategy, including UN-Habitat engagement with the private sector and with non-governmental partners"));
        Assert.That(MeetingApi.Outline(boardAgenda), Does.Contain("7 Status of implementation of the resolutions and decisions adopted by the UN-Habitat Assembly at its first session"));
        var sessions = await anonymous.GetFromJsonAsync<List<JsonElement>>($"/api/sessions?bodyId={board.GetProperty("bodyId")}", MeetingsApp.Json);
        Assert.That(sessions!.Select(x => $"{x.GetProperty("title").GetString()} {x.GetProperty("provisionalAgendaSymbol")}"), Does.Contain("Second session of 2020 HSP/EB.2020/19"));

        var chair = app.WithToken(await app.TokenAsync("chair.pba@demo.unhabitat.org", DemoDataLoader.Password));
        var inbox = await chair.GetFromJsonAsync<List<JsonElement>>("/api/notifications", MeetingsApp.Json);
        Assert.That(inbox!.Single().GetProperty("text").GetString(), Does.Contain("fifty-seventh meeting"));

        // The Kenyan delegation follows the body Kenya sits on, so its calendar and inbox start with something.
        var kenya = app.WithToken(await app.TokenAsync("delegate.kenya@demo.unhabitat.org", DemoDataLoader.Password));
        var followed = await kenya.GetFromJsonAsync<List<JsonElement>>("/api/me/subscriptions", MeetingsApp.Json);
        var communications = meetings!.Single(m => m.GetProperty("bodyShortName").GetString() == "ICG Communications").GetProperty("bodyId").GetGuid();
        Assert.That(followed!.Select(f => f.GetProperty("bodyId").GetGuid()), Is.EqualTo(new[] { communications }));
        var kenyasInbox = await kenya.GetFromJsonAsync<List<JsonElement>>("/api/notifications", MeetingsApp.Json);
        Assert.That(kenyasInbox!.Select(n => n.GetProperty("text").GetString()), Has.Some.Contains("You follow the Informal contact group on communications")
            .And.Some.Contains("8 June 2021"));
    }

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

            await using (var meetings = new MeetingsApp(database, WithDemo))
            {
                await TheReferenceMeetingsAreThereAsync(meetings);
            }

            await using var second = new MeetingsApp(database, WithDemo);
            _ = second.Server;
            Assert.That(await second.WithDbAsync(db => db.Bodies.CountAsync()), Is.EqualTo(6));
            Assert.That(await second.WithDbAsync(db => db.Users.CountAsync()), Is.EqualTo(1 + DemoDataLoader.Users.Count));
            Assert.That(await second.WithDbAsync(db => db.Meetings.CountAsync()), Is.EqualTo(4));
        }
        finally
        {
            await database.DisposeAsync();
        }
    }
}
