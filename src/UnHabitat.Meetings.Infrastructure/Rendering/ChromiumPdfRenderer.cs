using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Templates;

namespace UnHabitat.Meetings.Infrastructure.Rendering;

/// <summary>
/// Prints HTML with one long-lived headless Chromium (ADR 004, ADR 009), spoken to over its DevTools pipe
/// (ADR 026): a bounded pool of pages, further requests queue; JavaScript off and every request refused; a crashed
/// or hung browser is relaunched and the render tried once more; a render that still fails is
/// <see cref="RendererUnavailableException"/> (503).
/// </summary>
public sealed partial class ChromiumPdfRenderer : IPdfRenderer, IAsyncDisposable
{
    private static readonly string[] BrowserArgs =
    [
        // Every connection goes to a proxy that is not there, loopback included: even a speculative
        // preconnect (made before any request reaches the route handler) cannot reach a host.
        "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>", "--dns-prefetch-disable",
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-extensions", "--disable-default-apps",
        "--no-first-run", "--no-default-browser-check", "--metrics-recording-only", "--mute-audio",
        // What a browser driven by a program wants (the switches Playwright passed): no throttling of pages that are
        // not in front, no crash reporter or hang monitor, no keyring, colours as written, tagged PDF export.
        "--disable-field-trial-config", "--disable-background-timer-throttling", "--disable-backgrounding-occluded-windows",
        "--disable-renderer-backgrounding", "--disable-back-forward-cache", "--disable-breakpad", "--disable-hang-monitor",
        "--disable-ipc-flooding-protection", "--disable-client-side-phishing-detection", "--disable-popup-blocking",
        "--force-color-profile=srgb", "--password-store=basic", "--use-mock-keychain", "--no-service-autorun",
        "--export-tagged-pdf", "--hide-scrollbars", "--no-startup-window",
    ];

    /// <summary>A4 with the paper from the CSS @page, backgrounds, tags and outline (ADR 009).</summary>
    private static readonly Dictionary<string, object> PrintSettings = new()
    {
        ["paperWidth"] = 8.27, ["paperHeight"] = 11.7, ["marginTop"] = 0, ["marginBottom"] = 0, ["marginLeft"] = 0, ["marginRight"] = 0,
        ["preferCSSPageSize"] = true, ["printBackground"] = true, ["displayHeaderFooter"] = false,
        ["generateTaggedPDF"] = true, ["generateDocumentOutline"] = true, ["transferMode"] = "ReturnAsBase64",
    };

    private readonly PdfOptions _options;
    private readonly ILogger<ChromiumPdfRenderer> _logger;
    private readonly TimeProvider _clock;
    private readonly SemaphoreSlim _queue;
    private readonly SemaphoreSlim _launch = new(1, 1);
    private readonly ConcurrentBag<PrintingPage> _idle = [];
    private readonly ConcurrentDictionary<string, bool> _lostSessions = new();
    private DevToolsPipe? _browser;
    private string? _contextId;
    private int _generation;
    private bool _disposed;

    public ChromiumPdfRenderer(PdfOptions options, ILogger<ChromiumPdfRenderer> logger, TimeProvider clock)
    {
        _options = options;
        _logger = logger;
        _clock = clock;
        _queue = new SemaphoreSlim(options.Pages, options.Pages);
    }

    /// <summary>When the last render failed even after a relaunch; null once one succeeds (read by the health check).</summary>
    public DateTimeOffset? FailingSince { get; private set; }

    /// <summary>How many times the browser was started (the first launch included).</summary>
    public int Launches { get; private set; }

    public async Task<byte[]> RenderAsync(PdfRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!_options.BrowserFound)
        {
            throw new RendererUnavailableException(_options.MissingBrowserMessage);
        }

