using UnHabitat.Meetings.Testing;

namespace UnHabitat.Meetings.Web.Tests.Support;

/// <summary>
/// A fixture with one application on a database of its own, started before its first test and stopped,
/// database and all, after its last. Fixtures set <see cref="Settings"/> and prepare their data in
/// <see cref="OnStartedAsync"/>.
/// </summary>
public abstract class AppFixture
{
    protected TestDatabase Database { get; private set; } = null!;

    protected MeetingsApp App { get; private set; } = null!;

    /// <summary>Settings the application starts with, besides the test defaults.</summary>
    protected virtual IReadOnlyDictionary<string, string?>? Settings => null;

    [OneTimeSetUp]
    public async Task StartApplication()
    {
        (Database, App) = await MeetingsApp.StartAsync(Settings);
        await OnStartedAsync();
    }

    [OneTimeTearDown]
    public async Task StopApplication()
    {
        await App.DisposeAsync();
        await Database.DisposeAsync();
    }

    /// <summary>What the fixture needs before its tests: users, bodies, meetings.</summary>
    protected virtual Task OnStartedAsync() => Task.CompletedTask;
}
