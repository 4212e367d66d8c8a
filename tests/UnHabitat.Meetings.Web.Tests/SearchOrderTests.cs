using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Search;
using UnHabitat.Meetings.Domain.Search;
using UnHabitat.Meetings.Infrastructure.Persistence;
using UnHabitat.Meetings.Infrastructure.Search;
using UnHabitat.Meetings.Testing;
using UnHabitat.Meetings.Web.Tests.Support;

namespace UnHabitat.Meetings.Web.Tests;

/// <summary>
/// Search hits newest first (ADR 023) over more hits than one look at the index gives, whatever their dates:
/// fractions of a second, the same second, before 1970, far ahead; through filters that keep few; and after a
/// meeting is rescheduled. On SQLite the index's own order is the dates' order (its keys hold the date).
/// </summary>
[TestFixture]
[Category("Database")]
public sealed class SearchOrderTests : AppFixture
{
    private HttpClient _secretariat = null!;

    /// <summary>The entries holding "quokka", as the search must give them: newest first, then the latest indexed.</summary>
    private List<SearchEntry> _quokkas = null!;

    protected override async Task OnStartedAsync()
    {
        _secretariat = (await AccessWorld.BuildAsync(App))[Caller.Secretariat];

        // Written straight to the table, as data loaded outside the commands is: resolutions and decisions, which a
        // signed-in caller reads without a source to look at. Dates out of the order of their ids.
        var dates = Enumerable.Range(0, 330).Select(i => new DateTimeOffset(2005, 1, 1, 0, 0, 0, TimeSpan.Zero).AddHours((i * 7919) % 40_000)).ToList();
        for (var i = 0; i < dates.Count; i += 5)
        {
            dates[i] = dates[i].AddTicks(3_456_789); // a fraction of a second, as EF stores it
        }

        dates[1] = dates[2]; // the same second: by id
        dates[3] = new DateTimeOffset(1965, 6, 1, 9, 0, 0, TimeSpan.FromHours(3));
        dates[4] = new DateTimeOffset(2150, 1, 1, 0, 0, 0, TimeSpan.Zero);
        dates[6] = dates[7].ToOffset(TimeSpan.FromHours(-5)); // the same instant in another offset
        _quokkas = [.. dates.Select((date, i) => Entry(i % 3 == 0 ? SearchKind.Decision : SearchKind.Resolution, $"quokka number {i}", date))];
        await App.WithDbAsync(async db =>
        {
            db.SearchEntries.AddRange(_quokkas);
            return await db.SaveChangesAsync();
        });
        _quokkas = [.. _quokkas.OrderByDescending(e => e.Date).ThenByDescending(e => e.Id)];
    }

    [Test]
    public async Task Hundreds_of_hits_come_newest_first_page_after_page_whatever_their_dates()
    {
        var hits = await AllPagesAsync("q=quokka&limit=50");

        Assert.That(hits, Is.EqualTo(_quokkas.Select(e => e.SourceId)));
    }

    [Test]
    public async Task A_filter_that_keeps_few_of_the_hits_still_fills_each_page_newest_first()
    {
        var decisions = await AllPagesAsync("q=quokka&kind=Decision&limit=20");
        var year = await AllPagesAsync("q=quokka&from=2006-01-01&to=2006-12-31&limit=200");

        Assert.That(decisions, Is.EqualTo(_quokkas.Where(e => e.Kind == SearchKind.Decision).Select(e => e.SourceId)));
        var in2006 = _quokkas.Where(e => e.Date >= new DateTimeOffset(2006, 1, 1, 0, 0, 0, TimeSpan.Zero) && e.Date < new DateTimeOffset(2007, 1, 1, 0, 0, 0, TimeSpan.Zero)).ToList();
        Assert.That(in2006, Is.Not.Empty);
        Assert.That(year, Is.EqualTo(in2006.Select(e => e.SourceId)));
    }

