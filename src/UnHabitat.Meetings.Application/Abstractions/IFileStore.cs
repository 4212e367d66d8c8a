namespace UnHabitat.Meetings.Application.Abstractions;

public sealed record StoredFile(string Sha256, long Size);

/// <summary>Files kept by the SHA-256 of their content: the same content is stored once.</summary>
public interface IFileStore
{
    Task<StoredFile> SaveAsync(Stream content, CancellationToken cancellationToken);

    /// <summary>The full path of a stored file, for streaming with ranges; null when it is not there.</summary>
    string? PathOf(string sha256);
}
