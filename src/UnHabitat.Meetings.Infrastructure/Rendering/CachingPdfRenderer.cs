using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;
using UnHabitat.Meetings.Application.Abstractions;

namespace UnHabitat.Meetings.Infrastructure.Rendering;

/// <summary>
/// The renderer the application uses: output cached in memory by the hash of its inputs (<see cref="PdfRequest.Key"/>),
/// stored on disk for good when the request says <see cref="PdfRequest.Keep"/> (a published summary is printed
/// once, even across restarts), and identical requests arriving together share one render.
/// </summary>
public sealed class CachingPdfRenderer(ChromiumPdfRenderer engine, RenderStore store) : IPdfRenderer, IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 64L * 1024 * 1024 });
    private readonly ConcurrentDictionary<string, Lazy<Task<byte[]>>> _inFlight = new(StringComparer.Ordinal);

    public async Task<byte[]> RenderAsync(PdfRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var key = request.Key;
        if (_cache.TryGetValue(key, out byte[]? cached) && cached is not null)
        {
            return cached;
        }

        var render = _inFlight.GetOrAdd(key, k => new Lazy<Task<byte[]>>(() => ProduceAsync(k, request)));
        try
        {
            return await render.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (render.Value.IsCompleted)
            {
                _inFlight.TryRemove(new KeyValuePair<string, Lazy<Task<byte[]>>>(key, render));
            }
        }
    }

    private async Task<byte[]> ProduceAsync(string key, PdfRequest request)
    {
        var pdf = request.Keep ? await store.ReadAsync(key, CancellationToken.None).ConfigureAwait(false) : null;
        if (pdf is null)
        {
            // Shared by every caller waiting for this key, so no single caller's cancellation stops it.
            pdf = await engine.RenderAsync(request, CancellationToken.None).ConfigureAwait(false);
            if (request.Keep)
            {
                await store.WriteAsync(key, pdf, CancellationToken.None).ConfigureAwait(false);
            }
        }

        _cache.Set(key, pdf, new MemoryCacheEntryOptions { Size = pdf.Length, SlidingExpiration = TimeSpan.FromHours(1) });
        return pdf;
    }

    public void Dispose() => _cache.Dispose();
}
