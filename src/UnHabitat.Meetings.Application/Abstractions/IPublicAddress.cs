namespace UnHabitat.Meetings.Application.Abstractions;

/// <summary>
/// The address at which people reach the application (setting App:PublicUrl), for every absolute link it
/// gives out: calendar addresses, links in e-mails. Never taken from a request's Host header, which the
/// sender chooses.
/// </summary>
public interface IPublicAddress
{
    Uri BaseUrl { get; }

    bool IsHttps { get; }

    /// <summary>An absolute link to a path of the application ("/api/documents/…").</summary>
    string Absolute(string path);
}
