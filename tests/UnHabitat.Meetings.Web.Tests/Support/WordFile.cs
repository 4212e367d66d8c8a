using DocumentFormat.OpenXml.Packaging;

namespace UnHabitat.Meetings.Web.Tests.Support;

/// <summary>Word downloads opened as Word itself would read them, with the Open XML SDK.</summary>
public static class WordFile
{
    /// <summary>A download that must be a Word document: 200, and the package opened read-only.</summary>
    public static async Task<WordprocessingDocument> ReadAsync(HttpResponseMessage response)
    {
        Assert.That((int)response.StatusCode, Is.EqualTo(200), await response.ExplainAsync());
        return WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
    }
}
