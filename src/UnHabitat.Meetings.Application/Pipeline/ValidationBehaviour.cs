using FluentValidation;
using MediatR;

namespace UnHabitat.Meetings.Application.Pipeline;

/// <summary>
/// Third stage: the shape every request must have (<see cref="RequestShape"/>), then every validator of the
/// request; all failures together, each naming its field.
/// </summary>
internal sealed class ValidationBehaviour<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        // A request of the wrong shape (a null inside a list, a date in the year 1) is refused before its
        // validators, which would otherwise trip over it.
        var failures = RequestShape.Check(request!);
        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(request, cancellationToken).ConfigureAwait(false);
            failures.AddRange(result.Errors);
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        return await next().ConfigureAwait(false);
    }
}
