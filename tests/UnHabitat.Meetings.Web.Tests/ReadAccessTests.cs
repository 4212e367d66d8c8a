using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using UnHabitat.Meetings.Application.Agendas;
using UnHabitat.Meetings.Application.Bodies;
using UnHabitat.Meetings.Application.Documents;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Resolutions;
using UnHabitat.Meetings.Application.Summaries;
using UnHabitat.Meetings.Domain.Summaries;
using UnHabitat.Meetings.Infrastructure.Persistence;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Testing;
using UnHabitat.Meetings.Web.Tests.Support;

namespace UnHabitat.Meetings.Web.Tests;

/// <summary>
/// Who reads what (ADR 014): attendance and action points are the Secretariat's and the body's chairs'; a
/// chair reads the drafts of the bodies they chair and no others; a read writes nothing and audits nothing.
/// </summary>
[TestFixture]
[Category("Database")]
public sealed class ReadAccessTests : AppFixture
{
    private AccessWorld _world = null!;

    protected override async Task OnStartedAsync() => _world = await AccessWorld.BuildAsync(App);

    [Test]
    public async Task Only_the_secretariat_and_the_bodys_chairs_read_the_attendance_and_the_action_points()
    {
        var answers = new List<string>();
        foreach (var variant in Enum.GetValues<Variant>())
        {
            var meeting = _world.Places[variant].MeetingId;
            foreach (var caller in Enum.GetValues<Caller>())
            {
                foreach (var what in new[] { "attendance", "action-points" })
                {
                    var response = await _world[caller].GetAsync($"/api/meetings/{meeting}/{what}");
                    answers.Add($"{what} of {variant} for {caller}: {(int)response.StatusCode}");
                }
            }
        }

        var expected = Enum.GetValues<Variant>().SelectMany(variant => Enum.GetValues<Caller>().SelectMany(caller => new[] { "attendance", "action-points" }.Select(what =>
            $"{what} of {variant} for {caller}: " + caller switch
            {
                Caller.Anonymous => "401",
                Caller.ChairOfThisBody or Caller.Secretariat or Caller.Administrator => "200",
                _ => "403",
            })));
        Assert.That(answers, Is.EqualTo(expected));
    }

    [Test]
    public async Task A_chair_of_another_body_reads_none_of_its_drafts_which_its_own_chair_reads()
    {
        var general = _world.Places[Variant.GeneralDraft];
        var restricted = _world.Places[Variant.RestrictedDraft];
        string[] drafts =
        [
            $"/api/meetings/{general.MeetingId}/summary",
            $"/api/meetings/{general.MeetingId}/summary.html",
            $"/api/meetings/{general.MeetingId}/record",
            $"/api/meetings/{general.MeetingId}/interventions",
            $"/api/meetings/{general.MeetingId}/open-questions",
            $"/api/meetings/{general.MeetingId}/agenda",
            $"/api/meetings/{general.MeetingId}/agenda/changes",
            $"/api/meetings/{general.MeetingId}/deadlines",
            $"/api/documents/{general.DocumentId}",
            $"/api/documents/{restricted.DocumentId}",
            $"/api/documents/{restricted.DocumentId}/files/en",
            $"/api/reports/timeliness?bodyId={general.BodyId}&year=2031",
        ];

        foreach (var path in drafts)
        {
            var own = await _world[Caller.ChairOfThisBody].GetAsync(path);
            var other = await _world[Caller.ChairOfAnotherBody].GetAsync(path);

            Assert.That((int)own.StatusCode, Is.EqualTo(200), $"{path} for its own chair: {await own.ExplainAsync()}");
            Assert.That((int)other.StatusCode, Is.AnyOf(403, 404), $"{path} for a chair of another body: {await other.ExplainAsync()}");
        }
    }

    [Test]
    public async Task A_chair_of_another_body_finds_neither_the_draft_documents_nor_the_summaries_in_progress_in_lists()
    {
        var general = _world.Places[Variant.GeneralDraft];
        var published = _world.Places[Variant.GeneralPublished];

        var documents = await _world[Caller.ChairOfAnotherBody].GetFromJsonAsync<List<DocumentDto>>($"/api/meetings/{general.MeetingId}/documents", MeetingsApp.Json);
        var ownDocuments = await _world[Caller.ChairOfThisBody].GetFromJsonAsync<List<DocumentDto>>($"/api/meetings/{general.MeetingId}/documents", MeetingsApp.Json);
        var agendaOfPublished = await _world[Caller.ChairOfAnotherBody].GetFromJsonAsync<AgendaDto>($"/api/meetings/{published.MeetingId}/agenda", MeetingsApp.Json);

        Assert.That(documents, Is.Empty, "an unpublished document does not exist for a chair of another body");
        Assert.That(ownDocuments!.Select(d => d.Id), Is.EqualTo(new[] { general.DocumentId }));
        Assert.That(agendaOfPublished!.History, Is.Null, "the approval history is for the body's insiders");
    }

