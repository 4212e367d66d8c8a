using MediatR;
using UnHabitat.Meetings.Application.Abstractions;

namespace UnHabitat.Meetings.Application.Pipeline;

/// <summary>
/// Last stage, for commands only: the handler's changes, and its audit entry, are committed together
/// or not at all.
/// </summary>
/// <remarks>
/// A command that carries no version read by its sender (an upload, a deadline job) edits nothing anyone saw:
/// when another change to the same aggregate commits first (a deadline job marking the document overdue while
/// an officer uploads its French version), it is run again on the fresh state instead of answering 409. A
/// command with a version keeps its 409: its sender decided on what it read.
/// </remarks>
internal sealed class UnitOfWorkBehaviour<TRequest, TResponse>(IUnitOfWork unitOfWork) : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly bool IsCommand = typeof(TRequest).GetInterfaces()
        .Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommand<>));

    private static readonly bool CarriesVersion = typeof(TRequest).GetProperty("Version") is not null;

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (!IsCommand)
        {
            return await next().ConfigureAwait(false);
        }

        var name = typeof(TRequest).Name;
        return CarriesVersion
            ? await unitOfWork.RunAsync(name, () => next(), cancellationToken).ConfigureAwait(false)
            : await unitOfWork.RunAgainOnConflictAsync(name, () => next(), cancellationToken).ConfigureAwait(false);
    }
}
