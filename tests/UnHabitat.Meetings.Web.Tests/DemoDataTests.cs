using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Agendas;
using UnHabitat.Meetings.Application.Bodies;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Notifications;
using UnHabitat.Meetings.Application.Sessions;
using UnHabitat.Meetings.Domain.Bodies;
using UnHabitat.Meetings.Domain.Meetings;
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
        var meetings = await anonymous.GetFromJsonAsync<List<MeetingDto>>("/api/meetings", MeetingsApp.Json);
        var pba56 = meetings!.Single(m => m.BodyShortName == "PBA" && m.Number == 56);
        Assert.That(pba56.LocalStartsAt, Is.EqualTo(new DateTimeOffset(2024, 10, 16, 10, 0, 0, TimeSpan.FromHours(3))).WithSameOffset);
        Assert.That(pba56.Venue, Is.EqualTo("UNON Conference Room 4"));
        Assert.That(pba56.Chair.Name, Is.EqualTo("Pedro Leon Cortes Ruiz"));

        var agenda = await anonymous.GetFromJsonAsync<AgendaDto>($"/api/meetings/{pba56.Id}/agenda", MeetingsApp.Json);
        Assert.That(agenda!.Status, Is.EqualTo(AgendaStatus.Adopted));
        var numbers = MeetingApi.Outline(agenda).Select(line => System.Text.RegularExpressions.Regex.Match(line, @"^\d+(?: \([a-z]+\)){0,2}").Value);
        Assert.That(numbers, Is.EqualTo(new[] { "1", "2", "2 (a)", "2 (b)", "2 (c)", "3" }));

        var pba57 = meetings!.Single(m => m.BodyShortName == "PBA" && m.Number == 57);
        Assert.That(pba57.StartsAt, Is.GreaterThan(DateTimeOffset.UtcNow), "an upcoming meeting for the deadlines");
        Assert.That(pba57.AgendaStatus, Is.EqualTo(AgendaStatus.Submitted));

        var board = meetings!.Single(m => m.BodyShortName == "Executive Board");
        var officer = app.WithToken(await app.TokenAsync("secretariat@demo.unhabitat.org", DemoDataLoader.Password));
        var boardAgenda = await officer.GetFromJsonAsync<AgendaDto>($"/api/meetings/{board.Id}/agenda", MeetingsApp.Json);
        Assert.That(MeetingApi.Outline(boardAgenda!), Does.Contain("6 (c) (v) Partnership strategy, including UN-Habitat engagement with the private sector and with non-governmental partners"));
        Assert.That(MeetingApi.Outline(boardAgenda!), Does.Contain("7 Status of implementation of the resolutions and decisions adopted by the UN-Habitat Assembly at its first session"));
        var sessions = await anonymous.GetFromJsonAsync<List<SessionDto>>($"/api/sessions?bodyId={board.BodyId}", MeetingsApp.Json);
        Assert.That(sessions!.Select(x => $"{x.Title} {x.ProvisionalAgendaSymbol}"), Does.Contain("Second session of 2020 HSP/EB.2020/19"));

        var chair = app.WithToken(await app.TokenAsync("chair.pba@demo.unhabitat.org", DemoDataLoader.Password));
        var inbox = await chair.GetFromJsonAsync<List<NotificationDto>>("/api/notifications", MeetingsApp.Json);
        Assert.That(inbox!.Single().Text, Does.Contain("fifty-seventh meeting"));

        // The Kenyan delegation follows the body Kenya sits on, so its calendar and inbox start with something.
        var kenya = app.WithToken(await app.TokenAsync("delegate.kenya@demo.unhabitat.org", DemoDataLoader.Password));
        var followed = await kenya.GetFromJsonAsync<List<FollowedBody>>("/api/me/subscriptions", MeetingsApp.Json);
        var communications = meetings!.Single(m => m.BodyShortName == "ICG Communications").BodyId;
        Assert.That(followed!.Select(f => f.BodyId), Is.EqualTo(new[] { communications }));
        var kenyasInbox = await kenya.GetFromJsonAsync<List<NotificationDto>>("/api/notifications", MeetingsApp.Json);
        Assert.That(kenyasInbox!.Select(n => n.Text), Has.Some.Contains("You follow the Informal contact group on communications")
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
                var bodies = await officer.GetFromJsonAsync<List<BodyDto>>("/api/bodies", MeetingsApp.Json);
                var byShortName = bodies!.ToDictionary(b => b.ShortName);

                Assert.That(byShortName.Keys, Is.SupersetOf(new[] { "Assembly", "Executive Board", "PBA", "Joint Bureaux", "ICG Communications" }));
                Assert.That(byShortName["PBA"].SummaryStyle, Is.EqualTo(SummaryStyle.Numbered));
                Assert.That(byShortName["PBA"].ParentBodyId, Is.EqualTo(byShortName["Executive Board"].Id));
                Assert.That(byShortName["ICG Communications"].SummaryStyle, Is.EqualTo(SummaryStyle.Tabular));
                Assert.That(byShortName["ICG Communications"].Members.Select(m => m.MemberState),
                    Is.EquivalentTo(new[] { "CN", "FR", "KE", "MX", "PL" }));

                var chair = await first.TokenAsync("chair.pba@demo.unhabitat.org", DemoDataLoader.Password);
                Assert.That(byShortName["PBA"].ChairUserIds, Has.Count.EqualTo(1), chair);
                var users = await (await first.AdministratorAsync()).GetFromJsonAsync<List<UserAccount>>("/api/users", MeetingsApp.Json);
                Assert.That(users!.Single(u => u.Email == "delegate.kenya@demo.unhabitat.org").MemberState, Is.EqualTo("KE"));
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
