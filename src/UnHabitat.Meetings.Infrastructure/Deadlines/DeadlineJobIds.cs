using UnHabitat.Meetings.Application.Deadlines;

namespace UnHabitat.Meetings.Infrastructure.Deadlines;

/// <summary>
/// The job ids kept on a document's row, one slot each: slot 0 is the deadline, slot i + 1 the reminder at
/// the i-th offset of Deadlines:ReminderOffsets. Stored as "id|id|id", an empty slot for no job.
/// </summary>
internal static class DeadlineJobIds
{
    public const string Column = "DeadlineJobIds";
    public const int MaxLength = 400;

    public static int Slots(DeadlineOptions options) => 1 + options.ReminderOffsets.Count;

    /// <summary>When the job of a slot is due: the deadline itself, or the reminder's offset before it.</summary>
    public static DateTimeOffset TimeOf(int slot, DateTimeOffset dueAt, DeadlineOptions options) => slot == 0 ? dueAt : dueAt - options.ReminderOffsets[slot - 1];

    public static string?[] Parse(string? stored, int slots)
    {
        var ids = new string?[slots];
        var parts = (stored ?? "").Split('|');
        for (var i = 0; i < slots && i < parts.Length; i++)
        {
            ids[i] = parts[i].Length == 0 ? null : parts[i];
        }

        return ids;
    }

    public static string? Format(IReadOnlyList<string?> ids) => ids.All(id => id is null) ? null : string.Join('|', ids.Select(id => id ?? ""));
}
