using System.Security.Cryptography;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Infrastructure.Persistence;

namespace UnHabitat.Meetings.Infrastructure.Files;

/// <summary>
/// Files under the data folder, named by the SHA-256 of their content (files/ab/abcdef…): an upload of the
/// same content is stored once, and a stored file never changes.
/// </summary>
internal sealed class ContentAddressedFileStore(DatabaseOptions options) : IFileStore
{
    private readonly string _root = Path.Combine(options.DataFolder, "files");

    public async Task<StoredFile> SaveAsync(Stream content, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.Combine(_root, "incoming"));
        var temporary = Path.Combine(_root, "incoming", Guid.NewGuid().ToString("N"));
        string sha;
        long size;
        var target = File.Create(temporary);
        await using (target.ConfigureAwait(false))
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var buffer = new byte[81920];
            int read;
            while ((read = await content.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
            }

            sha = Convert.ToHexString(hash.GetHashAndReset()).ToLowerInvariant();
            size = target.Length;
        }

        var final = Location(sha);
        Directory.CreateDirectory(Path.GetDirectoryName(final)!);
        if (File.Exists(final))
        {
            File.Delete(temporary);
        }
        else
        {
            File.Move(temporary, final);
        }

        return new StoredFile(sha, size);
    }

    public string? PathOf(string sha256)
    {
        var path = Location(sha256);
        return File.Exists(path) ? path : null;
    }

    private string Location(string sha) => Path.Combine(_root, sha[..2], sha);
}
