using System.Diagnostics;
using MediatR;
using Microsoft.Extensions.Logging;

namespace UnHabitat.Meetings.Application.Pipeline;

/// <summary>
/// First stage: logs which request ran, for how long, and how it ended. Never the request itself,
/// which carries names and texts of delegates.
/// </summary>
internal sealed partial class LoggingBehaviour<TRequest, TResponse>(ILogger<LoggingBehaviour<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var name = typeof(TRequest).Name;
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next().ConfigureAwait(false);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            LogHandled(logger, name, elapsed);
            return response;
        }
        catch (Exception ex)
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var outcome = ex.GetType().Name;
            LogFailed(logger, name, elapsed, outcome);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Request} handled in {ElapsedMs:0.0} ms")]
    private static partial void LogHandled(ILogger logger, string request, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Request} ended with {Outcome} after {ElapsedMs:0.0} ms")]
    private static partial void LogFailed(ILogger logger, string request, double elapsedMs, string outcome);
}
