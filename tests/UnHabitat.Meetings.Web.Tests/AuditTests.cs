using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Bodies;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Testing;
using UnHabitat.Meetings.Web.Tests.Support;

namespace UnHabitat.Meetings.Web.Tests;

/// <summary>Every state-changing command leaves who, when, what in the same transaction.</summary>
[TestFixture]
[Category("Database")]
public sealed class AuditTests : AppFixture
{
    [Test]
    public async Task Creating_a_body_leaves_an_audit_entry_naming_the_user_the_request_and_the_body()
    {
        var officer = await App.UserAsync(Roles.Secretariat);
        var before = DateTimeOffset.UtcNow.AddSeconds(-5);

        var body = await Bodies.CreateBodyAsync(officer.Client);

        var id = body.Id.ToString();
        var entries = await App.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Request == "CreateBody").ToListAsync());
        var entry = entries.Single(e => e.Entities.Contains(id, StringComparison.Ordinal));
        Assert.That(entry.UserId, Is.EqualTo(officer.Id));
        Assert.That(entry.UserName, Is.EqualTo(officer.Email));
        Assert.That(entry.At, Is.GreaterThan(before).And.LessThan(DateTimeOffset.UtcNow.AddSeconds(5)));
        Assert.That(entry.Entities, Does.Contain($"Body:{id}"));
    }

    [Test]
    public async Task Creating_a_user_is_audited_with_the_administrator_as_author()
    {
        var user = await App.UserAsync(Roles.Chair);

        var entry = await App.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Request == "CreateUser" && a.Entities.Contains(user.Id.ToString())).SingleAsync());

        Assert.That(entry.UserName, Is.EqualTo(MeetingsApp.AdminEmail));
        Assert.That(entry.Entities, Does.Contain($"MeetingsUser:{user.Id}"));
    }

    [Test]
    public async Task A_refused_command_leaves_neither_a_change_nor_an_audit_entry()
    {
        var officer = await App.UserAsync(Roles.Secretariat);
        var body = await Bodies.CreateBodyAsync(officer.Client);
        var countBefore = await App.WithDbAsync(db => db.AuditEntries.CountAsync());

        var response = await officer.Client.PostAsJsonAsync("/api/bodies", Bodies.Working(body.ShortName), MeetingsApp.Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(await App.WithDbAsync(db => db.AuditEntries.CountAsync()), Is.EqualTo(countBefore));
    }

    [Test]
    public async Task An_audit_entry_cannot_be_edited_or_deleted_through_theApplication()
    {
        var officer = await App.UserAsync(Roles.Secretariat);
        await Bodies.CreateBodyAsync(officer.Client);

        var edit = App.WithDbAsync(async db =>
        {
            var entry = await db.AuditEntries.FirstAsync();
            db.Entry(entry).Property(e => e.UserName).CurrentValue = "someone else";
            return await db.SaveChangesAsync();
        });
        var delete = App.WithDbAsync(async db =>
        {
            db.AuditEntries.Remove(await db.AuditEntries.FirstAsync());
            return await db.SaveChangesAsync();
        });

        Assert.ThrowsAsync<InvalidOperationException>(() => edit);
        Assert.ThrowsAsync<InvalidOperationException>(() => delete);
    }
}
