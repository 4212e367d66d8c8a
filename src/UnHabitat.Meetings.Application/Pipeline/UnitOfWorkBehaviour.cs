using MediatR;
using UnHabitat.Meetings.Application.Abstractions;

namespace UnHabitat.Meetings.Application.Pipeline;

/// <summary>
/// Last stage, for commands only: the handler's changes, and its audit entry, are committed together
/// or not at all.
/// </summary>
internal sealed class UnitOfWorkBehaviour<TRequest, TResponse>(IUnitOfWork unitOfWork) : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly bool IsCommand = typeof(TRequest).GetInterfaces()
        .Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommand<>));

    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next) =>
        IsCommand ? unitOfWork.RunAsync(typeof(TRequest).Name, () => next(), cancellationToken) : next();
}
