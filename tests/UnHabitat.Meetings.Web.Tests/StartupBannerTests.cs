using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using UnHabitat.Meetings.Testing;
using UnHabitat.Meetings.Web;
using UnHabitat.Meetings.Web.Tests.Support;

namespace UnHabitat.Meetings.Web.Tests;

/// <summary>`./build.sh run` hands the app its banner (the address, the demo sign-ins); the app prints it once it is ready, last.</summary>
[TestFixture]
[Category("Database")]
public sealed class StartupBannerTests
{
    [Test]
    public async Task The_banner_is_printed_once_the_app_is_ready_and_after_its_start_up_lines()
    {
        var database = await TestDatabase.CreateAsync();
        try
        {
            using var output = new StringWriter();
            await using var app = new MeetingsApp(database, new Dictionary<string, string?> { ["App:StartupBanner"] = "UnHabitat.Meetings is ready on http://localhost:5080" });
            await using var started = app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
                services.AddKeyedSingleton<TextWriter>(StartupBanner.OutputKey, output)));

            var health = await started.CreateClient().GetAsync("/health/live");
            var printed = "";
            for (var waited = 0; waited < 50 && printed.Length == 0; waited++)
            {
                await Task.Delay(100);
                printed = output.ToString();
            }

            Assert.That(health.IsSuccessStatusCode, Is.True, "the app answers before the banner is printed");
            Assert.That(printed, Is.EqualTo("UnHabitat.Meetings is ready on http://localhost:5080" + Environment.NewLine));
        }
        finally
        {
            await database.DisposeAsync();
        }
    }
}
