using System.Reflection;
using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Errors;
using UnHabitat.Meetings.Application.Security;

namespace UnHabitat.Meetings.Application.Pipeline;

/// <summary>
/// Second stage: the request's declared requirement (see <see cref="IRequestAccess"/>) against the caller.
/// A request that declares nothing is refused: failing closed is the safe default.
/// </summary>
internal sealed class AuthorizationBehaviour<TRequest, TResponse>(ICurrentUser user) : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly IRequestAccess? Access =
        typeof(TRequest).GetCustomAttributes(inherit: false).OfType<IRequestAccess>().SingleOrDefault();

    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        switch (Access)
        {
            case PublicRequestAttribute:
                break;
            case SystemRequestAttribute when user.IsAuthenticated:
                throw new ForbiddenException("Only the application's own jobs send this request.");
            case SystemRequestAttribute:
                break;
            case null:
                throw new InvalidOperationException($"{typeof(TRequest).Name} does not declare who may send it.");
            case var _ when !user.IsAuthenticated:
                throw new UnauthenticatedException();
            case RequiresRoleAttribute roles when !user.IsInRole(Roles.Administrator) && !roles.Roles.Any(user.IsInRole):
                throw new ForbiddenException($"This needs one of the roles: {string.Join(", ", roles.Roles)}.");
        }

        return next();
    }
}

internal static class RequestAccess
{
    /// <summary>Requests that do not declare exactly one access rule; a test keeps this empty.</summary>
    public static IEnumerable<Type> Undeclared(Assembly assembly) =>
        assembly.GetTypes().Where(t => !t.IsAbstract && !t.IsInterface
            && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>))
            && t.GetCustomAttributes(inherit: false).OfType<IRequestAccess>().Count() != 1);
}

/// <summary>No user is signed in, where one is needed: 401.</summary>
public sealed class UnauthenticatedException : Exception
{
    public UnauthenticatedException() : base("Sign in first.")
    {
    }

    public UnauthenticatedException(string message) : base(message)
    {
    }

    public UnauthenticatedException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
