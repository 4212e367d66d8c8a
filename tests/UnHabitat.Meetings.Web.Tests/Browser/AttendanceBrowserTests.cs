using System.Net.Http.Json;
using Microsoft.Playwright;
using UnHabitat.Meetings.Application.Agendas;
using UnHabitat.Meetings.Application.Bodies;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Records;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace UnHabitat.Meetings.Web.Tests.Browser;

/// <summary>The attendance grid in a real browser: States typed as people say them, nothing lost on a mistake, and a phone's width.</summary>
[TestFixture]
[Category("Browser")]
[NonParallelizable]
public sealed class AttendanceBrowserTests
{
    private BrowserHost _host = null!;
    private SignedIn _officer = null!;
    private Guid _bodyId;

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = await BrowserHost.StartAsync();
        _officer = await _host.App.UserAsync(Roles.Secretariat);
        _bodyId = (await Bodies.CreateBodyAsync(_officer.Client)).Id;
        await Bodies.SetMembersAsync(_officer.Client, _bodyId, "2020-01-01", "KE", "FR", "BR");
    }

    [OneTimeTearDown]
    public async Task Stop() => await _host.DisposeAsync();

    [Test]
    public async Task States_typed_by_name_and_alpha_3_code_are_recorded_and_an_unknown_name_is_refused_with_nothing_lost()
    {
        var meeting = (await MeetingApi.CreateMeetingAsync(_officer.Client, _bodyId, MeetingApi.At(_bodyId, "2030-03-04T10:00:00+03:00", "2030-03-04T13:00:00+03:00"))).Id;
        await using var officer = await _host.NewUserAsync("officer");
        await officer.SignInAsync(_officer.Email, MeetingsApp.UserPassword);
        var page = officer.Page;
        await page.GotoAsync($"/meetings/{meeting}/attendance");

        await page.GetByLabel("Kenya: Present", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("State of row 4 (name or ISO code)").FillAsync("China");
        await page.GetByLabel("Row 4: Present", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("State of row 5 (name or ISO code)").FillAsync("AUT");
        await page.GetByLabel("Row 5: Apologies", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("State of row 6 (name or ISO code)").FillAsync("Atlantis");
        await page.GetByLabel("Row 6: Present", new() { Exact = true }).CheckAsync();
        var refused = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Save the attendance" }).ClickAsync(), r => r.Request.Method == "POST");

        Assert.That(refused.Status, Is.EqualTo(400));
        await Expect(page.GetByRole(AriaRole.Alert).First).ToContainTextAsync("Nothing was saved: 1 row needs correcting");
        await Expect(page.Locator("#state-error-5")).ToContainTextAsync("\"Atlantis\" is not a Member State or observer State");
        await Expect(page.GetByLabel("State of row 4 (name or ISO code)")).ToHaveValueAsync("China");
        await Expect(page.GetByLabel("State of row 5 (name or ISO code)")).ToHaveValueAsync("AUT");
        await Expect(page.GetByLabel("Row 5: Apologies", new() { Exact = true })).ToBeCheckedAsync();
        await PageChecks.CheckAsync(officer, "attendance-row-refused");

        await page.GetByLabel("State of row 6 (name or ISO code)").FillAsync("Côte d'Ivoire");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the attendance" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("3 present");

        var saved = await _officer.Client.GetFromJsonAsync<AttendanceDto>($"/api/meetings/{meeting}/attendance", MeetingsApp.Json);
        Assert.That(saved!.Lines.Select(l => $"{l.MemberState} {l.Status}"),
            Is.EqualTo(new[] { "KE Present", "CN Present", "AT Apologies", "CI Present" }));
        // Saved States come back as named rows: Austria by name, never Australia.
        await Expect(page.GetByRole(AriaRole.Rowheader, new() { Name = "Austria" })).ToBeVisibleAsync();
    }

    [Test]
    public async Task The_attendance_grid_fits_a_phone_390_pixels_wide()
    {
        var meeting = (await MeetingApi.CreateMeetingAsync(_officer.Client, _bodyId, MeetingApi.At(_bodyId, "2030-03-05T10:00:00+03:00", "2030-03-05T13:00:00+03:00"))).Id;
        await using var officer = await _host.NewUserAsync("officer-phone", width: 390, height: 844);
        await officer.SignInAsync(_officer.Email, MeetingsApp.UserPassword);
        var page = officer.Page;
        await page.GotoAsync($"/meetings/{meeting}/attendance");

        var pageWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        var table = await page.Locator("table.attendance").BoundingBoxAsync();
        var widest = await page.EvaluateAsync<double>("Math.max(...[...document.querySelectorAll('table.attendance input, table.attendance select, table.attendance label')].map(e => e.getBoundingClientRect().right))");

        Assert.That(pageWidth, Is.LessThanOrEqualTo(390), "the page scrolls sideways");
        Assert.That(table!.X + table.Width, Is.LessThanOrEqualTo(390), "the table is wider than the screen");
        Assert.That(widest, Is.LessThanOrEqualTo(390), "a field of the grid sticks out of the screen");
        await Expect(page.GetByLabel("Kenya: Present", new() { Exact = true })).ToBeVisibleAsync();
        await page.GetByLabel("Kenya: Present", new() { Exact = true }).CheckAsync();
        await PageChecks.CheckAsync(officer, "attendance-390px");
    }

    [Test]
    public async Task A_state_marked_away_that_spoke_is_corrected_in_one_click_from_the_live_record()
    {
        var meeting = (await MeetingApi.CreateMeetingAsync(_officer.Client, _bodyId, MeetingApi.At(_bodyId, "2030-03-06T10:00:00+03:00", "2030-03-06T13:00:00+03:00"))).Id;
        var item = (await MeetingApi.ReadAgendaAsync(_officer.Client, meeting)).Items[0].Id;
        (await MeetingApi.PutAttendanceAsync(_officer.Client, meeting, new[] { new { memberState = "KE", status = "Apologies", mode = "InPerson" } })).EnsureSuccessStatusCode();
        await BrowserHost.PostAsync(_officer.Client, $"/api/meetings/{meeting}/interventions",
            new { agendaItemId = item, text = "welcomed the report.", speaker = new { kind = "MemberState", memberState = "KEN" } });
        await using var officer = await _host.NewUserAsync("officer");
        await officer.SignInAsync(_officer.Email, MeetingsApp.UserPassword);
        var page = officer.Page;

        await page.GotoAsync($"/meetings/{meeting}/record");
        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Check the attendance" })).ToContainTextAsync("Kenya took the floor but is marked as having sent apologies");
        await PageChecks.CheckAsync(officer, "record-state-marked-away");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mark Kenya present" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Kenya is now marked present.");
        await Expect(page.GetByText("Check the attendance")).ToHaveCountAsync(0);
    }
}
