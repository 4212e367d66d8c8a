using System.Text.Json;
using Microsoft.Playwright;
using UnHabitat.Meetings.Application.Resolutions;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Web.Tests.Support.Typed;
using UnHabitat.Meetings.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace UnHabitat.Meetings.Web.Tests.Browser;

/// <summary>A resolution's page as a delegation's browser shows it, checked with axe-core and for breaches of the Content-Security-Policy.</summary>
[TestFixture]
[Category("Browser")]
[NonParallelizable]
public sealed class ResolutionPageBrowserTests
{
    private BrowserHost _host = null!;

    [OneTimeSetUp]
    public async Task Start() => _host = await BrowserHost.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _host.DisposeAsync();

    [Test]
    public async Task A_delegation_opens_a_resolution_and_goes_back_to_the_bodys_decisions()
    {
        var client = (await _host.App.UserAsync(Roles.Secretariat)).Client;
        var assembly = JsonSerializer.SerializeToNode(Bodies.Working(), MeetingsApp.Json)!.AsObject();
        assembly["name"] = "United Nations Habitat Assembly";
        assembly["kind"] = "Assembly";
        assembly["symbolPrefix"] = "HSP/HA";
        var body = (await Bodies.CreateBodyAsync(client, assembly)).Id;
        var resolution = (await BrowserHost.PostAsync(client, "/api/resolutions", new
        {
            bodyId = body,
            symbol = "HSP/HA.2/RES.7",
            title = "Adequate housing for all",
            session = 2,
            year = 2023,
            operativeParagraphs = new[] { new { number = "OP1", text = "Requests the Executive Director to support Member States." } },
        })).AsDto<ResolutionDto>();
        var id = resolution.Id;
        await BrowserHost.PostAsync(client, $"/api/resolutions/{id}/updates", new
        {
            period = "2024 second session of the Executive Board",
            asOf = "2024-10-16",
            status = "UnderImplementation",
            points = new[] { new { text = "An expert group met in Nairobi.", ops = new[] { "OP1" } } },
            version = resolution.Version,
        });
        var delegation = await _host.App.UserAsync(Roles.Delegation, "KE");
        await using var reader = await _host.NewUserAsync("resolution-delegation");
        await reader.SignInAsync(delegation.Email, MeetingsApp.UserPassword);
        var page = reader.Page;

        await page.GotoAsync($"/resolutions/{id}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Resolution 2/7 on Adequate housing for all" })).ToBeVisibleAsync();
        await Expect(page.GetByText("An expert group met in Nairobi.")).ToBeVisibleAsync();
        await PageChecks.CheckAsync(reader, "resolution-01-page");

        await page.GetByRole(AriaRole.Link, new() { Name = "Decisions of the" }).ClickAsync();
        await page.WaitForLoadStateAsync();
        Assert.That(page.Url, Does.EndWith($"/bodies/{body}/decisions"));
    }
}
