using System.IO.Compression;
using System.Xml;

namespace UnHabitat.Meetings.Application.Documents;

/// <summary>
/// Reads a Word file as the package it must be (Open Packaging Conventions): a ZIP whose
/// [Content_Types].xml declares word/document.xml as a Word document's main part (not a macro-enabled
/// one), and whose sizes are those of a document, not of a ZIP bomb: the entries' uncompressed total and
/// their compression ratio are bounded before anything is unpacked. The answer is why the file is
/// refused, or null.
/// </summary>
internal static class DocxInspection
{
    public const string MainPart = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    /// <summary>Far beyond any real document (text compresses about 5 to 20 times; pictures barely).</summary>
    private const long MaxUncompressedBytes = 256L * 1024 * 1024;

    private const double MaxRatio = 100;

    /// <summary>Small entries may compress well (a run of spaces); only those above this are held to the ratio.</summary>
    private const long RatioFloorBytes = 1024 * 1024;

    private const int MaxEntries = 10_000;

    private const long MaxContentTypesBytes = 1024 * 1024;

    public static string? Refusal(Stream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > MaxEntries)
            {
                return $"it holds more than {MaxEntries} parts: it is not a Word document";
            }

            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (entry.Length > RatioFloorBytes && entry.Length > MaxRatio * Math.Max(1, entry.CompressedLength))
                {
                    return $"its part {entry.FullName} unpacks to more than {MaxRatio:0} times its packed size: it looks like a ZIP bomb";
                }
            }

            if (total > MaxUncompressedBytes)
            {
                return $"it unpacks to {total / (1024 * 1024)} MB, more than the {MaxUncompressedBytes / (1024 * 1024)} MB a document may: it looks like a ZIP bomb";
            }

            if (zip.GetEntry("word/document.xml") is null)
            {
                return "it has no main document part (word/document.xml): it is not a Word document";
            }

            var types = zip.GetEntry("[Content_Types].xml");
            if (types is null || types.Length > MaxContentTypesBytes)
            {
                return "it has no list of content types ([Content_Types].xml): it is not a Word document";
            }

            return MainPartType(types) switch
            {
                MainPart => null,
                null => "its content types do not declare word/document.xml: it is not a Word document",
                var other when other.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase) => "it is a macro-enabled Word document (.docm); save it as a plain .docx",
                var other => $"its main part is {other}, not a Word document's (save it as .docx)",
            };
        }
        catch (InvalidDataException)
        {
            return "it is a damaged ZIP package";
        }
        catch (XmlException)
        {
            return "its list of content types ([Content_Types].xml) is not readable";
        }
        finally
        {
            content.Position = 0;
        }
    }

    /// <summary>The content type declared for /word/document.xml, by an Override or by the default for .xml.</summary>
    private static string? MainPartType(ZipArchiveEntry types)
    {
        using var stream = types.Open();
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = MaxContentTypesBytes });
        string? byDefault = null;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (reader.LocalName == "Override" && string.Equals(reader.GetAttribute("PartName"), "/word/document.xml", StringComparison.OrdinalIgnoreCase))
            {
                return reader.GetAttribute("ContentType");
            }

            if (reader.LocalName == "Default" && string.Equals(reader.GetAttribute("Extension"), "xml", StringComparison.OrdinalIgnoreCase))
            {
                byDefault = reader.GetAttribute("ContentType");
            }
        }

        return byDefault == MainPart ? byDefault : null;
    }
}
