using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace UnHabitat.Meetings.Templates;

/// <summary>
/// What every house-style document shares: the one stylesheet, the HTML encoding of user text, the page's
/// head (language, direction, author, a content security policy that forbids every fetch) and the template
/// version that goes into every cache key.
/// </summary>
public static class HouseStyle
{
    public const string Author = "UN-Habitat Secretariat of Governing Bodies";

    /// <summary>Letters of every script pass unescaped (Arabic, Chinese, Cyrillic stay readable); markup characters do not.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Stylesheet { get; } = ReadStylesheet();

    /// <summary>Changes whenever the stylesheet or the markup below changes (bump the prefix for markup changes).</summary>
    public static string Version { get; } = "templates-1:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Stylesheet)))[..16];

    /// <summary>The CSP source that allows exactly the inline stylesheet the documents carry ('sha256-…').</summary>
    public static string StyleHash { get; } = "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes("\n" + Stylesheet)));

    /// <summary>Every piece of user text goes through here before it reaches the markup.</summary>
    public static string Encode(string? text) => Encoder.Encode(text ?? "");

    /// <summary>The six official languages; anything else prints as English.</summary>
    public static string Language(string? code) => code?.ToLowerInvariant() switch
    {
        "ar" => "ar",
        "zh" => "zh",
        "fr" => "fr",
        "ru" => "ru",
        "es" => "es",
        _ => "en",
    };

    public static bool IsRightToLeft(string language) => language == "ar";

    /// <summary>The document up to the opening of its body.</summary>
    public static void Open(StringBuilder html, string title, string language, string bodyClass)
    {
        var lang = Language(language);
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(lang).Append("\" dir=\"").Append(IsRightToLeft(lang) ? "rtl" : "ltr").Append("\">\n<head>\n")
            .Append("<meta charset=\"utf-8\">\n")
            // Nothing may be fetched, whatever the text contains: no scripts, images, frames or fonts from outside.
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
            .Append("<meta name=\"author\" content=\"").Append(Encode(Author)).Append("\">\n")
            .Append("<title>").Append(Encode(title)).Append("</title>\n")
            .Append("<style>\n").Append(Stylesheet).Append("</style>\n</head>\n<body class=\"").Append(bodyClass).Append("\">\n");
    }

    public static void Close(StringBuilder html) => html.Append("</body>\n</html>\n");

    private static string ReadStylesheet()
    {
        var assembly = typeof(HouseStyle).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("house.css", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
