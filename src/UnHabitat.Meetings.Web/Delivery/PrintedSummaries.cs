using Microsoft.Extensions.Caching.Memory;

namespace UnHabitat.Meetings.Web.Delivery;

/// <summary>
/// Summaries printed already, by the stamp of what they were printed from (<see cref="Application.Summaries.GetSummaryStamp"/>),
/// so that asking again costs the access decision and one small query of versions instead of assembling the summary,
/// writing its HTML and hashing it to find the printed copy (ADR 025). Never stale: a change to anything the summary is
/// made of changes its stamp, read from the database on every request (so also another instance's change).
/// </summary>
internal sealed class PrintedSummaries : IDisposable
{
    private readonly MemoryCache _copies = new(new MemoryCacheOptions { SizeLimit = 64L * 1024 * 1024 });

    public PrintedCopy? Find(string stamp) => _copies.TryGetValue(stamp, out PrintedCopy? copy) ? copy : null;

    public void Keep(string stamp, PrintedCopy copy) =>
        _copies.Set(stamp, copy, new MemoryCacheEntryOptions { Size = copy.Pdf.Length, SlidingExpiration = TimeSpan.FromHours(1) });

    public void Dispose() => _copies.Dispose();
}

/// <summary>A printed summary: its ETag (the hash of the inputs it was printed from), the PDF and the file's name.</summary>
internal sealed record PrintedCopy(string ETag, byte[] Pdf, string FileName);