    [Test]
    public async Task A_resolutions_history_shows_what_was_said_as_entered_to_the_bodys_insiders_and_as_printed_where_one_may_read_the_summary()
    {
        var generalDraft = _world.Places[Variant.GeneralDraft].MeetingId;
        var generalPublished = _world.Places[Variant.GeneralPublished].MeetingId;
        var restrictedDraft = _world.Places[Variant.RestrictedDraft].MeetingId;
        var restrictedPublished = _world.Places[Variant.RestrictedPublished].MeetingId;

        // Meeting → how many statements the caller reads there (a meeting listed with none: its agenda is public, its summary not for them).
        Assert.That(await StatementsAsync(Caller.ChairOfThisBody),
            Is.EquivalentTo(new Dictionary<Guid, int> { [generalDraft] = 1, [generalPublished] = 1, [restrictedDraft] = 1, [restrictedPublished] = 1 }));
        Assert.That(await StatementsAsync(Caller.ChairOfAnotherBody), Is.EquivalentTo(new Dictionary<Guid, int> { [generalPublished] = 1, [restrictedPublished] = 0 }));
        Assert.That(await StatementsAsync(Caller.NonMemberDelegation), Is.EquivalentTo(new Dictionary<Guid, int> { [generalPublished] = 1, [restrictedPublished] = 0 }));
        Assert.That(await StatementsAsync(Caller.MemberDelegation), Is.EquivalentTo(new Dictionary<Guid, int> { [generalPublished] = 1, [restrictedPublished] = 1 }));
    }

    [Test]
    public async Task A_chair_of_another_body_reads_the_published_summary_as_a_delegation_does()
    {
        var restricted = _world.Places[Variant.RestrictedPublished];
        var general = _world.Places[Variant.GeneralPublished];

        var generalSummary = await _world[Caller.ChairOfAnotherBody].GetAsync($"/api/meetings/{general.MeetingId}/summary");
        var restrictedSummary = await _world[Caller.ChairOfAnotherBody].GetAsync($"/api/meetings/{restricted.MeetingId}/summary");
        var restrictedForMember = await _world[Caller.MemberDelegation].GetAsync($"/api/meetings/{restricted.MeetingId}/summary");

        Assert.That(generalSummary.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await generalSummary.ReadAsync<SummaryDto>()).Status, Is.EqualTo(SummaryStatus.Published));
        Assert.That(restrictedSummary.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "a Restricted summary is its members' (and the body's insiders')");
        Assert.That(restrictedForMember.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    private async Task<Dictionary<Guid, int>> StatementsAsync(Caller caller)
    {
        var history = await _world[caller].GetFromJsonAsync<ResolutionHistoryDto>($"/api/resolutions/{_world.ResolutionId}/history", MeetingsApp.Json);
        return history!.Discussions
            .GroupBy(d => d.MeetingId)
            .ToDictionary(g => g.Key, g => g.Sum(d => d.Statements.Count));
    }
}

/// <summary>Reads are reads: no transaction of their own, no audit entry; the "new since your last visit" badge is kept off the request path.</summary>
[TestFixture]
[Category("Database")]
public sealed class ReadsWriteNothingTests
{
    [Test]
    public async Task Listing_documents_and_opening_the_public_meeting_page_add_no_audit_entry_and_write_nothing_on_the_way()
    {
        await using var database = await TestDatabase.CreateAsync();
        Guid meeting;
        Guid document;
        SignedIn delegation;
        // A ten-minute batch interval: anything written during the requests would be the request's own write.
        var writes = new RequestWrites();
        await using (var app = new MeetingsApp(database, new Dictionary<string, string?> { ["Downloads:FlushMilliseconds"] = "600000" },
            services: services => services.ConfigureDbContext<MeetingsDbContext>(options => options.AddInterceptors(writes, writes.Transactions))))
        {
            var officer = (await app.UserAsync(Roles.Secretariat)).Client;
            var body = (await Bodies.CreateBodyAsync(officer)).Id;
            meeting = (await MeetingApi.CreateMeetingAsync(officer, body)).Id;
            var registered = await officer.PostAsJsonAsync($"/api/meetings/{meeting}/documents", new { title = "Report", category = "Report", distribution = "General", originalLanguage = "en", required = false }, MeetingsApp.Json);
            document = (await registered.ReadAsync<DocumentDto>()).Id;
            (await officer.PutAsync($"/api/documents/{document}/files/en", Files.Form(Files.Pdf("report"), "report.pdf"))).EnsureSuccessStatusCode();
            (await MeetingApi.VersionedPostAsync(officer, $"/api/documents/{document}/publish", new { lateJustification = "Test." })).EnsureSuccessStatusCode();
            delegation = await app.UserAsync(Roles.Delegation, "FR");
            // The pages take the sign-in cookie, the API the bearer token: the same delegation reads both ways.
            var browser = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            Assert.That((int)(await SignInPage.SignInAsync(browser, delegation.Email, MeetingsApp.UserPassword)).StatusCode, Is.EqualTo(302));
            var audited = await app.WithDbAsync(db => db.AuditEntries.CountAsync());
            var written = writes.Count;
            Assert.That(written, Is.GreaterThan(0), "the watch sees the writes of the commands that set the meeting up");

            var reads = new[]
            {
                await delegation.Client.GetAsync($"/api/meetings/{meeting}/documents"),
                await browser.GetAsync($"/public/meetings/{meeting}"),
                await app.Anonymous().GetAsync($"/api/meetings/{meeting}/documents"),
                await app.Anonymous().GetAsync($"/public/meetings/{meeting}"),
                await officer.GetAsync($"/api/meetings/{meeting}/documents"),
            };

            Assert.That(reads.Select(r => (int)r.StatusCode), Is.All.EqualTo(200));
            Assert.That(await reads[1].Content.ReadAsStringAsync(), Does.Contain("Sign out"), "the page was read signed in");
            Assert.That(writes.Count - written, Is.Zero, "statements that change data, or transactions begun, while the reads were served");
            Assert.That(await app.WithDbAsync(db => db.AuditEntries.CountAsync()), Is.EqualTo(audited), "no read is audited");
            Assert.That(await app.WithDbAsync(db => db.MeetingVisits.CountAsync()), Is.Zero, "the visits wait for their batch, off the request's path");

            // The badge works before the batch is written: a French version posted after the visit is new.
            (await officer.PutAsync($"/api/documents/{document}/files/fr", Files.Form(Files.Pdf("rapport"), "rapport.pdf"))).EnsureSuccessStatusCode();
            var list = await delegation.Client.GetFromJsonAsync<List<DocumentDto>>($"/api/meetings/{meeting}/documents", MeetingsApp.Json);
            Assert.That(NewSinceLastVisit(list!), Is.EqualTo(new Dictionary<string, bool> { ["en"] = false, ["fr"] = true }));
            Assert.That(await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Request == "ListMeetingDocuments")), Is.Zero);
        }

