using UnHabitat.Meetings.Infrastructure.Rendering;

namespace UnHabitat.Meetings.Web;

/// <summary>
/// Prints the start banner (setting <c>App:StartupBanner</c>, which <c>./build.sh run</c> gives with the
/// address and the demo sign-ins) once the app is ready and its start-up log lines are out, so that the
/// address is the last thing on the screen rather than buried under JSON log lines.
/// </summary>
internal sealed class StartupBanner(IHostApplicationLifetime lifetime, IConfiguration configuration, [FromKeyedServices(StartupBanner.OutputKey)] TextWriter output, RendererWarmUp warmUp) : IHostedService
{
    public const string OutputKey = "startup-banner";

    /// <summary>The console logger writes from a queue of its own: a moment's wait lets its last start-up lines out first.</summary>
    private static readonly TimeSpan LetTheLogsOut = TimeSpan.FromMilliseconds(400);

    /// <summary>The longest the banner waits for the PDF renderer's warm-up (a slow machine's browser start).</summary>
    private static readonly TimeSpan WarmUpWait = TimeSpan.FromSeconds(10);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var banner = configuration["App:StartupBanner"];
        if (!string.IsNullOrWhiteSpace(banner))
        {
            lifetime.ApplicationStarted.Register(() => _ = PrintAsync(banner));
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task PrintAsync(string banner)
    {
        // The browser warming up beside the start logs when it is done: that line comes before the address too.
        await Task.WhenAny(warmUp.Done, Task.Delay(WarmUpWait)).ConfigureAwait(false);
        await Task.Delay(LetTheLogsOut).ConfigureAwait(false);
        await output.WriteLineAsync(banner).ConfigureAwait(false);
        await output.FlushAsync().ConfigureAwait(false);
    }
}
