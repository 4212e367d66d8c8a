using System.Diagnostics;
using System.Text.Json;

namespace UnHabitat.Meetings.Web.Tests.Support;

/// <summary>
/// Reads PDFs the way an independent reader does, with poppler-utils (pdftotext, pdfinfo, pdffonts,
/// pdftohtml) and qpdf, installed by ./build.sh test.
/// </summary>
public sealed class PdfFile : IDisposable
{
    private readonly string _path;

    public PdfFile(byte[] content)
    {
        _path = Path.Combine(Path.GetTempPath(), $"meetings-test-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(_path, content);
    }

    /// <summary>A download that must be a PDF: 200, typed application/pdf, and its content to read.</summary>
    public static async Task<PdfFile> ReadAsync(HttpResponseMessage response)
    {
        Assert.That((int)response.StatusCode, Is.EqualTo(200), await response.ExplainAsync());
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
        return new PdfFile(await response.Content.ReadAsByteArrayAsync());
    }

    /// <summary>The text in reading order (pdftotext's default mode), pages separated by form feeds.</summary>
    public string Text(int? page = null) => Run("pdftotext", [.. Pages(page), "-enc", "UTF-8", _path, "-"]);

    /// <summary>
    /// The text of every page without its running header (the symbol) and footer (the page number), so that
    /// a paragraph broken across pages reads as one. Layout mode, because the default mode takes a hyphen at
    /// the end of a line ("time-" / "bound") for a soft hyphen and drops it.
    /// </summary>
    public string BodyText(string? header = null) => string.Join("\n", Enumerable.Range(1, PageCount).Select(page =>
    {
        var lines = LayoutText(page).Split('\n').Select(l => l.TrimEnd('\f')).Where(l => l.Trim().Length > 0).ToList();
        if (lines.Count > 0 && lines[^1].Trim() == page.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            lines.RemoveAt(lines.Count - 1);
        }

        if (header is not null && page > 1 && lines.Count > 0 && lines[0].Trim() == header)
        {
            lines.RemoveAt(0);
        }

        return string.Join("\n", lines);
    }));

    /// <summary>The text inside a strip of every page, from <paramref name="left"/> to <paramref name="right"/> points: one table column read on its own.</summary>
    public string TextBetween(double left, double right) => string.Join("\n", Enumerable.Range(1, PageCount).Select(page =>
        Run("pdftotext", [.. Pages(page), "-r", "72", "-x", Points(left), "-y", "0", "-W", Points(right - left), "-H", "842", "-enc", "UTF-8", _path, "-"])));

    public string LayoutText(int? page = null) => Run("pdftotext", [.. Pages(page), "-layout", "-enc", "UTF-8", _path, "-"]);

    /// <summary>pdfinfo's "Key: value" lines.</summary>
    public IReadOnlyDictionary<string, string> Info() =>
        Run("pdfinfo", ["-enc", "UTF-8", _path]).Split('\n').Where(l => l.Contains(':', StringComparison.Ordinal))
            .Select(l => (Key: l[..l.IndexOf(':', StringComparison.Ordinal)], Value: l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim()))
            .GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.First().Value);

    public int PageCount => int.Parse(Info()["Pages"], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>pdffonts' table: one row per font, the "emb" column saying whether it is embedded.</summary>
    public IReadOnlyList<(string Name, bool Embedded)> Fonts()
    {
        var lines = Run("pdffonts", [_path]).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        // Columns are fixed by the dashes line: name, type, encoding, then emb sub uni.
        return [.. lines.Select(l =>
        {
            var parts = l.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return (parts[0], parts[^5] == "yes");
        })];
    }

    /// <summary>The outline (bookmarks) titles, depth first, from qpdf's JSON.</summary>
    public IReadOnlyList<string> Outline()
    {
        using var json = JsonDocument.Parse(Run("qpdf", ["--json=2", "--json-key=outlines", _path]));
        var titles = new List<string>();
        Walk(json.RootElement.GetProperty("outlines"));
        return titles;

        void Walk(JsonElement items)
        {
            foreach (var item in items.EnumerateArray())
            {
                titles.Add(item.GetProperty("title").GetString()!);
                Walk(item.GetProperty("kids"));
            }
        }
    }

    /// <summary>The catalogue's /Lang entry.</summary>
    public string? Language()
    {
        using var json = JsonDocument.Parse(Run("qpdf", ["--json=2", "--json-key=qpdf", _path]));
        var objects = json.RootElement.GetProperty("qpdf")[1];
        var trailer = objects.GetProperty("trailer").GetProperty("value");
        var root = trailer.GetProperty("/Root").GetString()!.Replace(" R", "", StringComparison.Ordinal);
        var catalog = objects.GetProperty("obj:" + root + " R").GetProperty("value");
        return catalog.TryGetProperty("/Lang", out var lang) ? lang.GetString()!.Replace("u:", "", StringComparison.Ordinal) : null;
    }

    /// <summary>The text poppler reads in bold fonts, as pdftohtml reports it.</summary>
    public string BoldText() => string.Join(" ", System.Text.RegularExpressions.Regex.Matches(Run("pdftohtml", ["-xml", "-i", "-stdout", "-q", _path]), "<b>(.*?)</b>")
        .Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)));

    /// <summary>qpdf --check: structure and cross-references are sound.</summary>
    public string Check() => Run("qpdf", ["--check", _path]);

    public void Dispose() => File.Delete(_path);

    /// <summary>Text compared the way a PDF allows: spaces are guessed by the extractor from glyph gaps, so they are left out.</summary>
    public static string Squeeze(string text) =>
        new([.. text.Where(c => !char.IsWhiteSpace(c) && c is not ('\u202A' or '\u202B' or '\u202C' or '\u200E' or '\u200F'))]);

    private static string Points(double value) => ((int)Math.Round(value)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string[] Pages(int? page) => page is null ? [] : ["-f", page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), "-l", page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)];

    private static string Run(string tool, string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = System.Text.Encoding.UTF8 };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        // qpdf --check exits 3 for warnings only; anything else non-zero is a failure.
        if (process.ExitCode != 0 && !(tool == "qpdf" && process.ExitCode == 3))
        {
            throw new InvalidOperationException($"{tool} {string.Join(' ', args)} failed ({process.ExitCode}): {error.Result}");
        }

        return output.Result;
    }
}
