using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Application.Summaries;
using UnHabitat.Meetings.Domain.Bodies;
using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Domain.Documents;
using UnHabitat.Meetings.Domain.Meetings;
using UnHabitat.Meetings.Domain.Records;
using UnHabitat.Meetings.Domain.Reference;
using UnHabitat.Meetings.Domain.Resolutions;
using UnHabitat.Meetings.Domain.Sessions;
using UnHabitat.Meetings.Domain.Summaries;
using UnHabitat.Meetings.Infrastructure.Persistence;

namespace UnHabitat.Meetings.Generator;

/// <summary>How much a year of a Secretariat's work holds: the issue's ten years divided by ten.</summary>
internal sealed record YearlyVolume(
    int Meetings = 500,
    int InterventionsPerMeeting = 40,
    int ResponsesPerMeeting = 4,
    int ActionPointsPerMeeting = 2,
    int DocumentsPerMeeting = 10,
    int Resolutions = 30);

internal sealed record GeneratedBody(Body Body, double Share, bool HasSessions, Actor Chair);

/// <summary>
/// Fills an empty database with years of governing-body work through the domain model (the same constructors and
/// rules the use cases call), saved in chunks so memory stays flat. Deterministic: the same seed gives the same
/// ids, dates and words.
/// </summary>
internal sealed class TenYears(IServiceProvider services, int years, int lastYear, int seed, YearlyVolume volume, TextWriter log)
{
    private const string Nairobi = "Africa/Nairobi";
    private const int MeetingsPerChunk = 20;
    private static readonly TimeSpan Eat = TimeSpan.FromHours(3);

    private readonly Random _random = new(seed);
    private readonly Dictionary<string, int> _symbolNumbers = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, int> _meetingNumbers = [];
    private readonly Dictionary<string, long> _counts = new(StringComparer.Ordinal);
    private readonly string[] _states = [.. MemberStates.All.Where(s => !s.IsObserver).Select(s => s.Code)];
    private Actor _officer = null!;

    public IReadOnlyDictionary<string, long> Counts => _counts;

    public async Task RunAsync(CancellationToken ct)
    {
        var firstYear = lastYear - years + 1;
        var bodies = await CreateBodiesAndPeopleAsync(firstYear, ct);
        for (var year = firstYear; year <= lastYear; year++)
        {
            foreach (var body in bodies)
            {
                await GenerateYearAsync(body, year, ct);
            }

            await GenerateResolutionsAsync(bodies[0].Body, year, firstYear, ct);
            await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {year}: {_counts.GetValueOrDefault("meetings")} meetings, {_counts.GetValueOrDefault("interventions")} interventions, {_counts.GetValueOrDefault("documents")} documents so far"));
        }
    }

    /// <summary>The Assembly's sessions are numbered from the first odd year generated.</summary>
    private int AssemblySession(int year) => (year - (lastYear - years + 1)) / 2 + 1;

    private Guid NextId()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private void Count(string what, int n = 1) => _counts[what] = _counts.GetValueOrDefault(what) + n;

    private async Task<List<GeneratedBody>> CreateBodiesAndPeopleAsync(int firstYear, CancellationToken ct)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MeetingsDbContext>();
        if (await db.Meetings.AnyAsync(ct))
        {
            throw new InvalidOperationException("The database already holds meetings: the generator fills an empty one.");
        }

        var accounts = scope.ServiceProvider.GetRequiredService<IUserAccounts>();
        const string password = "Habitat-Generated-2026";
        var officer = await accounts.CreateAsync(new NewUserAccount("secretariat@generated.unhabitat.org", password, "Secretariat officer (generated)", [Roles.Secretariat], null), ct);
        _officer = new Actor(officer.Id, "Secretariat officer (generated)");
        foreach (var state in new[] { "KE", "FR", "CN", "BR", "EG", "DE", "MX", "PL", "RU", "SA" })
        {
            await accounts.CreateAsync(new NewUserAccount($"delegate.{state.ToLowerInvariant()}@generated.unhabitat.org", password, $"Delegation of {MemberStates.Find(state)!.Name} (generated)", [Roles.Delegation], state), ct);
        }

