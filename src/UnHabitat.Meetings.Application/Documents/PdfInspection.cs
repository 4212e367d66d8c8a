using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace UnHabitat.Meetings.Application.Documents;

/// <summary>
/// Reads a PDF's structure as a reader would find it (header, cross-reference table or stream named by
/// <c>startxref</c>, <c>%%EOF</c>, a document catalog) and looks through its objects, also those packed
/// in compressed object streams, for active content: JavaScript, launching programs, actions run on
/// opening or on events. Page contents, fonts and images are skipped, not scanned as text, so their
/// bytes cannot look like a name by chance. The answer is why the file is refused, or null.
/// </summary>
internal static partial class PdfInspection
{
    /// <summary>Unpacked object streams stop here: more is not a document, it is a bomb.</summary>
    private const long MaxUnpackedObjectBytes = 64L * 1024 * 1024;

    /// <summary>Names that make a PDF run something (ISO 32000-1: 12.6 actions, 12.6.3 trigger events), most telling first.</summary>
    private static readonly Dictionary<string, string> Active = new(StringComparer.Ordinal)
    {
        ["JavaScript"] = "JavaScript",
        ["JS"] = "JavaScript",
        ["Launch"] = "an action that launches a program",
        ["AA"] = "actions run on events (opening a page, closing the document)",
        ["OpenAction"] = "an action run when the document is opened",
    };

    public static string? Refusal(byte[] pdf)
    {
        if (pdf.Length < 16 || !pdf.AsSpan(0, 5).SequenceEqual("%PDF-"u8) || !char.IsAsciiDigit((char)pdf[5]) || pdf[6] != '.')
        {
            return "it does not start as a PDF does (%PDF-1.x)";
        }

        var tail = pdf.AsSpan(Math.Max(0, pdf.Length - 1024));
        var eof = tail.LastIndexOf("%%EOF"u8);
        if (eof < 0)
        {
            return "it has no end-of-file marker (%%EOF): it is cut short or not a PDF";
        }

        var startxref = tail[..eof].LastIndexOf("startxref"u8);
        if (startxref < 0 || !TryNumber(tail[(startxref + 9)..eof], out var offset) || offset <= 0 || offset >= pdf.Length)
        {
            return "it has no valid pointer to its cross-reference table (startxref)";
        }

        var xref = pdf.AsSpan((int)offset);
        xref = xref[CountWhitespace(xref)..];
        if (!xref.StartsWith("xref"u8) && !StartsWithObject(xref))
        {
            return "its cross-reference table is not where the file says it is";
        }

        var scan = new Scan();
        if (Tokens(pdf, scan, unpack: true) is { } broken)
        {
            return broken;
        }

        if (scan.Active.Count > 0)
        {
            var found = Active.Values.Distinct().Where(scan.Active.Contains);
            return $"it contains {string.Join(" and ", found)}, which is not accepted in documents sent to Member States";
        }

        return scan.HasCatalog ? null : "it has no document catalog (/Root): it is not a readable PDF";
    }

    private sealed class Scan
    {
        public HashSet<string> Active { get; } = [];

        public bool HasCatalog { get; set; }

        public long Unpacked { get; set; }
    }

    /// <summary>Walks the tokens of the file (or of an unpacked object stream), skipping strings, comments and stream data.</summary>
    private static string? Tokens(ReadOnlySpan<byte> data, Scan scan, bool unpack)
    {
        var i = 0;
        var names = new List<string>(); // the names since the last object began: what kind of stream follows
        while (i < data.Length)
        {
            var c = data[i];
            switch (c)
            {
                case (byte)'%':
                    while (i < data.Length && data[i] != '\n' && data[i] != '\r')
                    {
                        i++;
                    }

                    break;
                case (byte)'(':
                    if (SkipString(data, ref i) is false)
                    {
                        return "a text string in it is not closed: the file is damaged";
                    }

                    break;
                case (byte)'<' when i + 1 < data.Length && data[i + 1] == '<':
                    i += 2;
                    break;
                case (byte)'<':
                    var close = data[i..].IndexOf((byte)'>');
                    if (close < 0)
                    {
                        return "a hexadecimal string in it is not closed: the file is damaged";
                    }

                    i += close + 1;
                    break;
                case (byte)'/':
                    var name = ReadName(data, ref i);
                    names.Add(name);
                    if (name == "Root")
                    {
                        scan.HasCatalog = true;
                    }

                    if (Active.TryGetValue(name, out var what) && (name != "OpenAction" || !OpensAtAPage(data, data[i..])))
                    {
                        scan.Active.Add(what);
                    }

                    break;
                default:
                    if (IsRegular(c))
                    {
                        var start = i;
                        while (i < data.Length && IsRegular(data[i]))
                        {
                            i++;
                        }

                        var word = data[start..i];
                        if (word.SequenceEqual("obj"u8))
                        {
                            names.Clear();
                        }
                        else if (word.SequenceEqual("stream"u8))
                        {
                            if (SkipStream(data, ref i, names, scan, unpack) is { } broken)
                            {
                                return broken;
                            }

                            names.Clear();
                        }
                    }
                    else
                    {
                        i++;
                    }

                    break;
            }
        }

        return null;
    }

