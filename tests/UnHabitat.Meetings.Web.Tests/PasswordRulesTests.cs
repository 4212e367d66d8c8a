using System.Net;
using System.Net.Http.Json;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Web.Tests.Support;

namespace UnHabitat.Meetings.Web.Tests;

/// <summary>Password rules a person can follow (issue 14, point 3): length over composition, the usual guesses refused, said next to the field.</summary>
[TestFixture]
[Category("Database")]
public sealed class PasswordRulesTests : AppFixture
{
    [TestCase("rain on the tin roof")]
    [TestCase("correct horse battery")]
    public async Task A_long_password_of_plain_small_words_is_accepted(string password)
    {
        var response = await CreateAsync(password);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.ExplainAsync());
    }

    [TestCase("Password2026!")]
    [TestCase("qwertyuiop123")]
    [TestCase("123456789012")]
    [TestCase("UN-Habitat2026")]
    [TestCase("aaaaaaaaaaaaaa")]
    public async Task A_password_from_the_top_of_the_guessing_lists_is_refused_naming_the_field(string password)
    {
        var response = await CreateAsync(password);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ProblemAsync()).Errors["password"][0], Does.Contain("among the first that anyone guessing tries"));
    }

    [Test]
    public async Task A_short_password_is_refused_with_the_length_to_reach()
    {
        var response = await CreateAsync("Kx9!short");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var errors = (await response.ProblemAsync()).Errors["password"];
        Assert.That(errors, Has.Length.EqualTo(1), "one message, not one per rule");
        Assert.That(errors[0], Does.Contain("at least 12 characters (this one has 9)"));
    }

    [Test]
    public async Task The_rules_are_said_next_to_the_field_where_a_password_is_chosen()
    {
        var page = WebUtility.HtmlDecode(await App.Anonymous().GetStringAsync("/account/reset-password?email=someone%40test.unhabitat.org&token=x"));

        Assert.That(page, Does.Contain("aria-describedby=\"password-rules\""));
        Assert.That(page, Does.Contain("At least 12 characters. A few words in a row are easy to remember and hard to guess"));
    }

    private async Task<HttpResponseMessage> CreateAsync(string password) =>
        await (await App.AdministratorAsync()).PostAsJsonAsync("/api/users", new
        {
            email = $"rules.{Guid.NewGuid():N}@test.unhabitat.org",
            password,
            displayName = "Rules",
            roles = new[] { Roles.Chair },
        }, MeetingsApp.Json);
}
