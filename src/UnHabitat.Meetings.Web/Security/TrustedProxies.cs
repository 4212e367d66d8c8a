using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace UnHabitat.Meetings.Web.Security;

/// <summary>
/// X-Forwarded-For and X-Forwarded-Proto are believed only from the reverse proxies named in
/// App:KnownProxies (addresses or networks, "10.0.0.5, 10.1.0.0/16"); from anyone else they are ignored.
/// Behind a named proxy the client's own address is the one the sign-in rate limit counts; without one
/// every caller is the address it connects from, whatever it writes in a header.
/// </summary>
internal static class TrustedProxies
{
    public static IServiceCollection AddTrustedProxies(this IServiceCollection services)
    {
        services.AddOptions<ForwardedHeadersOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var entry in (configuration["App:KnownProxies"] ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (entry.Contains('/', StringComparison.Ordinal) && System.Net.IPNetwork.TryParse(entry, out var network))
                {
                    options.KnownIPNetworks.Add(network);
                }
                else if (IPAddress.TryParse(entry, out var address))
                {
                    options.KnownProxies.Add(address);
                }
                else
                {
                    throw new InvalidOperationException($"App:KnownProxies holds '{entry}', which is neither an IP address nor a network such as 10.1.0.0/16.");
                }
            }

            // With no proxy listed the middleware would believe everyone: then it reads no header at all.
            if (options.KnownProxies.Count == 0 && options.KnownIPNetworks.Count == 0)
            {
                options.ForwardedHeaders = ForwardedHeaders.None;
            }
        });
        return services;
    }
}