        var specs = new (string Name, string Short, BodyKind Kind, string Prefix, SummaryStyle Style, AttributionPolicy Attribution, double Share, bool Sessions)[]
        {
            ("United Nations Habitat Assembly", "Assembly", BodyKind.Assembly, "HSP/HA", SummaryStyle.Journal, AttributionPolicy.NamedCapitals, 0.01, true),
            ("Executive Board of the United Nations Human Settlements Programme", "Executive Board", BodyKind.ExecutiveBoard, "HSP/EB", SummaryStyle.Journal, AttributionPolicy.NamedCapitals, 0.04, true),
            ("Ad hoc working group on programmatic, budgetary and administrative matters", "PBA", BodyKind.WorkingGroup, "HSP/EB", SummaryStyle.Numbered, AttributionPolicy.Anonymous, 0.12, false),
            ("Bureau of the Executive Board", "EB Bureau", BodyKind.Bureau, "HSP/EB", SummaryStyle.Numbered, AttributionPolicy.Anonymous, 0.10, false),
            ("Joint Bureaux of the UN-Habitat Assembly and the Executive Board", "Joint Bureaux", BodyKind.Bureau, "HSP/HA", SummaryStyle.Numbered, AttributionPolicy.Anonymous, 0.06, false),
            ("Informal contact group on communications", "ICG Communications", BodyKind.InformalGroup, "HSP/EB", SummaryStyle.Tabular, AttributionPolicy.NamedCapitals, 0.10, false),
            ("Ad hoc working group on the strategic plan", "Strategic plan group", BodyKind.WorkingGroup, "HSP/EB", SummaryStyle.Numbered, AttributionPolicy.Anonymous, 0.10, false),
            ("Informal group on resource mobilization", "Resource mobilization group", BodyKind.InformalGroup, "HSP/EB", SummaryStyle.Tabular, AttributionPolicy.NamedCapitals, 0.09, false),
            ("Open-ended intergovernmental expert working group on adequate housing for all", "Housing expert group", BodyKind.ExpertGroup, "HSP/HA", SummaryStyle.Numbered, AttributionPolicy.Anonymous, 0.10, false),
            ("Informal contact group on the World Urban Forum", "ICG World Urban Forum", BodyKind.InformalGroup, "HSP/EB", SummaryStyle.Tabular, AttributionPolicy.NamedCapitals, 0.09, false),
            ("Ad hoc working group on evaluation", "Evaluation group", BodyKind.WorkingGroup, "HSP/EB", SummaryStyle.Numbered, AttributionPolicy.Anonymous, 0.09, false),
            ("Informal consultations on the programme budget", "Budget consultations", BodyKind.InformalGroup, "HSP/EB", SummaryStyle.Tabular, AttributionPolicy.NamedCapitals, 0.10, false),
        };

        var result = new List<GeneratedBody>();
        Body? assembly = null;
        Body? board = null;
        foreach (var spec in specs)
        {
            var chair = await accounts.CreateAsync(new NewUserAccount(
                $"chair.{result.Count + 1}@generated.unhabitat.org", password, $"Chair of the {spec.Short} (generated)", [Roles.Chair], null), ct);
            var body = new Body(NextId(), spec.Name, spec.Short, spec.Kind, spec.Prefix, spec.Style, spec.Attribution);
            if (assembly is null)
            {
                assembly = body;
            }
            else if (board is null)
            {
                board = body;
                body.PlaceUnder(assembly.Id, []);
            }
            else
            {
                body.PlaceUnder(board.Id, [assembly.Id]);
            }

            body.AppointChairs([chair.Id]);
            if (spec.Kind is not BodyKind.Assembly)
            {
                // Smaller bodies have a membership; the Assembly is universal.
                var members = _states.OrderBy(_ => _random.Next()).Take(spec.Kind == BodyKind.ExecutiveBoard ? 36 : 12);
                body.SetMembers(members.Select(s => new BodyMembership(s, new DateOnly(firstYear, 1, 1), null)));
            }

            db.Bodies.Add(body);
            result.Add(new GeneratedBody(body, spec.Share, spec.Sessions, new Actor(chair.Id, $"Chair of the {spec.Short}")));
            Count("bodies");
        }

