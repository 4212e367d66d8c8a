using Microsoft.Extensions.Logging;
using HangfireLevel = Hangfire.Logging.LogLevel;

namespace UnHabitat.Meetings.Infrastructure.Deadlines;

/// <summary>
/// Hangfire's log goes to the application's logging. Hangfire keeps one log provider for the whole process
/// (a static), so this one writes to the logging of the application started last and never to one already
/// stopped (tests start and stop many applications in one process; in production there is one).
/// </summary>
internal sealed class HangfireLogs : Hangfire.Logging.ILogProvider
{
    public static readonly HangfireLogs Instance = new();

    private static volatile ILoggerFactory? _current;

    public static void WriteTo(ILoggerFactory factory) => _current = factory;

    public Hangfire.Logging.ILog GetLogger(string name) => new Writer(name);

    private sealed class Writer(string name) : Hangfire.Logging.ILog
    {
        public bool Log(HangfireLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            try
            {
                if (_current?.CreateLogger(name) is not { } logger)
                {
                    return false;
                }

                var level = logLevel switch
                {
                    HangfireLevel.Trace => LogLevel.Trace,
                    HangfireLevel.Debug => LogLevel.Debug,
                    HangfireLevel.Info => LogLevel.Information,
                    HangfireLevel.Warn => LogLevel.Warning,
                    HangfireLevel.Error => LogLevel.Error,
                    _ => LogLevel.Critical,
                };
                if (messageFunc is null || !logger.IsEnabled(level))
                {
                    return logger.IsEnabled(level);
                }

#pragma warning disable CA1848, CA2254 // Hangfire hands over finished text, not a template.
                logger.Log(level, 0, exception, messageFunc());
#pragma warning restore CA1848, CA2254
                return true;
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
    }
}
