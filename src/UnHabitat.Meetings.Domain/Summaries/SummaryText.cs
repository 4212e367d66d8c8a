namespace UnHabitat.Meetings.Domain.Summaries;

public enum SummaryTextChangeKind
{
    Added,
    Removed,
    Reworded,
}

/// <summary>A paragraph that differs: its number now (or then, when removed), its text, and what it read before.</summary>
public sealed record SummaryTextChange(SummaryTextChangeKind Kind, string Label, string Text, string? Was);

/// <summary>
/// The summary's text as kept in its history: one line per printed paragraph ("12\tThe Secretariat explained …"),
/// and the comparison of two such texts. Paragraph numbers shift whenever one is inserted, so paragraphs are
/// matched by their words (longest common subsequence), not by their numbers.
/// </summary>
public static class SummaryText
{
    public static string Snapshot(AssembledSummary summary) =>
        string.Join('\n', summary.Blocks
            .Where(b => b.Number is not null || b.Kind is SummaryBlockKind.TableRow or SummaryBlockKind.Closing)
            .Select(b => $"{b.Number?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""}\t{Flatten(b)}"));

    public static IReadOnlyList<(string Label, string Text)> Lines(string snapshot) =>
        [.. snapshot.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t', 2)).Select(p => (p[0], p.Length > 1 ? p[1] : ""))];

    public static IReadOnlyList<SummaryTextChange> Compare(IReadOnlyList<(string Label, string Text)> before, IReadOnlyList<(string Label, string Text)> after)
    {
        // Longest common subsequence of the texts, then walk both lists.
        var lcs = new int[before.Count + 1, after.Count + 1];
        for (var i = before.Count - 1; i >= 0; i--)
        {
            for (var j = after.Count - 1; j >= 0; j--)
            {
                lcs[i, j] = before[i].Text == after[j].Text ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var changes = new List<SummaryTextChange>();
        var removed = new List<(string Label, string Text)>();
        var added = new List<(string Label, string Text)>();
        void Flush()
        {
            // A paragraph removed where one is added reads as the same paragraph reworded.
            var paired = Math.Min(removed.Count, added.Count);
            for (var k = 0; k < paired; k++)
            {
                changes.Add(new SummaryTextChange(SummaryTextChangeKind.Reworded, added[k].Label, added[k].Text, removed[k].Text));
            }

            changes.AddRange(added.Skip(paired).Select(a => new SummaryTextChange(SummaryTextChangeKind.Added, a.Label, a.Text, null)));
            changes.AddRange(removed.Skip(paired).Select(r => new SummaryTextChange(SummaryTextChangeKind.Removed, r.Label, r.Text, null)));
            removed.Clear();
            added.Clear();
        }

        int x = 0, y = 0;
        while (x < before.Count || y < after.Count)
        {
            if (x < before.Count && y < after.Count && before[x].Text == after[y].Text)
            {
                Flush();
                x++;
                y++;
            }
            else if (y < after.Count && (x == before.Count || lcs[x, y + 1] >= lcs[x + 1, y]))
            {
                added.Add(after[y++]);
            }
            else
            {
                removed.Add(before[x++]);
            }
        }

        Flush();
        return changes;
    }

    private static string Flatten(SummaryBlock block)
    {
        var parts = new List<string> { block.Text };
        parts.AddRange((block.Items ?? []).Select(i => i.Text));
        parts.AddRange((block.Columns ?? []).SelectMany(c => c).Select(l => l.Text));
        return string.Join(' ', parts.Where(p => p.Length > 0)).Replace('\n', ' ').Replace('\t', ' ');
    }
}
