using UnHabitat.Meetings.Application.Agendas;
using UnHabitat.Meetings.Application.Bodies;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Records;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Application.Summaries;
using UnHabitat.Meetings.Application.Tests.Support;
using UnHabitat.Meetings.Domain.Bodies;
using UnHabitat.Meetings.Domain.Meetings;
using UnHabitat.Meetings.Domain.Records;
using UnHabitat.Meetings.Domain.Summaries;
using UnHabitat.Meetings.Web.Tests.Fixtures;

namespace UnHabitat.Meetings.Application.Tests;

/// <summary>
/// The informal contact group meeting of 8 June 2021 (seeds/000), rebuilt through the use cases, assembles in the
/// tabular style: attendance and apologies lines, three columns, responses in the Discussion column, named
/// interventions in capitals and anonymous ones as bare predicates.
/// </summary>
[TestFixture]
[Category("Database")]
public sealed class ContactGroupSummaryTests
{
    private ApplicationHost _host = null!;
    private AssembledSummary _summary = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = await ApplicationHost.StartAsync();
        _host.User.SignIn(Roles.Secretariat);
        var meeting = await ContactGroupAsync();
        _summary = (await _host.SendAsync(new GetSummary(meeting))).Summary;
    }

    [OneTimeTearDown]
    public async Task Stop() => await _host.DisposeAsync();

    [Test]
    public void The_summary_has_the_informal_title_and_date_line()
    {
        Assert.That(_summary.Style, Is.EqualTo(SummaryStyle.Tabular));
        Assert.That(_summary.Title, Is.EqualTo(ContactGroupReference.Title));
        Assert.That(_summary.DateLine, Is.EqualTo("Tuesday 08 June 2021 / 10:00 a.m. to 11:00 a.m. East Africa Time"));
    }

    [Test]
    public void Attendance_and_apologies_are_generated_from_the_attendance()
    {
        var attendance = Blocks(SummaryBlockKind.Attendance).Select(b => b.Text).ToList();

        Assert.That(attendance, Is.EqualTo(new[]
        {
            ContactGroupReference.AttendanceLineAsPrinted,
            "The following members sent their apologies: Poland, Mexico",
        }));
    }

    [Test]
    public void The_table_has_the_three_columns_and_one_row_per_agenda_item()
    {
        var header = Blocks(SummaryBlockKind.TableHeader).Single();
        var rows = Blocks(SummaryBlockKind.TableRow);

        Assert.That(header.Columns!.Select(c => c[0].Text), Is.EqualTo(ContactGroupReference.ColumnHeaders));
        Assert.That(rows, Has.Count.EqualTo(ContactGroupReference.Rows.Count));
        Assert.That(Cell(rows[0], 0).Single(), Is.EqualTo("1. Implementation of action points from previous informal contact group"));
        Assert.That(Cell(rows[1], 0).Single(), Is.EqualTo("2. UN-Habitat Communications Priorities and Updates"));
    }

    [Test]
    public void The_comments_column_holds_the_secretariats_numbered_points_with_their_bullets()
    {
        var comments = Column(Blocks(SummaryBlockKind.TableRow)[0], 1);
        var first = ContactGroupReference.Rows[0].Comments;

        Assert.That(comments.Where(l => l.Style == LineStyle.Point).Select(l => $"{l.Label} {l.Text}").Take(2),
            Is.EqualTo(new[] { $"1) {first[0].Heading}", $"2) {first[1].Heading}" }));
        Assert.That(comments.Count(l => l.Style == LineStyle.Bullet), Is.EqualTo(first.Sum(p => p.Bullets.Length)));
    }

    [Test]
    public void The_discussion_column_holds_the_views_then_the_secretariats_responses()
    {
        var discussion = Cell(Blocks(SummaryBlockKind.TableRow)[0], 2);
        var row = ContactGroupReference.Rows[0];

        Assert.That(discussion[0], Does.StartWith("Members praised"));
        Assert.That(discussion[1], Is.EqualTo(row.Views[1].Text), "an anonymous view is a bare predicate");
        var leadIn = discussion.IndexOf("In response to the views expressed, the Secretariat responded the following:");
        Assert.That(leadIn, Is.EqualTo(row.Views.Length));
        Assert.That(discussion.Skip(leadIn + 1), Is.EqualTo(row.Responses));
    }

    [Test]
    public void Named_interventions_are_in_capitals_and_the_conclusions_close_the_last_rows()
    {
        var rows = Blocks(SummaryBlockKind.TableRow);
        var aob = Cell(rows[^2], 2);
        var next = Cell(rows[^1], 2);

        Assert.That(aob, Has.Some.StartsWith("FRANCE thanked the group"));
        Assert.That(aob, Has.Some.StartsWith("CHINA also urged"));
        Assert.That(aob[^1], Is.EqualTo("Noted"));
        Assert.That(next[^1], Is.EqualTo("Agreed"));
    }

    /// <summary>The informal contact group's meeting, in the tabular style with named interventions in capitals, as the Secretariat records it.</summary>
    private async Task<Guid> ContactGroupAsync()
    {
        var body = await _host.SendAsync(new CreateBody(ContactGroupReference.BodyName, "ICG Communications", BodyKind.InformalGroup, "HSP/EB", null,
            SummaryStyle.Tabular, AttributionPolicy.NamedCapitals, Body.DefaultDocumentDeadlineDays, null));
        var meeting = (await _host.SendAsync(new CreateMeeting(body.Id, null, null,
            DateTimeOffset.Parse("2021-06-08T10:00:00+03:00", System.Globalization.CultureInfo.InvariantCulture),
            DateTimeOffset.Parse("2021-06-08T11:00:00+03:00", System.Globalization.CultureInfo.InvariantCulture),
            ContactGroupReference.TimeZoneId, "Online", Modality.Online, new ChairDto(null, "Chair of the informal contact group", null), ProceduralItems: false))).Id;

        var lines = ContactGroupReference.Present.Select(s => new AttendanceLineDto(s, AttendanceStatus.Present, AttendanceMode.Online, null))
            .Concat(ContactGroupReference.Apologies.Select(s => new AttendanceLineDto(s, AttendanceStatus.Apologies, AttendanceMode.Online, null)));
        var attendance = await _host.SendAsync(new GetAttendance(meeting));
        await _host.SendAsync(new RecordAttendance(meeting, [.. lines], attendance.Version));

        foreach (var row in ContactGroupReference.Rows)
        {
            var title = row.Title ?? "Next meeting";
            var version = (await _host.SendAsync(new GetAgenda(meeting))).Version;
            var agenda = await _host.SendAsync(new AddAgendaItem(meeting, title, null, null, version));
            var item = Walk(agenda.Items).Single(i => i.Title == title).Id;
            foreach (var point in row.Comments)
            {
                await _host.SendAsync(new AddRecordParagraph(meeting, item, null, point.Numbered ? ParagraphKind.Briefing : ParagraphKind.Narrative, point.Heading, point.Bullets));
            }

            foreach (var view in row.Views)
            {
                await _host.SendAsync(view switch
                {
                    { NamedMemberState: { } state } => new RecordIntervention(meeting, item, null, null, new SpeakerDto(SpeakerKind.MemberState, state, null, null, null), null, null, view.Text, false),
                    { Subject: { } subject } => new RecordIntervention(meeting, item, null, null, new SpeakerDto(SpeakerKind.MemberStates, null, ["KE", "FR"], null, null), null, subject, view.Text, false),
                    _ => new RecordIntervention(meeting, item, null, null, new SpeakerDto(SpeakerKind.MemberState, "KE", null, null, null), AttributionPolicy.Anonymous, null, view.Text, false),
                });
            }

            foreach (var response in row.Responses)
            {
                await _host.SendAsync(new RecordResponse(meeting, item, null, null, response, null));
            }

            if (row.Conclusion is not null)
            {
                await _host.SendAsync(new AddRecordParagraph(meeting, item, null, ParagraphKind.Conclusion, row.Conclusion, null));
            }
        }

        return meeting;
    }

    private static IEnumerable<AgendaItemDto> Walk(IEnumerable<AgendaItemDto> items) => items.SelectMany(i => new[] { i }.Concat(Walk(i.Children)));

    private List<SummaryBlock> Blocks(SummaryBlockKind kind) => [.. _summary.Blocks.Where(b => b.Kind == kind)];

    private static List<SummaryLine> Column(SummaryBlock row, int column) => [.. row.Columns![column]];

    private static List<string> Cell(SummaryBlock row, int column) => [.. Column(row, column).Select(l => l.Text)];
}
