using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Summaries;
using UnHabitat.Meetings.Domain.Summaries;
using UnHabitat.Meetings.Generator;
using UnHabitat.Meetings.Infrastructure.Persistence;
using UnHabitat.Meetings.Testing;
using UnHabitat.Meetings.Web.Tests.Support;

namespace UnHabitat.Meetings.Web.Tests;

/// <summary>The ten-year generator (tools/UnHabitat.Meetings.Generator), on a small volume.</summary>
[Category("Database")]
public sealed class GeneratorTests
{
    private static readonly YearlyVolume Small = new(Meetings: 24, InterventionsPerMeeting: 6, ResponsesPerMeeting: 2, ActionPointsPerMeeting: 1, DocumentsPerMeeting: 2, Resolutions: 2);

    [Test]
    public async Task The_same_seed_gives_the_same_records_and_another_seed_other_ones()
    {
        await using var first = await TestDatabase.CreateAsync();
        await using var second = await TestDatabase.CreateAsync();
        await using var other = await TestDatabase.CreateAsync();

        var a = await GenerateAsync(first, seed: 7);
        var b = await GenerateAsync(second, seed: 7);
        var c = await GenerateAsync(other, seed: 8);

        Assert.That(b, Is.EqualTo(a));
        Assert.That(c, Is.Not.EqualTo(a));
    }

    [Test]
    public async Task Two_years_hold_the_volumes_asked_for_with_every_summary_published_and_files_in_the_six_languages()
    {
        await using var database = await TestDatabase.CreateAsync();
        using var services = GeneratorHost.Build(new Dictionary<string, string?>(database.Settings));
        await GeneratorHost.InitializeAsync(services);
        var generator = new TenYears(services, years: 2, lastYear: 2025, seed: 1, Small, TextWriter.Null);
        await generator.RunAsync(CancellationToken.None);

        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MeetingsDbContext>();
        var meetings = await db.Meetings.CountAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(await db.Bodies.CountAsync(), Is.EqualTo(12));
            Assert.That(meetings, Is.InRange(2 * 24 - 12, 2 * 24 + 24), "about 24 meetings a year, at least one per body");
            Assert.That(await db.Interventions.CountAsync(), Is.EqualTo(meetings * 6));
            Assert.That(await db.MeetingSummaries.CountAsync(s => s.Status == Domain.Summaries.SummaryStatus.Published), Is.EqualTo(meetings));
            Assert.That(await db.Resolutions.CountAsync(), Is.EqualTo(4), "the Assembly meets in the odd year and adopts twice the yearly number");
        });
        var languages = await db.Documents.SelectMany(d => d.Files).Select(f => f.Language).Distinct().ToListAsync();
        Assert.That(languages, Is.EquivalentTo(new[] { "ar", "zh", "en", "fr", "ru", "es" }));
    }

    [Test]
    public async Task The_app_reads_a_generated_database_a_delegation_sees_published_summaries_and_no_restricted_document_of_a_body_it_is_not_on()
    {
        await using var database = await TestDatabase.CreateAsync();
        using (var services = GeneratorHost.Build(new Dictionary<string, string?>(database.Settings)))
        {
            await GeneratorHost.InitializeAsync(services);
            await new TenYears(services, years: 1, lastYear: 2025, seed: 3, Small, TextWriter.Null).RunAsync(CancellationToken.None);
        }

        await using var app = new MeetingsApp(database);
        var delegation = app.WithToken(await app.TokenAsync("delegate.ke@generated.unhabitat.org", "Habitat-Generated-2026"));
        var meetings = await delegation.GetFromJsonAsync<MeetingDto[]>("/api/meetings", MeetingsApp.Json);
        Assert.That(meetings, Is.Not.Empty);
        var meeting = meetings![0].Id;
        var summary = await (await delegation.GetAsync($"/api/meetings/{meeting}/summary")).ReadAsync<SummaryDto>();
        Assert.That(summary.Status, Is.EqualTo(SummaryStatus.Published));
    }

    /// <summary>What a reader would compare: meeting dates and numbers, what was said, the documents' symbols.</summary>
    private static async Task<string> GenerateAsync(TestDatabase database, int seed)
    {
        using var services = GeneratorHost.Build(new Dictionary<string, string?>(database.Settings));
        await GeneratorHost.InitializeAsync(services);
        await new TenYears(services, years: 1, lastYear: 2025, seed, Small, TextWriter.Null).RunAsync(CancellationToken.None);
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MeetingsDbContext>();
        var meetings = (await db.Meetings.Select(m => new { m.Id, m.Number, m.StartsAt }).ToListAsync()).OrderBy(m => m.StartsAt).ThenBy(m => m.Number);
        var said = await db.Interventions.Select(i => new { i.Id, i.Text }).ToListAsync();
        var symbols = await db.Documents.Select(d => d.Symbol).ToListAsync();
        return string.Join('\n', meetings.Select(m => $"{m.Id} {m.Number} {m.StartsAt:O}")
            .Concat(said.OrderBy(s => s.Id).Select(s => $"{s.Id} {s.Text}"))
            .Concat(symbols.Order(StringComparer.Ordinal)));
    }
}
