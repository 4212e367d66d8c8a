using System.Collections.Concurrent;

namespace UnHabitat.Meetings.Web.Delivery;

/// <summary>
/// Stored files kept in memory by their content hash once sent, up to 8 MB each and 128 MB in all (ADR 021).
/// Kestrel has no sendfile: a file sent from disk is read through the thread pool in small pieces, one awaited
/// read and flush after another, which under a hundred concurrent downloads of one document cost more than
/// everything else the request does. From memory it is one write. The store is content-addressed, so what is
/// kept here is never stale; when the budget is spent the whole set is dropped and refilled by what is asked.
/// </summary>
internal sealed class HotFiles
{
    public const long LargestFile = 8L * 1024 * 1024;
    public const long Budget = 128L * 1024 * 1024;

    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private long _bytes;

    /// <summary>The content of the stored file, or null when it is too large to keep (then it is sent from disk).</summary>
    public async Task<byte[]?> GetAsync(string sha256, string path, CancellationToken cancellationToken)
    {
        if (_files.TryGetValue(sha256, out var kept))
        {
            return kept;
        }

        if (new FileInfo(path).Length > LargestFile)
        {
            return null;
        }

        var content = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        if (Interlocked.Add(ref _bytes, content.Length) > Budget)
        {
            _files.Clear();
            Interlocked.Exchange(ref _bytes, content.Length);
        }

        _files[sha256] = content;
        return content;
    }
}
