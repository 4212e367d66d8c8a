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
        if (request is Paging.IPagedQuery paged)
        {
            // Every paged list answers a bad limit or cursor alike, named as the client sent them: a cursor with an
            // invisible character is a page address not given out, said once by the list, not as text at "Page.After".
            failures.RemoveAll(f => f.PropertyName.StartsWith(nameof(paged.Page) + ".", StringComparison.Ordinal));
            failures.AddRange(Paging.Paging.Check(paged.Page));
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(Named(request, failures));
        }

        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(request, cancellationToken).ConfigureAwait(false);
            failures.AddRange(result.Errors);
        }

        if (RequestShape.MissingVersion(request!, failures) is { } missing)
        {
            failures.Add(missing);
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(Named(request, failures));
        }

        return await next().ConfigureAwait(false);
    }

    private static List<FluentValidation.Results.ValidationFailure> Named(TRequest request, List<FluentValidation.Results.ValidationFailure> failures)
    {
        if (request is INamesItsFields names)
        {
            foreach (var failure in failures)
            {
                var end = failure.PropertyName.IndexOfAny(['.', '[']);
                var first = end < 0 ? failure.PropertyName : failure.PropertyName[..end];
                if (names.FieldFor(first) is { } field)
                {
                    failure.PropertyName = field + failure.PropertyName[first.Length..];
                }
            }
        }

        return failures;
    }
}
