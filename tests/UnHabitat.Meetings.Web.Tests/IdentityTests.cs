using System.Net;
using System.Net.Http.Json;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Testing;
using UnHabitat.Meetings.Web.Api;
using UnHabitat.Meetings.Web.Tests.Support;

namespace UnHabitat.Meetings.Web.Tests;

/// <summary>Signing in, lockout, rate limit, and the administrator's user management.</summary>
[TestFixture]
[Category("Database")]
public sealed class IdentityTests : AppFixture
{
    [Test]
    public async Task The_first_administrator_comes_from_configuration_and_gets_a_bearer_token()
    {
        var response = await App.Anonymous().PostAsJsonAsync("/api/auth/login", new { email = MeetingsApp.AdminEmail, password = MeetingsApp.AdminPassword });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.ExplainAsync());
        var token = await response.ReadAsync<TokenResponse>();
        Assert.That(token.TokenType, Is.EqualTo("Bearer"));
        Assert.That(token.ExpiresIn, Is.GreaterThan(0));
        var bodies = await App.WithToken(token.AccessToken).GetAsync("/api/bodies");
        Assert.That(bodies.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task A_wrong_password_and_an_unknown_user_get_the_same_answer()
    {
        var user = await App.UserAsync(Roles.Secretariat);

        var wrongPassword = await App.Anonymous().PostAsJsonAsync("/api/auth/login", new { email = user.Email, password = "Not-The-Password-1" });
        var unknownUser = await App.Anonymous().PostAsJsonAsync("/api/auth/login", new { email = "nobody@test.unhabitat.org", password = "Not-The-Password-1" });

        Assert.That(wrongPassword.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(unknownUser.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await wrongPassword.ProblemAsync()).Detail,
            Is.Not.Null.And.EqualTo((await unknownUser.ProblemAsync()).Detail));
    }

    [Test]
    public async Task Five_failed_attempts_lock_the_account_even_against_the_right_password()
    {
        var user = await App.UserAsync(Roles.Chair);
        for (var i = 0; i < 5; i++)
        {
            await App.Anonymous().PostAsJsonAsync("/api/auth/login", new { email = user.Email, password = $"Wrong-Password-{i}" });
        }

        var rightPassword = await App.Anonymous().PostAsJsonAsync("/api/auth/login", new { email = user.Email, password = MeetingsApp.UserPassword });

        Assert.That(rightPassword.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await rightPassword.ProblemAsync()).Detail, Does.Contain("blocked"));
    }

    [Test]
    public async Task A_sign_in_without_a_password_is_answered_400_naming_the_field()
    {
        var response = await App.Anonymous().PostAsJsonAsync("/api/auth/login", new { email = MeetingsApp.AdminEmail });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ProblemAsync()).Errors.Keys, Does.Contain("password"));
    }

    [Test]
    public async Task Sign_in_attempts_beyond_the_limit_are_answered_429()
    {
        var (database, app) = await MeetingsApp.StartAsync(new Dictionary<string, string?> { ["RateLimits:LoginPerMinute"] = "3" });
        try
        {
            var codes = new List<HttpStatusCode>();
            for (var i = 0; i < 5; i++)
            {
                codes.Add((await app.Anonymous().PostAsJsonAsync("/api/auth/login", new { email = "someone@test.unhabitat.org", password = "Whatever-Password-1" })).StatusCode);
            }

            Assert.That(codes, Is.EqualTo(new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests }));
        }
        finally
        {
            await app.DisposeAsync();
            await database.DisposeAsync();
        }
    }

    [Test]
    public async Task An_administrator_creates_a_delegation_user_of_one_member_state()
    {
        var admin = await App.AdministratorAsync();

        var response = await admin.PostAsJsonAsync("/api/users", new { email = "delegate.brazil@test.unhabitat.org", password = MeetingsApp.UserPassword, displayName = "Delegation of Brazil", roles = new[] { "Delegation" }, memberState = "br" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.ExplainAsync());
        var user = await response.ReadAsync<UserAccount>();
        Assert.That(user.MemberState, Is.EqualTo("BR"));
        Assert.That(user.Roles[0], Is.EqualTo("Delegation"));
        Assert.That(response.Headers.Location?.ToString(), Does.Contain(user.Id.ToString()));
    }

    [Test]
    public async Task Only_an_administrator_may_create_users()
    {
        var secretariat = await App.UserAsync(Roles.Secretariat);

        var response = await secretariat.Client.PostAsJsonAsync("/api/users", new { email = "x@test.unhabitat.org", password = MeetingsApp.UserPassword, displayName = "X", roles = new[] { "Secretariat" } });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [TestCase("Delegation", null, MeetingsApp.UserPassword, "memberState")]
    [TestCase("Delegation", "XX", MeetingsApp.UserPassword, "memberState")]
    [TestCase("Rapporteur", null, MeetingsApp.UserPassword, "roles[0]")]
    [TestCase("Secretariat", null, "short", "password")]
    public async Task A_user_that_cannot_exist_is_answered_400_naming_the_field(string role, string? memberState, string password, string field)
    {
        var admin = await App.AdministratorAsync();

        var response = await admin.PostAsJsonAsync("/api/users", new { email = $"{Guid.NewGuid():N}@test.unhabitat.org", password, displayName = "Someone", roles = new[] { role }, memberState });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), await response.ExplainAsync());
        Assert.That((await response.ProblemAsync()).Errors.Keys, Does.Contain(field), await response.ExplainAsync());
    }

    [Test]
    public async Task A_second_user_with_the_same_email_is_answered_409()
    {
        var existing = await App.UserAsync(Roles.Secretariat);
        var admin = await App.AdministratorAsync();

        var response = await admin.PostAsJsonAsync("/api/users", new { email = existing.Email, password = MeetingsApp.UserPassword, displayName = "Twin", roles = new[] { "Secretariat" } });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await response.ProblemAsync()).Rule, Is.EqualTo("EmailMustBeUnique"));
    }
}
