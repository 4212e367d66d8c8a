using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using UnHabitat.Meetings.Application.Bodies;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Web.Tests.Support;

namespace UnHabitat.Meetings.Web.Tests;

/// <summary>
/// A body's description is checked the same way when it is created and when it is corrected: the update once
/// let through a Secretariat's name longer than its column (a 500 on PostgreSQL) that the creation refused.
/// </summary>
[TestFixture]
[Category("Database")]
public sealed class BodyDescriptionTests : AppFixture
{
    private static readonly string TooLong = new('U', 101);

    private HttpClient _secretariat = null!;

    protected override async Task OnStartedAsync() => _secretariat = (await App.UserAsync(Roles.Secretariat)).Client;

    [Test]
    public async Task A_secretariat_name_longer_than_100_characters_is_refused_on_creation_naming_the_field()
    {
        var body = JsonSerializer.SerializeToNode(Bodies.Working(), MeetingsApp.Json)!.AsObject();
        body["secretariatName"] = TooLong;

        var response = await _secretariat.PostAsJsonAsync("/api/bodies", body, MeetingsApp.Json);

        await AssertNamesSecretariatNameAsync(response);
    }

    [Test]
    public async Task A_secretariat_name_longer_than_100_characters_is_refused_on_correction_naming_the_field_and_the_body_stays_as_it_was()
    {
        var created = await Bodies.CreateBodyAsync(_secretariat);
        var id = created.Id;
        var body = JsonSerializer.SerializeToNode(Bodies.Working(created.ShortName), MeetingsApp.Json)!.AsObject();
        body["secretariatName"] = TooLong;
        body["version"] = created.Version;

        var response = await _secretariat.PutAsJsonAsync($"/api/bodies/{id}", body, MeetingsApp.Json);

        await AssertNamesSecretariatNameAsync(response);
        var after = await (await _secretariat.GetAsync($"/api/bodies/{id}")).ReadAsync<BodyDto>();
        Assert.That(after.Version, Is.EqualTo(created.Version));
        Assert.That(after.SecretariatName, Is.Null);
    }

    private static async Task AssertNamesSecretariatNameAsync(HttpResponseMessage response)
    {
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), await response.ExplainAsync());
        var problem = await response.ProblemAsync();
        Assert.That(problem.Errors.Keys, Does.Contain("secretariatName"));
        Assert.That(problem.Errors["secretariatName"][0], Does.Contain("at most 100 characters"));
    }
}
