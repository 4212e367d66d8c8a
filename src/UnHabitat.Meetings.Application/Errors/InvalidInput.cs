using FluentValidation;
using FluentValidation.Results;

namespace UnHabitat.Meetings.Application.Errors;

/// <summary>
/// Input that is well formed but refers to something that is not there (an unknown body, an unknown user):
/// answered like any other validation failure, naming the field.
/// </summary>
public static class InvalidInput
{
    public static ValidationException For(string field, string message) =>
        new(message, [new ValidationFailure(field, message)]);
}
