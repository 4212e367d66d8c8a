namespace UnHabitat.Meetings.Application.Abstractions;

/// <summary>
/// What to print: a complete HTML document in the house style, its title and language (PDF metadata), and
/// the document symbol to repeat in the header of every page after the first (official documents).
/// </summary>
public sealed record PdfRequest(string Html, string Title, string Language, string? HeaderSymbol = null);

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
