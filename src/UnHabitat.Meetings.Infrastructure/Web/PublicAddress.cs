using Microsoft.Extensions.Configuration;
using UnHabitat.Meetings.Application.Abstractions;

namespace UnHabitat.Meetings.Infrastructure.Web;

/// <summary>App:PublicUrl, checked once at start: an absolute http or https address (default http://localhost:5080, as ./build.sh run serves).</summary>
internal sealed class PublicAddress : IPublicAddress
{
    public const string Default = "http://localhost:5080";

    public PublicAddress(IConfiguration configuration)
    {
        var setting = configuration["App:PublicUrl"];
        var value = string.IsNullOrWhiteSpace(setting) ? Default : setting.Trim();
        if (!Uri.TryCreate(value, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps) || !string.IsNullOrEmpty(url.Query) || !string.IsNullOrEmpty(url.Fragment))
        {
            throw new InvalidOperationException($"App:PublicUrl must be the absolute http or https address people use to reach the application, e.g. https://meetings.unhabitat.org; it is '{value}'.");
        }

        BaseUrl = new Uri(url.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/");
    }

    public Uri BaseUrl { get; }

    public bool IsHttps => BaseUrl.Scheme == Uri.UriSchemeHttps;

    public string Absolute(string path) => new Uri(BaseUrl, path.TrimStart('/')).ToString();
}
