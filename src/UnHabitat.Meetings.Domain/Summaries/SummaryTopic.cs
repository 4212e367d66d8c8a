using System.Text.RegularExpressions;
using UnHabitat.Meetings.Domain.Resolutions;

namespace UnHabitat.Meetings.Domain.Summaries;

/// <summary>
/// A topic sub-heading of a summary, and which typed spellings are the same topic. The Secretariat types the
/// heading afresh for interventions and responses ("Resolution 2/1 - …", "Resolution 2/1- …", "Resolution 2/1: …"
/// all occur in one real summary): a heading that names a resolution or decision is that resolution's topic
/// whatever the punctuation; any other heading is the same topic when it differs only in case, spacing or a
/// final full stop or colon.
/// </summary>
public sealed partial record SummaryTopic(string Key, string Heading)
{
    public static string? KeyOf(string? topic)
    {
        if (string.IsNullOrWhiteSpace(topic))
        {
            return null;
        }

        return ResolutionReference.FindIn(topic)?.ToString()
            ?? Spaces().Replace(topic.Trim(), " ").TrimEnd('.', ':', ' ').ToLowerInvariant();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
