namespace UnHabitat.Meetings.Application.Abstractions;

/// <summary>
/// What to print: a complete HTML document in the house style, its title and language (PDF metadata), and
/// the document symbol to repeat in the header of every page after the first (official documents).
/// <see cref="Keep"/> asks for the output to be stored for good (a published summary is printed once).
/// </summary>
public sealed record PdfRequest(string Html, string Title, string Language, string? HeaderSymbol = null, bool Keep = false)
{
    /// <summary>Bumped when the print settings change, so that no cached output of the old settings is served.</summary>
    public const string PrintSettingsVersion = "pdf-1";

    /// <summary>
    /// The SHA-256 of everything that decides the output (the HTML carries the stylesheet): the cache key and,
    /// quoted, the ETag.
    /// </summary>
    public string Key
    {
        get
        {
            var inputs = string.Join('\n', PrintSettingsVersion, Title, Language, HeaderSymbol ?? "", Html);
            return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(inputs)));
        }
    }
}

/// <summary>Prints house-style HTML to PDF (headless Chromium in production; ADR 004).</summary>
public interface IPdfRenderer
{
    Task<byte[]> RenderAsync(PdfRequest request, CancellationToken cancellationToken);
}

/// <summary>The renderer cannot print right now (no browser, or it failed twice): answered 503 with Retry-After.</summary>
public sealed class RendererUnavailableException : Exception
{
    public RendererUnavailableException() : base("The PDF renderer is not available right now.")
    {
    }

    public RendererUnavailableException(string message) : base(message)
    {
    }

    public RendererUnavailableException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