        await _queue.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var generation = _generation;
            try
            {
                return await RenderOnceAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception first) when (IsBrowserFailure(first) && !cancellationToken.IsCancellationRequested)
            {
                LogRetrying(_logger, first);
                await RelaunchAsync(generation).ConfigureAwait(false);
                try
                {
                    return await RenderOnceAsync(request, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception second) when (IsBrowserFailure(second) && !cancellationToken.IsCancellationRequested)
                {
                    FailingSince ??= _clock.GetUtcNow();
                    LogFailed(_logger, second);
                    await RelaunchAsync(_generation).ConfigureAwait(false);
                    throw new RendererUnavailableException("The document could not be printed; try again in a moment.", second);
                }
            }
        }
        finally
        {
            _queue.Release();
        }
    }

    /// <summary>Makes the browser process crash (for tests of the relaunch) and waits until it is gone.</summary>
    internal async Task CrashForTestAsync()
    {
        if (_browser is not { } browser)
        {
            return;
        }

        // The answer never comes (the process dies while handling it), so it is not awaited.
        _ = browser.SendAsync("Browser.crash").ContinueWith(t => t.Exception, TaskScheduler.Default);
        for (var waited = 0; browser.IsConnected && waited < 100; waited++)
        {
            await Task.Delay(100).ConfigureAwait(false);
        }
    }

    /// <summary>The operating system's id of the browser process (for tests that freeze it).</summary>
    internal Task<int?> BrowserProcessIdForTestAsync() => Task.FromResult(_browser?.ProcessId);

    private async Task<byte[]> RenderOnceAsync(PdfRequest request, CancellationToken cancellationToken)
    {
        var (page, generation) = await TakePageAsync().ConfigureAwait(false);
        var healthy = false;
        try
        {
            var html = WithHeaderSymbol(WithFontsFor(request.Html), request.HeaderSymbol);
            // The markup replaces the page's document (no navigation, no wait for a load event that nothing can
            // delay, since nothing is fetched) and the PDF comes back in the answer itself.
            (await page.Browser.SendAsync("Page.setDocumentContent", new Dictionary<string, object> { ["frameId"] = page.FrameId, ["html"] = html }, page.SessionId, cancellationToken)
                .WaitAsync(_options.RenderTimeout, cancellationToken).ConfigureAwait(false)).Dispose();
            using var printed = await page.Browser.SendAsync("Page.printToPDF", PrintSettings, page.SessionId, cancellationToken)
                .WaitAsync(_options.RenderTimeout, cancellationToken).ConfigureAwait(false);
            var pdf = printed.RootElement.GetProperty("result").TryGetProperty("data", out var data)
                ? data.GetBytesFromBase64()
                : throw new DevToolsException("Chromium printed nothing.");
            healthy = true;
            FailingSince = null;
            return PdfMetadata.Stamp(pdf, request.Title, HouseStyle.Author, _clock.GetUtcNow());
        }
        finally
        {
            await ReturnPageAsync(page, generation, healthy).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Launches the browser and opens the pool's pages, each having printed once (fonts loaded, code paths warm), so
    /// that the first document after a start costs a render and not a launch. Failures are left to the first render.
    /// </summary>
    public async Task WarmUpAsync(CancellationToken cancellationToken)
    {
        if (!_options.BrowserFound)
        {
            return;
        }

        // The house stylesheet and a line in each face of the body font: what real documents print with.
        var html = new StringBuilder();
        HouseStyle.Open(html, "Warm-up", "en", "summary numbered-summary");
        html.Append("<h1>Warm-up</h1><p>Regular, <b>bold</b>, <i>italic</i>, <b><i>both</i></b> – 1.</p>");
        HouseStyle.Close(html);
        var sample = new PdfRequest(html.ToString(), "Warm-up", "en");
        await Task.WhenAll(Enumerable.Range(0, _options.Pages).Select(_ => RenderAsync(sample, cancellationToken))).ConfigureAwait(false);
    }

    private async Task<(PrintingPage Page, int Generation)> TakePageAsync()
    {
        var (browser, contextId) = await BrowserAsync().ConfigureAwait(false);
        var generation = _generation;
        while (_idle.TryTake(out var idle))
        {
            if (!_lostSessions.ContainsKey(idle.SessionId))
            {
                return (idle, generation);
            }
        }

        // Frames only when asked for, and nothing asks: a printing page never lays out, paints and composites its document
        // for a screen nobody looks at (the headless shell honours it; the full browser ignores it). ADR 027.
        var target = await ResultAsync(browser, "Target.createTarget", new() { ["url"] = "about:blank", ["browserContextId"] = contextId, ["enableBeginFrameControl"] = true }).ConfigureAwait(false);
        var targetId = target.GetProperty("targetId").GetString()!;
        var attached = await ResultAsync(browser, "Target.attachToTarget", new() { ["targetId"] = targetId, ["flatten"] = true }).ConfigureAwait(false);
        var sessionId = attached.GetProperty("sessionId").GetString()!;
        // No script runs, and every request the document would make (images, frames, fonts, styles; http or file) is
        // paused here and refused in HandleEvent.
        await ResultAsync(browser, "Emulation.setScriptExecutionDisabled", new() { ["value"] = true }, sessionId).ConfigureAwait(false);
        await ResultAsync(browser, "Fetch.enable", new() { ["patterns"] = new[] { new Dictionary<string, object> { ["urlPattern"] = "*" } } }, sessionId).ConfigureAwait(false);
        var tree = await ResultAsync(browser, "Page.getFrameTree", null, sessionId).ConfigureAwait(false);
        var frameId = tree.TryGetProperty("frameTree", out var frameTree) && frameTree.TryGetProperty("frame", out var frame) && frame.TryGetProperty("id", out var id)
            ? id.GetString()!
            : throw new DevToolsException("A new page has no frame: " + tree.GetRawText());
        return (new PrintingPage(browser, targetId, sessionId, frameId), generation);
    }

    private async Task ReturnPageAsync(PrintingPage page, int generation, bool healthy)
    {
        if (healthy && generation == _generation && page.Browser.IsConnected && !_lostSessions.ContainsKey(page.SessionId))
        {
            _idle.Add(page);
            return;
        }

        _lostSessions.TryRemove(page.SessionId, out _);
        try
        {
            await ResultAsync(page.Browser, "Target.closeTarget", new() { ["targetId"] = page.TargetId }).WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        }
        catch (Exception e) when (e is DevToolsException or TimeoutException)
        {
            // Its browser is gone already, or hangs and is about to be replaced.
        }
    }

    /// <summary>Only the answers' <c>result</c> objects are kept (cloned: small), the message itself is let go.</summary>
    private static async Task<JsonElement> ResultAsync(DevToolsPipe browser, string method, Dictionary<string, object>? parameters = null, string? sessionId = null)
    {
        using var answer = await browser.SendAsync(method, parameters, sessionId).ConfigureAwait(false);
        return answer.RootElement.GetProperty("result").Clone();
    }

    /// <summary>Refuses every request a page makes; forgets pages whose renderer crashed or that were closed.</summary>
    private void HandleEvent(DevToolsPipe browser, string method, string? sessionId, JsonElement parameters)
    {
        switch (method)
        {
            case "Fetch.requestPaused" when sessionId is not null:
                var refusal = new Dictionary<string, object> { ["requestId"] = parameters.GetProperty("requestId").GetString()!, ["errorReason"] = "BlockedByClient" };
                // Not awaited: this runs on the thread that reads the browser's answers.
                _ = browser.SendAsync("Fetch.failRequest", refusal, sessionId).ContinueWith(t => t.Exception, TaskScheduler.Default);
                break;
            case "Inspector.targetCrashed" when sessionId is not null:
                _lostSessions[sessionId] = true;
                break;
            case "Target.detachedFromTarget":
                if (parameters.TryGetProperty("sessionId", out var detached) && detached.GetString() is { } gone)
                {
                    _lostSessions[gone] = true;
                }

                break;
        }
    }

    private async Task<(DevToolsPipe Browser, string ContextId)> BrowserAsync()
    {
        if (_browser is { IsConnected: true } ready && _contextId is { } readyContext)
        {
            return (ready, readyContext);
        }

        await _launch.WaitAsync().ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_browser is { IsConnected: true } raced && _contextId is { } racedContext)
            {
                return (raced, racedContext);
            }

            await CloseBrowserAsync().ConfigureAwait(false);
            var browser = DevToolsPipe.Launch(_options.BrowserPath!, BrowserArgs);
            browser.OnEvent = (method, session, parameters) => HandleEvent(browser, method, session, parameters);
            _browser = browser;
            var version = await ResultAsync(browser, "Browser.getVersion").WaitAsync(TimeSpan.FromSeconds(60)).ConfigureAwait(false);
            // Its own context, as a private window: no cookies or storage shared with anything else, no downloads.
            var context = await ResultAsync(browser, "Target.createBrowserContext").ConfigureAwait(false);
            var contextId = context.GetProperty("browserContextId").GetString()!;
            await ResultAsync(browser, "Browser.setDownloadBehavior", new() { ["behavior"] = "deny", ["browserContextId"] = contextId }).ConfigureAwait(false);
            _contextId = contextId;
            Launches++;
            var product = version.GetProperty("product").GetString() ?? "?";
            LogLaunched(_logger, _options.BrowserPath!, product);
            return (browser, contextId);
        }
        catch (Exception e) when (e is DevToolsException or TimeoutException or IOException or System.ComponentModel.Win32Exception)
        {
            LogLaunchFailed(_logger, e);
            FailingSince ??= _clock.GetUtcNow();
            await CloseBrowserAsync().ConfigureAwait(false);
            throw new RendererUnavailableException("The PDF renderer (Chromium) could not be started.", e);
        }
        finally
        {
            _launch.Release();
        }
    }

    /// <summary>Throws the browser away unless someone already replaced the one that failed.</summary>
    private async Task RelaunchAsync(int failedGeneration)
    {
        await _launch.WaitAsync().ConfigureAwait(false);
        try
        {
            if (failedGeneration != _generation)
            {
                return;
            }

            _generation++;
            await CloseBrowserAsync().ConfigureAwait(false);
        }
        finally
        {
            _launch.Release();
        }
    }

    private async Task CloseBrowserAsync()
    {
        _contextId = null;
        while (_idle.TryTake(out _))
        {
        }

        _lostSessions.Clear();
        if (_browser is { } browser)
        {
            _browser = null;
            try
            {
                // A hung browser does not answer the polite request: it is killed after a few seconds.
                await browser.DisposeAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or TimeoutException or InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                LogCloseFailed(_logger, e);
            }
        }
    }

    /// <summary>
    /// Fonts only for the scripts the document uses: without Arabic or Chinese text the page names Liberation Serif
    /// alone, so Chromium never looks at the Noto Naskh or the (large) CJK families the stylesheet lists for them.
    /// </summary>
    internal static string WithFontsFor(string html)
    {
        if (UsesArabicOrChinese(html))
        {
            return html;
        }

        const string style = "<style>html, html:lang(ar), html:lang(zh) { font-family: \"Liberation Serif\", serif; }</style>\n";
        var at = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html : html.Insert(at, style);
    }

    private static bool UsesArabicOrChinese(string text)
    {
        foreach (var c in text)
        {
            // Arabic and its presentation forms; CJK punctuation, kana, ideographs, compatibility and full-width forms.
            if (c is (>= '\u0600' and <= '\u08FF') or (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF')
                or (>= '\u2E80' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF') or (>= '\uFF00' and <= '\uFFEF'))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsBrowserFailure(Exception e) =>
        e is DevToolsException or TimeoutException or RendererUnavailableException;

    /// <summary>
    /// Puts the symbol in the top margin of every page but the first (CSS page margin boxes: a header
    /// template of Chromium's cannot tell page 1 from the others).
    /// </summary>
    internal static string WithHeaderSymbol(string html, string? symbol)
    {
        if (string.IsNullOrWhiteSpace(symbol))
        {
            return html;
        }

        var style = "<style>@page { @top-right { content: \"" + CssString(symbol) + "\"; font: 10pt \"Liberation Serif\", serif; vertical-align: bottom; padding-bottom: 4mm; } } @page :first { @top-right { content: none; } }</style>\n";
        var at = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? style + html : html.Insert(at, style);
    }

    /// <summary>Anything but letters, digits and a few symbol characters becomes a CSS escape: no way out of the string.</summary>
    private static string CssString(string text)
    {
        var css = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '/' or '.' or '-' or ' ')
            {
                css.Append(c);
            }
            else
            {
                css.Append('\\').Append(((int)c).ToString("x", System.Globalization.CultureInfo.InvariantCulture)).Append(' ');
            }
        }

        return css.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        await _launch.WaitAsync().ConfigureAwait(false);
        try
        {
            _disposed = true;
            await CloseBrowserAsync().ConfigureAwait(false);
        }
        finally
        {
            _launch.Release();
        }

        _launch.Dispose();
        _queue.Dispose();
    }

    /// <summary>A pooled page: its browser, its target, its DevTools session and the id of its main frame.</summary>
    private sealed record PrintingPage(DevToolsPipe Browser, string TargetId, string SessionId, string FrameId);

    // Debug: the launch now happens in the warm-up right after start, and the console's last line stays the URL.
    [LoggerMessage(Level = LogLevel.Debug, Message = "PDF renderer: Chromium {Path} started (version {Version})")]
    private static partial void LogLaunched(ILogger logger, string path, string version);

    [LoggerMessage(Level = LogLevel.Error, Message = "PDF renderer: Chromium could not be started")]
    private static partial void LogLaunchFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "PDF renderer: a render failed; relaunching the browser and trying once more")]
    private static partial void LogRetrying(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "PDF renderer: the render failed again after a relaunch; answering 503")]
    private static partial void LogFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "PDF renderer: the old browser did not close cleanly")]
    private static partial void LogCloseFailed(ILogger logger, Exception exception);
}
