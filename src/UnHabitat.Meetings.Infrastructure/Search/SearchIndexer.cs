using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Search;
using UnHabitat.Meetings.Domain.Decisions;
using UnHabitat.Meetings.Domain.Documents;
using UnHabitat.Meetings.Domain.Journals;
using UnHabitat.Meetings.Domain.Meetings;
using UnHabitat.Meetings.Domain.Records;
using UnHabitat.Meetings.Domain.Resolutions;
using UnHabitat.Meetings.Domain.Search;
using UnHabitat.Meetings.Domain.Summaries;
using UnHabitat.Meetings.Infrastructure.Persistence;

namespace UnHabitat.Meetings.Infrastructure.Search;

/// <summary>Something saved that the search may have to look at again: its type and id.</summary>
internal readonly record struct SearchSource(Type Type, Guid Id)
{
    /// <summary>The types whose changes reach the search entries.</summary>
    public static bool Concerns(Type type) =>
        type == typeof(Intervention) || type == typeof(SecretariatResponse) || type == typeof(RecordParagraph) || type == typeof(MeetingSummary)
        || type == typeof(DailyJournal) || type == typeof(Document) || type == typeof(Resolution) || type == typeof(Decision) || type == typeof(Meeting);
}

/// <summary>
/// Rebuilds the search entries of what a command changed, inside the command's transaction (the unit of work
/// calls it before committing), so that the search never disagrees with what was saved; and, at start-up, builds
/// those of whatever has none yet (data from before the search, or loaded without the unit of work). A language
/// version's text is read from its file once: an entry whose file hash is unchanged keeps its text.
/// </summary>
public sealed partial class SearchIndexer(MeetingsDbContext db, IFileStore files, ILogger<SearchIndexer> logger)
{
    private const int Batch = 200;

