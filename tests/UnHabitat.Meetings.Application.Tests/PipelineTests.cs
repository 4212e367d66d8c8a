using System.Reflection;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UnHabitat.Meetings.Application.Bodies;
using UnHabitat.Meetings.Application.Errors;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Application.Tests.Support;
using UnHabitat.Meetings.Domain.Bodies;
using UnHabitat.Meetings.Infrastructure.Persistence;

namespace UnHabitat.Meetings.Application.Tests;

/// <summary>A request nobody declared access for, to prove the pipeline fails closed.</summary>
public sealed record UndeclaredRequest : IQuery<int>;

internal sealed class UndeclaredRequestHandler : IRequestHandler<UndeclaredRequest, int>
{
    public Task<int> Handle(UndeclaredRequest request, CancellationToken cancellationToken) => Task.FromResult(42);
}

[TestFixture]
[Category("Database")]
public sealed class PipelineTests
{
    private ApplicationHost _host = null!;

    [OneTimeSetUp]
    public async Task Start() => _host = await ApplicationHost.StartAsync(configure: services =>
        services.AddScoped<IRequestHandler<UndeclaredRequest, int>, UndeclaredRequestHandler>());

    [OneTimeTearDown]
    public async Task Stop() => await _host.DisposeAsync();

    [SetUp]
    public void SignInAsSecretariat() => _host.User.SignIn(Roles.Secretariat);

    [Test]
    public void Every_request_of_the_application_declares_who_may_send_it()
    {
        var undeclared = RequestAccess.Undeclared(typeof(DependencyInjection).Assembly).Select(t => t.Name);

        Assert.That(undeclared, Is.Empty);
    }

    [Test]
    public void A_request_that_declares_nothing_is_refused_even_to_an_administrator()
    {
        _host.User.SignIn(Roles.Administrator);

        var error = Assert.ThrowsAsync<InvalidOperationException>(() => _host.SendAsync(new UndeclaredRequest()));

        Assert.That(error!.Message, Does.Contain("does not declare who may send it"));
    }

    [Test]
    public void A_caller_without_the_role_is_refused_before_validation()
    {
        _host.User.SignIn(Roles.Delegation, "KE");

        Assert.ThrowsAsync<ForbiddenException>(() => _host.SendAsync(NewBody(name: "")));
    }

    [Test]
    public void Nobody_signed_in_is_refused()
    {
        _host.User.SignOut();

        Assert.ThrowsAsync<UnauthenticatedException>(() => _host.SendAsync(new ListBodies()));
    }

    [Test]
    public void Every_invalid_field_is_named_at_once()
    {
        var error = Assert.ThrowsAsync<ValidationException>(() => _host.SendAsync(NewBody(name: "", prefix: "eb", deadline: -1)));

        Assert.That(error!.Errors.Select(e => e.PropertyName), Is.EquivalentTo(new[] { "name", "symbolPrefix", "documentDeadlineDays" }));
    }

    [Test]
    public async Task Changing_what_a_body_owns_moves_its_version_once()
    {
        var body = await _host.SendAsync(NewBody());

        var changed = await _host.SendAsync(new SetBodyMembers(body.Id, [new BodyMemberDto("KE", new DateOnly(2024, 1, 1), null), new BodyMemberDto("FR", new DateOnly(2024, 1, 1), null)], body.Version));

        Assert.That(body.Version, Is.EqualTo(1));
        Assert.That(changed.Version, Is.EqualTo(2));
        var stored = await _host.SendAsync(new GetBody(body.Id));
        Assert.That(stored.Version, Is.EqualTo(2));
        Assert.That(stored.Members.Select(m => m.MemberState), Is.EqualTo(new[] { "FR", "KE" }));
    }

    [Test]
    public async Task A_save_based_on_a_version_another_user_has_since_changed_is_refused_by_the_database()
    {
        var body = await _host.SendAsync(NewBody());

        await _host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<MeetingsDbContext>();
            var mine = await db.Bodies.SingleAsync(b => b.Id == body.Id);
            mine.EnsureVersion(1);

            await _host.SendAsync(new SetBodyMembers(body.Id, [new BodyMemberDto("CN", new DateOnly(2024, 1, 1), null)], 1));

            mine.Describe("My rename", mine.ShortName, mine.Kind, mine.SymbolPrefix, mine.SummaryStyle, mine.Attribution, 7);
            Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());
        });
        var stored = await _host.SendAsync(new GetBody(body.Id));
        Assert.That(stored.Name, Is.Not.EqualTo("My rename"));
        Assert.That(stored.Members.Single().MemberState, Is.EqualTo("CN"));
    }

    [Test]
    public async Task A_failed_command_rolls_back_what_it_had_already_saved()
    {
        var before = await _host.InScopeAsync(sp => sp.GetRequiredService<MeetingsDbContext>().Users.CountAsync());
        _host.User.SignIn(Roles.Administrator);

        // The user is saved by Identity, then the role "Rapporteur" does not exist and Identity fails:
        // the unit of work must take the saved user back out.
        Assert.CatchAsync(() => _host.InScopeAsync(sp => sp.GetRequiredService<Abstractions.IUnitOfWork>().RunAsync("CreateUser",
            () => sp.GetRequiredService<Abstractions.IUserAccounts>().CreateAsync(new("rollback@test.unhabitat.org", "Rollback-Password-1", "R", ["Rapporteur"], null), CancellationToken.None),
            CancellationToken.None)));

        var after = await _host.InScopeAsync(sp => sp.GetRequiredService<MeetingsDbContext>().Users.CountAsync());
        Assert.That(after, Is.EqualTo(before));
    }

    private static CreateBody NewBody(string name = "Bureau of the Executive Board", string prefix = "HSP/EB", int deadline = 7) =>
        new(name, "B-" + Guid.NewGuid().ToString("N")[..8], BodyKind.Bureau, prefix, null, SummaryStyle.Numbered, AttributionPolicy.Anonymous, deadline, null);
}