        // Stopping writes the batch: one row per user and meeting, however many visits.
        await using (var after = new MeetingsApp(database))
        {
            var visits = await after.WithDbAsync(db => db.MeetingVisits.Where(v => v.MeetingId == meeting).Select(v => v.UserId).ToListAsync());
            Assert.That(visits, Has.Member(delegation.Id).And.Exactly(2).Items, "the delegation's and the officer's; no row for anonymous readers");

            // The next visit after the restart still knows what was seen: nothing is new now.
            var again = after.WithToken(await after.TokenAsync(delegation.Email, MeetingsApp.UserPassword));
            var list = await again.GetFromJsonAsync<List<DocumentDto>>($"/api/meetings/{meeting}/documents", MeetingsApp.Json);
            Assert.That(NewSinceLastVisit(list!).Values, Is.All.False);
        }
    }

    [Test]
    public void Every_request_that_reads_is_a_query_and_so_runs_no_unit_of_work()
    {
        var requests = typeof(Application.Pipeline.IQuery<>).Assembly.GetTypes()
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(MediatR.IRequest<>)));
        var reads = requests.Where(t => new[] { "Get", "List", "Download", "Pack" }.Any(verb => t.Name.StartsWith(verb, StringComparison.Ordinal)));

        var commands = reads.Where(t => !t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(Application.Pipeline.IQuery<>)))
            .Select(t => t.Name);

        Assert.That(reads, Is.Not.Empty);
        Assert.That(commands, Is.Empty, "reads sent as commands (a transaction and an audit entry per view)");
    }

    /// <summary>
    /// Counts what changes data (INSERT, UPDATE, DELETE, a transaction begun) while a request is being served;
    /// the background batches run outside any request and are not counted.
    /// </summary>
    private sealed class RequestWrites : DbCommandInterceptor
    {
        private static readonly Regex Changes = new(@"^\s*(INSERT|UPDATE|DELETE)\b", RegexOptions.IgnoreCase | RegexOptions.Multiline);
        private readonly HttpContextAccessor _request = new();
        private int _count;

        public RequestWrites() => Transactions = new TransactionsBegun(this);

        public int Count => Volatile.Read(ref _count);

        public IInterceptor Transactions { get; }

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            See(command);
            return result;
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            See(command);
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
        {
            See(command);
            return result;
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            See(command);
            return ValueTask.FromResult(result);
        }

        private void See(DbCommand command)
        {
            if (_request.HttpContext is not null && Changes.IsMatch(command.CommandText))
            {
                Interlocked.Increment(ref _count);
            }
        }

        private void Begun()
        {
            if (_request.HttpContext is not null)
            {
                Interlocked.Increment(ref _count);
            }
        }

        private sealed class TransactionsBegun(RequestWrites owner) : DbTransactionInterceptor
        {
            public override InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
            {
                owner.Begun();
                return result;
            }

            public override ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
            {
                owner.Begun();
                return ValueTask.FromResult(result);
            }
        }
    }

    private static Dictionary<string, bool> NewSinceLastVisit(List<DocumentDto> documents) =>
        documents.Single().Languages.ToDictionary(l => l.Language, l => l.NewSinceLastVisit);
}
