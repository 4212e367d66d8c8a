using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using UnHabitat.Meetings.Application.Abstractions;

namespace UnHabitat.Meetings.Infrastructure.Rendering;

public static class RenderingServices
{
    /// <summary>PDF and Word output: one Chromium for the app (warmed up at start), the cache and store in front of it, the health check.</summary>
    public static IServiceCollection AddRendering(this IServiceCollection services)
    {
        services.AddSingleton(sp => PdfOptions.From(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton<ChromiumPdfRenderer>();
        services.AddSingleton<RenderStore>();
        services.AddSingleton<CachingPdfRenderer>();
        services.AddSingleton<IPdfRenderer>(sp => sp.GetRequiredService<CachingPdfRenderer>());
        services.AddHostedService<RendererStartupCheck>();
        services.AddSingleton<RendererWarmUp>();
        services.AddHostedService(sp => sp.GetRequiredService<RendererWarmUp>());
        services.AddHealthChecks().AddCheck<RendererHealthCheck>("pdf-renderer", tags: ["ready"]);
        return services;
    }
}
