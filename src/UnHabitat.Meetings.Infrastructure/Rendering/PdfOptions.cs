using Microsoft.Extensions.Configuration;

namespace UnHabitat.Meetings.Infrastructure.Rendering;

/// <summary>
/// How documents are printed: <c>Pdf:BrowserPath</c> (default: Chromium's headless shell, else the full browser, the
/// first of <see cref="DefaultBrowserPaths"/> that exists),
/// <c>Pdf:Pages</c> (pages printing at once; further requests queue), <c>Pdf:TimeoutSeconds</c> (one render),
/// <c>Pdf:WarmUp</c> (launch the browser and print once at start, default true).
/// </summary>
public sealed record PdfOptions(string? BrowserPath, string? ConfiguredPath, int Pages, TimeSpan RenderTimeout, bool WarmUp = true)
{
    /// <summary>
    /// The headless shell first: the same engine without the desktop browser around it prints a summary in about 60% of
    /// the time (ADR 027). The real binary, not Debian's /usr/bin wrapper script, which would stand between the app and the
    /// browser's process. The full browser serves when only it is installed.
    /// </summary>
    public static readonly IReadOnlyList<string> DefaultBrowserPaths = ["/usr/lib/chromium/chromium-headless-shell", "/usr/bin/chromium"];

    public const string DebianPackage = "chromium-headless-shell";

    public bool BrowserFound => BrowserPath is not null && File.Exists(BrowserPath);

    /// <summary>What to tell the operator when there is no browser: which package, which setting.</summary>
    public string MissingBrowserMessage => ConfiguredPath is null
        ? $"No Chromium found at {string.Join(" or ", DefaultBrowserPaths)}: install the Debian package '{DebianPackage}' (and fonts-liberation2 fonts-noto-core fonts-noto-cjk) or set Pdf:BrowserPath to a Chromium executable. PDF documents answer 503 until then."
        : $"Pdf:BrowserPath is '{ConfiguredPath}', which does not exist: install the Debian package '{DebianPackage}' or correct Pdf:BrowserPath. PDF documents answer 503 until then.";

    public static PdfOptions From(IConfiguration configuration)
    {
        var configured = configuration["Pdf:BrowserPath"];
        var path = string.IsNullOrWhiteSpace(configured) ? DefaultBrowserPaths.FirstOrDefault(File.Exists) : configured;
        var pages = Math.Clamp(configuration.GetValue("Pdf:Pages", 2), 1, 16);
        var timeout = TimeSpan.FromSeconds(Math.Clamp(configuration.GetValue("Pdf:TimeoutSeconds", 30), 1, 600));
        return new PdfOptions(path, string.IsNullOrWhiteSpace(configured) ? null : configured, pages, timeout, configuration.GetValue("Pdf:WarmUp", true));
    }
}
