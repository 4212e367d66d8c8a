using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Agendas;
using UnHabitat.Meetings.Application.Bodies;
using UnHabitat.Meetings.Application.Decisions;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Records;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Application.Summaries;
using UnHabitat.Meetings.Application.Tests.Support;
using UnHabitat.Meetings.Domain.Bodies;
using UnHabitat.Meetings.Domain.Meetings;
using UnHabitat.Meetings.Domain.Records;

namespace UnHabitat.Meetings.Application.Tests;

/// <summary>
/// A printed summary is reused while its stamp is unchanged (ADR 025), so the stamp must look at every table the
/// summary is assembled from: a table read by the assembly and not by the stamp is a change that would print stale.
/// </summary>
[TestFixture]
[Category("Database")]
public sealed partial class SummaryStampTests
{
    private ApplicationHost _host = null!;
    private IDisposable _listening = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _listening = DiagnosticListener.AllListeners.Subscribe(new Listener());
        _host = await ApplicationHost.StartAsync();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _host.DisposeAsync();
        _listening.Dispose();
    }

    [Test]
    public async Task The_stamp_of_a_draft_reads_every_table_the_summary_is_assembled_from()
    {
        _host.User.SignIn(Roles.Secretariat);
        var meeting = await MeetingWithAFullRecordAsync();

        var assembled = await TablesReadAsync(() => _host.SendAsync(new GetSummary(meeting)));
        var stamped = await TablesReadAsync(() => _host.SendAsync(new GetSummaryStamp(meeting)));

        Assert.That(assembled, Does.Contain("Interventions").And.Contain("ResponseLinks"), "the capture sees the assembly's reads");
        // A row of an owned table (a response's links to the interventions it answers) changes only through its owner,
        // whose version then moves: looking at the owner's table is looking at it.
        var owners = await OwnerTablesAsync();
        var madeFrom = assembled.Select(t => owners.GetValueOrDefault(t, t)).ToHashSet(StringComparer.Ordinal);
        Assert.That(madeFrom.Except(stamped), Is.Empty, "tables the summary is made from that the stamp does not look at");
    }

    [Test]
    public async Task Every_change_that_changes_the_summary_changes_the_stamp()
    {
        _host.User.SignIn(Roles.Secretariat);
        var meeting = await MeetingWithAFullRecordAsync();
        var item = (await _host.SendAsync(new GetAgenda(meeting))).Items[0].Id;
        var changes = new (string Name, Func<Task> Run)[]
        {
            ("the meeting adjourned", () => _host.SendAsync(new RecordMeetingTime(meeting, Adjourned: true, DateTimeOffset.Parse("2024-10-16T12:40:00+03:00", System.Globalization.CultureInfo.InvariantCulture)))),
            ("observers and Secretariat present", async () => await _host.SendAsync(new RecordOthersPresent(meeting, ["Holy See"], ["Secretary of the Governing Bodies"], (await _host.SendAsync(new GetAttendance(meeting))).Version))),
            ("a State marked present", async () => await _host.SendAsync(new MarkStatePresent(meeting, "KE", (await _host.SendAsync(new GetAttendance(meeting))).Version))),
            ("an action point", () => _host.SendAsync(new AddActionPoint(meeting, "Circulate the revised budget.", "Secretariat", null))),
            ("a response", () => _host.SendAsync(new RecordResponse(meeting, item, 1, "Budget", "The Secretariat replied on the budget.", null))),
            ("a decision", () => _host.SendAsync(new AdoptDecision(meeting, item, null, "Budget", "The working group approved the budget.", null))),
        };
        var summary = await SummaryTextAsync(meeting);
        var stamp = (await _host.SendAsync(new GetSummaryStamp(meeting))).Key;
        var changed = 0;
        foreach (var (name, run) in changes)
        {
            await run();
            var nextSummary = await SummaryTextAsync(meeting);
            var nextStamp = (await _host.SendAsync(new GetSummaryStamp(meeting))).Key;
            if (nextSummary != summary)
            {
                changed++;
                Assert.That(nextStamp, Is.Not.EqualTo(stamp), $"after {name} the summary changed and its stamp did not: the old PDF would be sent");
            }

            (summary, stamp) = (nextSummary, nextStamp);
        }

        Assert.That(changed, Is.GreaterThanOrEqualTo(3), "most of these changes show in the summary");
    }

    private async Task<string> SummaryTextAsync(Guid meeting)
    {
        var summary = await _host.SendAsync(new GetSummary(meeting));
        return summary.Summary.Title + "\n" + summary.Summary.DateLine + "\n" + string.Join("\n", summary.Summary.Blocks.Select(b => b.Kind + " " + b.Text));
    }

    /// <summary>A working group's meeting whose record holds one of everything the summary can show.</summary>
    private async Task<Guid> MeetingWithAFullRecordAsync()
    {
        var body = await _host.SendAsync(new CreateBody("Ad hoc working group on programmatic, budgetary and administrative matters",
            "PBA-" + Guid.NewGuid().ToString("N")[..8], BodyKind.WorkingGroup, "HSP/EB", null, SummaryStyle.Numbered, AttributionPolicy.Anonymous, 7, []));
        var meeting = (await _host.SendAsync(new CreateMeeting(body.Id, null, null,
            DateTimeOffset.Parse("2024-10-16T10:00:00+03:00", System.Globalization.CultureInfo.InvariantCulture),
            DateTimeOffset.Parse("2024-10-16T13:00:00+03:00", System.Globalization.CultureInfo.InvariantCulture),
            "Africa/Nairobi", "UNON Conference Room 4", Modality.InPerson,
            new ChairDto("H.E. Dr.", "Pedro Leon Cortes Ruiz", "Permanent Representative of the Republic of Colombia to UN-Habitat")))).Id;
        var item = (await _host.SendAsync(new GetAgenda(meeting))).Items[0].Id;
        await _host.SendAsync(new AddRecordParagraph(meeting, item, 1, ParagraphKind.Briefing, "The Secretariat presented the report.", null));
        var view = await _host.SendAsync(new RecordIntervention(meeting, item, 1, null, new SpeakerDto(SpeakerKind.MemberState, "KE", null, null, null), null, null, "asked about the timeline.", false));
        await _host.SendAsync(new RecordResponse(meeting, item, 1, "Timeline", "The Secretariat explained the timeline.", [view.Id]));
        await _host.SendAsync(new AdoptDecision(meeting, item, null, "Report of the Executive Director", "The working group took note of the report.", null));
        return meeting;
    }

    /// <summary>Each owned entity's table, with the table of the aggregate that owns it (from the model itself).</summary>
    private Task<Dictionary<string, string>> OwnerTablesAsync() => _host.InScopeAsync(sp =>
    {
        var model = ((DbContext)sp.GetRequiredService<IMeetingsDbContext>()).Model;
        return Task.FromResult(model.GetEntityTypes()
            .Where(e => e.IsOwned() && e.GetTableName() is { } table && table != Root(e).GetTableName())
            .DistinctBy(e => e.GetTableName())
            .ToDictionary(e => e.GetTableName()!, e => Root(e).GetTableName()!, StringComparer.Ordinal));

        static IEntityType Root(IEntityType owned) => owned.FindOwnership() is { } ownership ? Root(ownership.PrincipalEntityType) : owned;
    });

    /// <summary>The tables named by every SQL command run while <paramref name="work"/> runs (on this flow only).</summary>
    private static async Task<IReadOnlySet<string>> TablesReadAsync(Func<Task> work)
    {
        var commands = new List<string>();
        Capture.Value = commands;
        try
        {
            await work();
        }
        finally
        {
            Capture.Value = null;
        }

        return commands.SelectMany(c => Table().Matches(c).Select(m => m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);
    }

    private static readonly AsyncLocal<List<string>?> Capture = new();

    [GeneratedRegex(@"(?:FROM|JOIN)\s+""(\w+)""")]
    private static partial Regex Table();

    /// <summary>EF Core announces every command on its diagnostic listener, in the flow that runs it.</summary>
    private sealed class Listener : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
    {
        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
            {
                value.Subscribe(this);
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Value is CommandEventData command && Capture.Value is { } commands)
            {
                lock (commands)
                {
                    commands.Add(command.Command.CommandText);
                }
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }
}