        await db.SaveChangesAsync(ct);
        return result;
    }

    private async Task GenerateYearAsync(GeneratedBody generated, int year, CancellationToken ct)
    {
        var body = generated.Body;
        var meetings = Math.Max(1, (int)Math.Round(volume.Meetings * generated.Share));
        if (body.Kind == BodyKind.Assembly && year % 2 == 0)
        {
            return; // The Assembly meets in odd years.
        }

        if (body.Kind == BodyKind.Assembly)
        {
            meetings *= 2;
        }

        var sessions = new List<Session>();
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MeetingsDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        if (generated.HasSessions)
        {
            var count = body.Kind == BodyKind.Assembly ? 1 : 3;
            for (var s = 1; s <= count; s++)
            {
                var starts = new DateOnly(year, 1 + (s - 1) * 4 + 2, 10);
                var number = body.Kind == BodyKind.Assembly ? AssemblySession(year) : s;
                var session = new Session(NextId(), body.Id, number, body.Kind == BodyKind.Assembly ? null : year, starts, starts.AddDays(4), "Nairobi", null);
                sessions.Add(session);
                db.Sessions.Add(session);
            }
        }

        for (var i = 0; i < meetings; i++)
        {
            var session = sessions.Count == 0 ? null : sessions[i * sessions.Count / meetings];
            var day = session is null
                ? WorkingDay(new DateOnly(year, 1, 8).AddDays(i * 340 / meetings))
                : WorkingDay(session.StartsOn.AddDays(i % 5));
            var hour = session is null ? 10 : 10 + 4 * (i / 5 % 2);
            AddMeeting(db, generated, session, day, hour);
            if ((i + 1) % MeetingsPerChunk == 0)
            {
                await SaveAsync(db, ct);
            }
        }

        await SaveAsync(db, ct);
    }

    private static async Task SaveAsync(MeetingsDbContext db, CancellationToken ct)
    {
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    private static DateOnly WorkingDay(DateOnly day) => day.DayOfWeek switch
    {
        DayOfWeek.Saturday => day.AddDays(2),
        DayOfWeek.Sunday => day.AddDays(1),
        _ => day,
    };

    private void AddMeeting(MeetingsDbContext db, GeneratedBody generated, Session? session, DateOnly day, int hour)
    {
        var body = generated.Body;
        var number = _meetingNumbers[body.Id] = _meetingNumbers.GetValueOrDefault(body.Id) + 1;
        var start = new DateTimeOffset(day.Year, day.Month, day.Day, hour, 0, 0, Eat);
        var meeting = new Meeting(NextId(), body.Id, session?.Id, number, new MeetingSchedule(start, start.AddHours(3), Nairobi),
            _random.Next(3) == 0 ? "Online" : "UNON Conference Room 4", _random.Next(3) == 0 ? Modality.Online : Modality.InPerson,
            new MeetingChair(null, generated.Chair.Name, null));
        var items = new List<Guid>();
        foreach (var title in AgendaTitles())
        {
            var id = NextId();
            meeting.AddAgendaItem(id, title, null, null, _officer, start.AddDays(-20));
            items.Add(id);
        }

        meeting.SubmitAgenda(_officer, start.AddDays(-9));
        meeting.ApproveAgenda(body, generated.Chair, start.AddDays(-8));
        meeting.AdoptAgenda(_officer, start.AddMinutes(5), null);
        db.Meetings.Add(meeting);
        Count("meetings");

        var record = new MeetingRecord(meeting.Id);
        var members = body.MembersOn(day).ToList();
        var present = members.Count > 0 ? members : [.. _states.OrderBy(_ => _random.Next()).Take(20)];
        record.RecordAttendance(present.Select(s => new AttendanceEntry(s,
            _random.Next(10) == 0 ? AttendanceStatus.Apologies : AttendanceStatus.Present,
            _random.Next(3) == 0 ? AttendanceMode.Online : AttendanceMode.InPerson, null)));
        record.CallToOrder(start.AddMinutes(5));
        record.Adjourn(start.AddHours(2).AddMinutes(50));
        db.MeetingRecords.Add(record);

        var speakers = record.Attendance.Where(a => a.Status == AttendanceStatus.Present).Select(a => a.MemberState).ToList();
        long sequence = 0;
        var paragraphs = new List<RecordParagraph>();
        var interventions = new List<Intervention>();
        var responses = new List<SecretariatResponse>();
        foreach (var item in items.Skip(1))
        {
            paragraphs.Add(new RecordParagraph(NextId(), meeting.Id, item, 1, ParagraphKind.Briefing, ++sequence,
                $"The Secretariat briefed the meeting on {_random.Pick(Texts.Subjects)} and on {_random.Pick(Texts.Subjects)}.", null));
        }

        for (var n = 0; n < volume.InterventionsPerMeeting; n++)
        {
            var item = items[1 + n % (items.Count - 1)];
            var speaker = n % 13 == 12 ? new Speaker(SpeakerKind.Chair) : new Speaker(SpeakerKind.MemberState, _random.Pick(speakers));
            var text = $"{_random.Pick(Texts.Verbs)} {_random.Pick(Texts.Subjects)}.";
            interventions.Add(new Intervention(NextId(), meeting.Id, item, 1, null, ++sequence, speaker, text, _random.Next(4) == 0, null, null));
        }

        for (var n = 0; n < volume.ResponsesPerMeeting; n++)
        {
            var answered = interventions[_random.Next(interventions.Count)];
            responses.Add(new SecretariatResponse(NextId(), meeting.Id, answered.AgendaItemId, 1, null, ++sequence,
                string.Format(CultureInfo.InvariantCulture, _random.Pick(Texts.Answers), _random.Pick(Texts.Subjects)), [answered.Id]));
        }

        db.RecordParagraphs.AddRange(paragraphs);
        db.Interventions.AddRange(interventions);
        db.SecretariatResponses.AddRange(responses);
        Count("interventions", interventions.Count);
        Count("responses", responses.Count);
        Count("paragraphs", paragraphs.Count);

        for (var n = 0; n < volume.ActionPointsPerMeeting; n++)
        {
            var point = new ActionPoint(NextId(), meeting.Id, body.Id, $"The Secretariat to circulate a note on {_random.Pick(Texts.Subjects)}.", "Secretariat", day.AddDays(30));
            if (_random.Next(3) > 0)
            {
                point.Close("Circulated to the members by e-mail.", meeting.Id, start.AddDays(20));
            }

            db.ActionPoints.Add(point);
            Count("action points");
        }

        AddPublishedSummary(db, generated, meeting, record, paragraphs, interventions, responses);
        AddDocuments(db, generated, meeting, session, items);
    }

    private IEnumerable<string> AgendaTitles()
    {
        yield return Texts.AgendaItems[0];
        foreach (var title in Texts.AgendaItems[1..^1].OrderBy(_ => _random.Next()).Take(3))
        {
            yield return title;
        }

        yield return Texts.AgendaItems[^1];
    }

    private void AddPublishedSummary(MeetingsDbContext db, GeneratedBody generated, Meeting meeting, MeetingRecord record,
        List<RecordParagraph> paragraphs, List<Intervention> interventions, List<SecretariatResponse> responses)
    {
        var text = SummaryAssembler.Assemble(new SummarySource(meeting, generated.Body, record, paragraphs, interventions, responses));
        var summary = new MeetingSummary(meeting.Id);
        var submitted = meeting.EndsAt.AddDays(2);
        summary.Submit(meeting, _officer, submitted, text);
        summary.Clear(generated.Body, generated.Chair, submitted.AddDays(3), text);
        summary.Publish(_officer, submitted.AddDays(5), JsonSerializer.Serialize(text, SummarySupport.Json));
        db.MeetingSummaries.Add(summary);
        Count("published summaries");
    }

    private void AddDocuments(MeetingsDbContext db, GeneratedBody generated, Meeting meeting, Session? session, List<Guid> items)
    {
        var body = generated.Body;
        var series = body.SymbolPrefix == "HSP/HA" && session is not null
            ? session.Number.ToString(CultureInfo.InvariantCulture)
            : meeting.StartsAt.Year.ToString(CultureInfo.InvariantCulture);
        var key = body.SymbolPrefix + "." + series;
        var fileStore = services.GetRequiredService<IFileStore>();
        var sixLanguages = body.Kind is BodyKind.Assembly or BodyKind.ExecutiveBoard;
        for (var n = 0; n < volume.DocumentsPerMeeting; n++)
        {
            var number = _symbolNumbers[key] = _symbolNumbers.GetValueOrDefault(key) + 1;
            var symbol = DocumentSymbol.InSeries(body.SymbolPrefix, series, number);
            var agenda = n == 0;
            var original = _random.Next(8) switch { 0 => "fr", 1 => "es", _ => "en" };
            var languages = sixLanguages ? OfficialLanguages.All : [original, .. OfficialLanguages.All.Where(_ => _random.Next(6) == 0)];
            var distribution = _random.Next(10) switch { 0 => Distribution.Restricted, 1 => Distribution.Limited, _ => Distribution.General };
            var due = meeting.StartsAt.AddDays(-body.DocumentDeadlineDays);
            var title = agenda ? "Provisional agenda" : $"Report on {_random.Pick(Texts.Subjects)}";
            var document = new Document(NextId(), meeting.Id, body.Id, symbol, title,
                agenda ? DocumentCategory.ProvisionalAgenda : _random.Pick([DocumentCategory.Report, DocumentCategory.Background, DocumentCategory.Information, DocumentCategory.Presentation]),
                agenda ? items[0] : items[_random.Next(items.Count)], distribution, original, required: agenda || sixLanguages,
                due, sixLanguages ? OfficialLanguages.All : null, null);
            var uploaded = due.AddDays(-_random.Next(-1, 5));
            foreach (var language in languages.Distinct())
            {
                Upload(fileStore, document, language, symbol.ToString(), title, uploaded);
            }

            document.Publish(uploaded, uploaded > due ? "Issued late owing to the time needed for translation." : null);
            db.Documents.Add(document);
            Count("documents");
            if (_random.Next(25) == 0)
            {
                // A revision replaces it; both stay, as in ODS.
                var revisionSymbol = symbol.WithSuffix(SuffixKind.Rev, 1);
                var revision = new Document(NextId(), meeting.Id, body.Id, revisionSymbol, title, document.Category, document.AgendaItemId,
                    distribution, original, false, null, null, document.Id);
                Upload(fileStore, revision, original, revisionSymbol.ToString(), title, uploaded.AddDays(2));
                revision.Publish(uploaded.AddDays(2), null);
                document.SupersedeWith(revision.Id);
                db.Documents.Add(revision);
                Count("documents");
            }
        }
    }

    private void Upload(IFileStore fileStore, Document document, string language, string symbol, string title, DateTimeOffset at)
    {
        var text = Texts.Sentence(_random, language, symbol);
        var pdf = SmallFiles.CanBePdf(language) && _random.Next(2) == 0;
        var bytes = pdf ? SmallFiles.PdfOf(title, text) : SmallFiles.Word(title, text, OfficialLanguages.IsRightToLeft(language));
        using var stream = new MemoryStream(bytes);
        var stored = fileStore.SaveAsync(stream, CancellationToken.None).GetAwaiter().GetResult();
        var name = $"{symbol.Replace('/', '_').Replace('.', '_')}_{language.ToUpperInvariant()}.{(pdf ? "pdf" : "docx")}";
        document.Upload(language, stored.Sha256, name, pdf ? SmallFiles.Pdf : SmallFiles.Docx, stored.Size, final: true, at, _officer.Name);
        Count("files");
    }

    private async Task GenerateResolutionsAsync(Body assembly, int year, int firstYear, CancellationToken ct)
    {
        if (year % 2 == 0)
        {
            return; // Adopted at the Assembly's sessions, in odd years.
        }

        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MeetingsDbContext>();
        var session = AssemblySession(year);
        for (var n = 1; n <= volume.Resolutions * 2; n++)
        {
            var symbol = DocumentSymbol.Parse($"HSP/HA.{session}/RES.{n}");
            var paragraphs = Enumerable.Range(1, 3 + _random.Next(6))
                .Select(op => new OperativeParagraph(OperativeParagraphNumber.Parse($"OP{op}"), $"Requests the Executive Director to report on {_random.Pick(Texts.Subjects)}."))
                .ToList();
            var resolution = new Resolution(NextId(), assembly.Id, symbol, $"Resolution on {_random.Pick(Texts.Subjects)}", session, year, false, null,
                paragraphs, ["Programme Division"], []);
            for (var reportYear = year + 1; reportYear <= Math.Min(year + 3, lastYear + 1) && reportYear > firstYear; reportYear++)
            {
                resolution.Report($"{reportYear} first session of the Executive Board", new DateOnly(reportYear, 3, 1),
                    reportYear == year + 3 ? ImplementationStatus.Completed : ImplementationStatus.UnderImplementation,
                    [new UpdatePoint($"Work continued on {_random.Pick(Texts.Subjects)}.", [OperativeParagraphNumber.Parse("OP1")])],
                    [], [], null, null, _officer, new DateTimeOffset(reportYear, 3, 1, 9, 0, 0, Eat));
                Count("resolution updates");
            }

            db.Resolutions.Add(resolution);
            Count("resolutions");
        }

        await db.SaveChangesAsync(ct);
    }
}
