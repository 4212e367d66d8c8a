using UnHabitat.Meetings.Infrastructure.Persistence;

namespace UnHabitat.Meetings.Infrastructure.Rendering;

/// <summary>
/// Printed documents kept for good, named by the SHA-256 of their inputs: <c>&lt;Data:Folder&gt;/renders/&lt;sha&gt;.pdf</c>.
/// Content-addressed, so a file once written is never rewritten and never stale.
/// </summary>
public sealed class RenderStore(DatabaseOptions database)
{
    public string Folder { get; } = Path.Combine(database.DataFolder, "renders");

    public string PathOf(string key) =>
        key.Length == 64 && key.All(char.IsAsciiHexDigitLower)
            ? Path.Combine(Folder, key + ".pdf")
            : throw new ArgumentException("A render key is a lower-case SHA-256 in hex.", nameof(key));

    public async Task<byte[]?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        return File.Exists(path) ? await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false) : null;
    }

    public async Task WriteAsync(string key, byte[] content, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var path = PathOf(key);
        // Written aside, then moved: a reader never sees half a file.
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await File.WriteAllBytesAsync(temporary, content, cancellationToken).ConfigureAwait(false);
        File.Move(temporary, path, overwrite: true);
    }
}