    internal async Task RefreshAsync(IReadOnlyCollection<SearchSource> sources, CancellationToken ct)
    {
        if (sources.Count == 0)
        {
            return;
        }

        foreach (var source in sources.Distinct())
        {
            if (source.Type == typeof(Meeting))
            {
                await MoveDatesAsync(source.Id, ct).ConfigureAwait(false);
            }
            else
            {
                await RebuildAsync(source, ct).ConfigureAwait(false);
            }
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Indexes every source that has no entry yet, a batch at a time. Harmless to repeat.</summary>
    public async Task BackfillAsync(CancellationToken ct)
    {
        var total = 0;
        total += await BackfillAsync(typeof(Document), SearchKind.Document, db.Documents.Select(d => d.Id), ct).ConfigureAwait(false);
        total += await BackfillAsync(typeof(Intervention), SearchKind.RecordEntry, db.Interventions.Select(d => d.Id), ct).ConfigureAwait(false);
        total += await BackfillAsync(typeof(SecretariatResponse), SearchKind.RecordEntry, db.SecretariatResponses.Select(d => d.Id), ct).ConfigureAwait(false);
        total += await BackfillAsync(typeof(RecordParagraph), SearchKind.RecordEntry, db.RecordParagraphs.Select(d => d.Id), ct).ConfigureAwait(false);
        total += await BackfillAsync(typeof(MeetingSummary), SearchKind.Summary, db.MeetingSummaries.Where(s => s.Published.Any()).Select(d => d.Id), ct).ConfigureAwait(false);
        total += await BackfillAsync(typeof(DailyJournal), SearchKind.Journal, db.DailyJournals.Where(s => s.Published.Any()).Select(d => d.Id), ct).ConfigureAwait(false);
        total += await BackfillAsync(typeof(Resolution), SearchKind.Resolution, db.Resolutions.Select(d => d.Id), ct).ConfigureAwait(false);
        total += await BackfillAsync(typeof(Decision), SearchKind.Decision, db.Decisions.Select(d => d.Id), ct).ConfigureAwait(false);
        if (total > 0)
        {
            LogBackfilled(logger, total);
        }
    }

    private async Task<int> BackfillAsync(Type type, SearchKind kind, IQueryable<Guid> ids, CancellationToken ct)
    {
        // One anti-join finds every source without an entry (a few MB of ids for ten years of records); asking
        // again for each batch would rescan the sources already indexed every time.
        var missing = await ids.Where(id => !db.SearchEntries.Any(e => e.Kind == kind && e.SourceId == id)).ToListAsync(ct).ConfigureAwait(false);
        var done = 0;
        foreach (var batch in missing.Chunk(Batch))
        {
            foreach (var id in batch)
            {
                if (await RebuildAsync(new SearchSource(type, id), ct).ConfigureAwait(false) > 0)
                {
                    done++;
                }
            }

            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            db.ChangeTracker.Clear();
        }

        return done;
    }

    private async Task MoveDatesAsync(Guid meetingId, CancellationToken ct)
    {
        var startsAt = await db.Meetings.Where(m => m.Id == meetingId).Select(m => (DateTimeOffset?)m.StartsAt).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        if (startsAt is null)
        {
            return;
        }

        // The entries dated by their meeting (not journals and decisions, which have their own day).
        var entries = await db.SearchEntries
            .Where(e => e.MeetingId == meetingId && e.Date != startsAt && (e.Kind == SearchKind.Summary || e.Kind == SearchKind.RecordEntry || e.Kind == SearchKind.Document))
            .ToListAsync(ct).ConfigureAwait(false);
        foreach (var entry in entries)
        {
            entry.MovedTo(startsAt);
        }
    }

    /// <summary>Replaces the source's entries by those built from it as saved now; none when it is gone.</summary>
    private async Task<int> RebuildAsync(SearchSource source, CancellationToken ct)
    {
        var kind = KindOf(source.Type);
        var old = await db.SearchEntries.Where(e => e.Kind == kind && e.SourceId == source.Id).ToListAsync(ct).ConfigureAwait(false);
        var fresh = await BuildAsync(source, old, ct).ConfigureAwait(false);
        db.SearchEntries.RemoveRange(old);
        db.SearchEntries.AddRange(fresh);
        return fresh.Count;
    }

    private static SearchKind KindOf(Type type) =>
        type == typeof(MeetingSummary) ? SearchKind.Summary
        : type == typeof(DailyJournal) ? SearchKind.Journal
        : type == typeof(Document) ? SearchKind.Document
        : type == typeof(Resolution) ? SearchKind.Resolution
        : type == typeof(Decision) ? SearchKind.Decision
        : SearchKind.RecordEntry;

    private async Task<List<SearchEntry>> BuildAsync(SearchSource source, List<SearchEntry> old, CancellationToken ct)
    {
        var id = source.Id;
        if (source.Type == typeof(Intervention))
        {
            var i = await db.Interventions.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct).ConfigureAwait(false);
            var who = i is null ? null : i.Speaker.StateName ?? i.Speaker.Name ?? i.Speaker.Kind.ToString();
            return i is null ? [] : await RecordEntryAsync(i, $"{who}{(i.Speaker.OnBehalfOf is { } group ? $", on behalf of {group}," : "")} {i.Text}", "Intervention", ct).ConfigureAwait(false);
        }

        if (source.Type == typeof(SecretariatResponse))
        {
            var r = await db.SecretariatResponses.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct).ConfigureAwait(false);
            return r is null ? [] : await RecordEntryAsync(r, r.Text, "Response of the Secretariat", ct).ConfigureAwait(false);
        }

        if (source.Type == typeof(RecordParagraph))
        {
            var p = await db.RecordParagraphs.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct).ConfigureAwait(false);
            return p is null ? [] : await RecordEntryAsync(p, string.Join('\n', [p.Text, .. p.ItemList]), "Paragraph", ct).ConfigureAwait(false);
        }