    [Test]
    public async Task A_rescheduled_meetings_record_is_found_once_at_its_new_date()
    {
        var body = (await Bodies.CreateBodyAsync(_secretariat)).Id;
        var (earlier, earlierItem) = await MeetingApi.CreateMeetingWithItemAsync(_secretariat, body);
        var later = await MeetingApi.CreateMeetingAsync(_secretariat, body, MeetingApi.At(body, "2025-03-04T10:00:00+03:00", "2025-03-04T13:00:00+03:00"));
        var laterItem = (await MeetingApi.ReadAgendaAsync(_secretariat, later.Id)).Items[0].Id;
        await MeetingApi.AddInterventionAsync(_secretariat, earlier, earlierItem, "spoke of the ocelot survey.");
        await MeetingApi.AddInterventionAsync(_secretariat, later.Id, laterItem, "spoke of the ocelot census.");
        var before = await AllPagesAsync("q=ocelot", h => h.MeetingId);

        var version = (await _secretariat.GetFromJsonAsync<MeetingDto>($"/api/meetings/{earlier}", MeetingsApp.Json))!.Version;
        var moved = await _secretariat.PatchAsJsonAsync($"/api/meetings/{earlier}",
            new { startsAt = "2026-01-20T10:00:00+03:00", endsAt = "2026-01-20T13:00:00+03:00", version }, MeetingsApp.Json);
        Assert.That(moved.IsSuccessStatusCode, Is.True, await moved.ExplainAsync());
        var after = await AllPagesAsync("q=ocelot", h => h.MeetingId);

        Assert.That(before, Is.EqualTo(new Guid?[] { later.Id, earlier }));
        Assert.That(after, Is.EqualTo(new Guid?[] { earlier, later.Id }));
    }

    [Test]
    public async Task On_sqlite_the_full_text_index_holds_the_entries_in_the_order_of_their_dates()
    {
        if (TestDatabase.ProviderOfThisRun != DatabaseProvider.Sqlite)
        {
            Assert.Ignore("the FTS5 table is SQLite's");
        }

        // No date at all sorts last, as SQLite sorts NULL in ORDER BY "Date" DESC.
        var undated = new[] { Entry(SearchKind.Decision, "numbat without a date", null), Entry(SearchKind.Decision, "numbat without a date either", null) };
        await App.WithDbAsync(async db =>
        {
            db.SearchEntries.AddRange(undated);
            return await db.SaveChangesAsync();
        });

        var (byKey, byDate) = await App.WithDbAsync(async db =>
        {
            var table = SearchIndexDdl.SqliteTable;
#pragma warning disable EF1002 // constants only
            var keys = await db.Database.SqlQueryRaw<long>(
                $"SELECT rowid & {SearchIndexDdl.SqliteIdMask} AS \"Value\" FROM \"{table}\" WHERE \"{table}\" MATCH 'quokka OR numbat' ORDER BY rowid DESC").ToListAsync();
            var dates = await db.Database.SqlQueryRaw<long>(
                "SELECT \"Id\" AS \"Value\" FROM \"SearchEntries\" WHERE \"Title\" LIKE 'quokka%' OR \"Title\" LIKE 'numbat%' ORDER BY \"Date\" DESC, \"Id\" DESC").ToListAsync();
#pragma warning restore EF1002
            return (keys, dates);
        });

        Assert.That(byKey, Has.Count.EqualTo(_quokkas.Count + undated.Length));
        Assert.That(byKey, Is.EqualTo(byDate));
        Assert.That(byKey.TakeLast(2), Is.EqualTo(undated.Select(e => e.Id).OrderDescending()));
    }

    private static SearchEntry Entry(SearchKind kind, string title, DateTimeOffset? date) =>
        new(kind, Guid.NewGuid(), null, null, null, null, title, null, title, date, published: true, null);

    private Task<List<Guid>> AllPagesAsync(string query) => AllPagesAsync(query, h => h.Id);

    /// <summary>Every page of a search, following the Link header to the end.</summary>
    private async Task<List<T>> AllPagesAsync<T>(string query, Func<SearchHit, T> what)
    {
        var found = new List<T>();
        string? address = $"/api/search?{query}";
        while (address is not null)
        {
            var response = await _secretariat.GetAsync(address);
            Assert.That(response.IsSuccessStatusCode, Is.True, await response.ExplainAsync());
            found.AddRange((await response.Content.ReadFromJsonAsync<List<SearchHit>>(MeetingsApp.Json))!.Select(what));
            address = response.Headers.TryGetValues("Link", out var links)
                ? links.Single() is var link ? link[(link.IndexOf('<', StringComparison.Ordinal) + 1)..link.IndexOf('>', StringComparison.Ordinal)] : null
                : null;
            Assert.That(found, Has.Count.LessThan(1_000), "the pages never end");
        }

        return found;
    }
}