    /// <summary>Skips a stream's data; an object stream (compressed objects) is unpacked and read as objects.</summary>
    private static string? SkipStream(ReadOnlySpan<byte> data, ref int i, List<string> names, Scan scan, bool unpack)
    {
        if (i < data.Length && data[i] == '\r')
        {
            i++;
        }

        if (i < data.Length && data[i] == '\n')
        {
            i++;
        }

        var end = data[i..].IndexOf("endstream"u8);
        if (end < 0)
        {
            return "a stream in it has no end (endstream): the file is damaged";
        }

        var content = data.Slice(i, end);
        i += end + 9;
        var isObjectStream = names.Zip(names.Skip(1)).Any(p => p.First == "Type" && p.Second == "ObjStm");
        if (!isObjectStream)
        {
            return null;
        }

        if (!unpack || (!names.Contains("FlateDecode") && names.Contains("Filter")))
        {
            return "it packs objects in a way that cannot be checked";
        }

        var objects = names.Contains("FlateDecode") ? Inflate(content, scan) : content.ToArray();
        return objects is null ? "its compressed objects cannot be unpacked, or unpack to far too much" : Tokens(objects, scan, unpack: false);
    }

    private static byte[]? Inflate(ReadOnlySpan<byte> compressed, Scan scan)
    {
        try
        {
            using var input = new ZLibStream(new MemoryStream(compressed.ToArray()), CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
            {
                scan.Unpacked += read;
                if (scan.Unpacked > MaxUnpackedObjectBytes)
                {
                    return null;
                }

                output.Write(buffer, 0, read);
            }

            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>
    /// Whether an /OpenAction only opens the document at a page: a destination ("[3 0 R /Fit]"), a GoTo
    /// action, or (as pdfTeX writes it) a reference to one of these. Any other action is refused; what an
    /// unresolvable reference points at is still scanned for JavaScript and Launch like every object.
    /// </summary>
    private static bool OpensAtAPage(ReadOnlySpan<byte> data, ReadOnlySpan<byte> value)
    {
        value = value[CountWhitespace(value)..];
        var reference = Reference().Match(Encoding.Latin1.GetString(value[..Math.Min(value.Length, 32)]));
        if (reference.Success)
        {
            var target = data.IndexOf(Encoding.ASCII.GetBytes($"{reference.Groups[1].Value} {reference.Groups[2].Value} obj"));
            if (target < 0)
            {
                return true;
            }

            value = data[(target + reference.Groups[1].Length + reference.Groups[2].Length + 5)..];
            value = value[CountWhitespace(value)..];
        }

        if (value.IsEmpty || value[0] == '[')
        {
            return true;
        }

        var action = ActionType().Match(Encoding.Latin1.GetString(value[..Math.Min(value.Length, 4096)]));
        return !action.Success || action.Groups[1].Value == "GoTo";
    }

    [GeneratedRegex(@"^(\d+)\s+(\d+)\s+R\b")]
    private static partial Regex Reference();

    /// <summary>The action's type: "/S /JavaScript" (not /Subtype, /Size …).</summary>
    [GeneratedRegex(@"/S[\s/]\s*/?([A-Za-z]+)")]
    private static partial Regex ActionType();

    private static bool SkipString(ReadOnlySpan<byte> data, ref int i)
    {
        var depth = 0;
        for (; i < data.Length; i++)
        {
            switch (data[i])
            {
                case (byte)'\\':
                    i++;
                    break;
                case (byte)'(':
                    depth++;
                    break;
                case (byte)')':
                    if (--depth == 0)
                    {
                        i++;
                        return true;
                    }

                    break;
            }
        }

        return false;
    }

    /// <summary>A name with its #xx escapes undone ("/J#61vaScript" is "/JavaScript").</summary>
    private static string ReadName(ReadOnlySpan<byte> data, ref int i)
    {
        i++;
        var name = new StringBuilder();
        while (i < data.Length && IsRegular(data[i]))
        {
            if (data[i] == '#' && i + 2 < data.Length && IsHex(data[i + 1]) && IsHex(data[i + 2]))
            {
                name.Append((char)Convert.ToByte(Encoding.ASCII.GetString(data.Slice(i + 1, 2)), 16));
                i += 3;
            }
            else
            {
                name.Append((char)data[i++]);
            }
        }

        return name.ToString();
    }

    private static bool StartsWithObject(ReadOnlySpan<byte> text)
    {
        // "12 0 obj"
        var i = 0;
        for (var part = 0; part < 2; part++)
        {
            var digits = 0;
            while (i < text.Length && char.IsAsciiDigit((char)text[i]))
            {
                i++;
                digits++;
            }

            var spaces = CountWhitespace(text[i..]);
            if (digits == 0 || spaces == 0)
            {
                return false;
            }

            i += spaces;
        }

        return text[i..].StartsWith("obj"u8);
    }

    private static bool TryNumber(ReadOnlySpan<byte> text, out long value)
    {
        text = text[CountWhitespace(text)..];
        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit((char)text[digits]))
        {
            digits++;
        }

        return long.TryParse(Encoding.ASCII.GetString(text[..digits]), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out value);
    }

    private static int CountWhitespace(ReadOnlySpan<byte> text)
    {
        var i = 0;
        while (i < text.Length && IsWhitespace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsWhitespace(byte c) => c is 0 or 9 or 10 or 12 or 13 or 32;

    private static bool IsDelimiter(byte c) => c is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    private static bool IsRegular(byte c) => !IsWhitespace(c) && !IsDelimiter(c);

    private static bool IsHex(byte c) => char.IsAsciiHexDigit((char)c);
}