        if (source.Type == typeof(MeetingSummary))
        {
            var summary = await db.MeetingSummaries.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct).ConfigureAwait(false);
            var meeting = await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct).ConfigureAwait(false);
            if (summary?.LatestPublished is not { } published || meeting is null)
            {
                return [];
            }

            var body = await db.Bodies.AsNoTracking().FirstAsync(b => b.Id == meeting.BodyId, ct).ConfigureAwait(false);
            return [new SearchEntry(SearchKind.Summary, id, body.Id, meeting.Id, meeting.SessionId, null, "Summary of the " + Meeting.TitleFor(meeting.Number, body.Name),
                null, SearchText.Prepare(TextOf(published.Content)), meeting.StartsAt, published: true, null)];
        }

        if (source.Type == typeof(DailyJournal))
        {
            var journal = await db.DailyJournals.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct).ConfigureAwait(false);
            if (journal?.LatestPublished is not { } published)
            {
                return [];
            }

            var session = await db.Sessions.AsNoTracking().FirstAsync(s => s.Id == journal.SessionId, ct).ConfigureAwait(false);
            var body = await db.Bodies.AsNoTracking().FirstAsync(b => b.Id == session.BodyId, ct).ConfigureAwait(false);
            var title = string.Create(CultureInfo.InvariantCulture, $"Journal of the {body.ShortName}, {journal.Date:dddd d MMMM yyyy}");
            return [new SearchEntry(SearchKind.Journal, id, body.Id, null, session.Id, null, title, null, SearchText.Prepare(TextOf(published.Content)),
                new DateTimeOffset(journal.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), published: true, null)];
        }

        if (source.Type == typeof(Document))
        {
            return await DocumentAsync(id, old, ct).ConfigureAwait(false);
        }

        if (source.Type == typeof(Resolution))
        {
            var r = await db.Resolutions.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct).ConfigureAwait(false);
            if (r is null)
            {
                return [];
            }

            var text = string.Join('\n', [r.Symbol, r.Title, .. r.Paragraphs.OrderBy(p => p.Position).Select(p => $"{p.Number} {p.Text}"),
                .. r.UpdatesInOrder.Select(u => string.Join(' ', u.Challenges, u.LessonsLearned))]);
            return [new SearchEntry(SearchKind.Resolution, id, r.BodyId, null, null, r.Symbol, $"Resolution {r.Reference}: {r.Title}", null, SearchText.Prepare(text),
                new DateTimeOffset(r.Year, 1, 1, 0, 0, 0, TimeSpan.Zero), published: true, null)];
        }

        if (source.Type == typeof(Decision))
        {
            var d = await db.Decisions.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct).ConfigureAwait(false);
            return d is null ? [] : [new SearchEntry(SearchKind.Decision, id, d.BodyId, d.MeetingId, null, d.DocumentSymbol, $"Decision {d.Number}: {d.Title}", null,
                SearchText.Prepare(string.Join('\n', [d.DocumentSymbol, d.Title, d.Text])), new DateTimeOffset(d.AdoptedOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), published: true, null)];
        }

        return [];
    }

    private async Task<List<SearchEntry>> RecordEntryAsync(RecordEntry entry, string text, string what, CancellationToken ct)
    {
        var meeting = await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == entry.MeetingId, ct).ConfigureAwait(false);
        if (meeting is null)
        {
            return [];
        }

        var body = await db.Bodies.AsNoTracking().FirstAsync(b => b.Id == meeting.BodyId, ct).ConfigureAwait(false);
        var title = $"{what}, {Meeting.TitleFor(meeting.Number, body.Name)}{(entry.Topic is { } topic ? $" – {topic}" : "")}";
        return [new SearchEntry(SearchKind.RecordEntry, entry.Id, body.Id, meeting.Id, meeting.SessionId, null, Shorten(title), null, SearchText.Prepare(text), meeting.StartsAt, published: false, null)];
    }

    /// <summary>One entry for the symbol and title, one per language version with the text read from its current file.</summary>
    private async Task<List<SearchEntry>> DocumentAsync(Guid id, List<SearchEntry> old, CancellationToken ct)
    {
        var document = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct).ConfigureAwait(false);
        var meeting = document is null ? null : await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == document.MeetingId, ct).ConfigureAwait(false);
        if (document is null || meeting is null)
        {
            return [];
        }

        var entries = new List<SearchEntry>
        {
            new(SearchKind.Document, id, document.BodyId, meeting.Id, meeting.SessionId, document.Symbol, Shorten(document.Title), null,
                SearchText.Prepare($"{document.Symbol} {document.Title}"), meeting.StartsAt, document.IsPublished, null),
        };
        foreach (var language in OfficialLanguages.All)
        {
            if (document.CurrentFile(language) is not { } file)
            {
                continue;
            }

            var text = old.FirstOrDefault(e => e.Language == language && e.ContentHash == file.Sha256)?.Text;
            if (text is null)
            {
                var path = files.PathOf(file.Sha256);
                text = path is null ? string.Empty : SearchText.Prepare(DocumentText.Extract(path, file.ContentType));
            }

            entries.Add(new SearchEntry(SearchKind.Document, id, document.BodyId, meeting.Id, meeting.SessionId, document.Symbol, Shorten(document.Title), language,
                text, meeting.StartsAt, document.IsPublished, file.Sha256));
        }

        return entries;
    }

    private static string Shorten(string title) => title.Length > 800 ? title[..799] + "…" : title;

    /// <summary>The words of a published summary or journal: every string of its stored blocks but their kinds.</summary>
    private static string TextOf(string json)
    {
        var text = new StringBuilder();
        using var document = JsonDocument.Parse(json);
        Walk(document.RootElement, null);
        return text.ToString();

        void Walk(JsonElement element, string? name)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        Walk(property.Value, property.Name);
                    }

                    break;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        Walk(item, name);
                    }

                    break;
                case JsonValueKind.String when !string.Equals(name, "kind", StringComparison.OrdinalIgnoreCase):
                    text.Append(element.GetString()).Append('\n');
                    break;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Search: indexed {Count} records, documents, summaries, journals, resolutions and decisions that had no entry yet")]
    private static partial void LogBackfilled(ILogger logger, int count);
}
