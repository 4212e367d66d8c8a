using System.Reflection;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using UnHabitat.Meetings.Application.Pipeline;

namespace UnHabitat.Meetings.Application;

public static class DependencyInjection
{
    /// <summary>
    /// MediatR 5.1.0 has no DI package: the mediator, handlers and validators are registered here by
    /// scanning this assembly. Behaviours are listed one by one because their order is the pipeline's
    /// order (first registered runs outermost).
    /// </summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddScoped<ServiceFactory>(sp => sp.GetService!);
        services.AddScoped<IMediator, Mediator>();

        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(AuthorizationBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(UnitOfWorkBehaviour<,>));

        RegisterClosedImplementations(services, typeof(IRequestHandler<,>));
        // The validators are internal, like the handlers. Singletons: they hold no state, and building one compiles every
        // rule whose property is not a plain member (the shared record rules, e.g. `x => version(x)`) into new
        // machine code; built per request, that was a steady stream of JIT work on every save.
        services.AddValidatorsFromAssembly(Assembly.GetExecutingAssembly(), ServiceLifetime.Singleton, includeInternalTypes: true);
        services.TryAddSingleton<Documents.DocumentReadCache>();
        return services;
    }

    private static void RegisterClosedImplementations(IServiceCollection services, Type openInterface)
    {
        var types = Assembly.GetExecutingAssembly().GetTypes().Where(t => t is { IsAbstract: false, IsInterface: false, IsGenericTypeDefinition: false });
        foreach (var type in types)
        {
            foreach (var service in type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == openInterface))
            {
                services.AddScoped(service, type);
            }
        }
    }
}
