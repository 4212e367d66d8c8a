using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using UnHabitat.Meetings.Application.Agendas;
using UnHabitat.Meetings.Application.Bodies;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Records;
using UnHabitat.Meetings.Application.ReferenceData;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Reference;
using UnHabitat.Meetings.Domain.Common;

namespace UnHabitat.Meetings.Web.Ui;

/// <summary>The Secretariat's meeting workspace: scheduling, the agenda tree editor and attendance.</summary>
[Route("meetings")]
[Authorize(Roles = Roles.Secretariat + "," + Roles.Administrator)]
public sealed class MeetingsController : UiController
{
    private static readonly Dictionary<string, string> MeetingFields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["startsAt"] = nameof(NewMeetingForm.StartTime),
        ["endsAt"] = nameof(NewMeetingForm.EndTime),
        ["chair"] = nameof(NewMeetingForm.ChairName),
        ["chair.name"] = nameof(NewMeetingForm.ChairName),
        ["chair.honorific"] = nameof(NewMeetingForm.ChairHonorific),
        ["chair.function"] = nameof(NewMeetingForm.ChairFunction),
    };

    [HttpGet("new")]
    public async Task<IActionResult> New(Guid? bodyId) =>
        View(new NewMeetingPage(new NewMeetingForm { BodyId = bodyId ?? Guid.Empty }, await Mediator.Send(new ListBodies())));

    [HttpPost("new")]
    public async Task<IActionResult> New([Bind(Prefix = "Form")] NewMeetingForm form)
    {
        // A date in the past is most often a typing slip; when meant, it is the record of a meeting already held.
        var startsAt = At(form.Date, form.StartTime, form.TimeZone);
        var past = startsAt < HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        if (past && !form.ConfirmPast && ModelState.IsValid)
        {
            ModelState.AddModelError("Form.Date", "This date is in the past. If the meeting has already taken place, tick the box below to enter it after the fact; otherwise correct the date.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(new NewMeetingPage(form, await Mediator.Send(new ListBodies()), AskToConfirmPast: true));
        }

        if (ModelState.IsValid)
        {
            var meeting = await TrySendAsync(new CreateMeeting(form.BodyId, null, form.Number, At(form.Date, form.StartTime, form.TimeZone), At(form.Date, form.EndTime, form.TimeZone),
                form.TimeZone?.Trim(), form.Venue, form.Modality, new ChairDto(form.ChairHonorific, form.ChairName ?? "", form.ChairFunction),
                form.StartFromPreviousAgenda, ProceduralItems: true), "Form", typeof(NewMeetingForm), MeetingFields);
            if (meeting is not null)
            {
                Saved(meeting.EnteredAfterTheFact
                    ? $"The {meeting.Title} is entered after the fact. Build its agenda below."
                    : $"The {meeting.Title} is scheduled. Build its agenda below.");
                return RedirectToAction(nameof(Workspace), new { id = meeting.Id });
            }
        }
        else
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return View(new NewMeetingPage(form, await Mediator.Send(new ListBodies()), AskToConfirmPast: past));
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Workspace(Guid id) => await ShowWorkspace(id, null, null, null);

    [HttpPost("{id:guid}/agenda/items")]
    public async Task<IActionResult> AddItem(Guid id, [Bind(Prefix = "AddItem")] AddItemForm form)
    {
        var before = (await Mediator.Send(new GetAgenda(id))).Status;
        var agenda = await TrySendAsync(new AddAgendaItem(id, form.Title, form.ParentId, null, form.Version), "AddItem", typeof(AddItemForm));
        if (agenda is null)
        {
            return await ShowWorkspace(id, form, null, null);
        }

        Saved($"Added “{form.Title!.Trim()}”. {SentBack(before, agenda)}");
        return RedirectToAction(nameof(Workspace), null, new { id }, "agenda");
    }

    [HttpPost("{id:guid}/agenda/items/{itemId:guid}")]
    public async Task<IActionResult> ChangeItem(Guid id, Guid itemId, ItemForm form)
    {
        var current = await Mediator.Send(new GetAgenda(id));
        var placed = AgendaTree.InOrder(current.Items).FirstOrDefault(p => p.Item.Id == itemId);
        if (placed is null)
        {
            ModelState.AddModelError(string.Empty, "This item is no longer on the agenda; someone removed it.");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return await ShowWorkspace(id, null, itemId, form);
        }

        if (AgendaTree.Command(id, current.Items, itemId, form.Op, form.Title, form.Version) is not { } edit)
        {
            ModelState.AddModelError(string.Empty, $"Item {placed.Item.Number} cannot move that way.");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return await ShowWorkspace(id, null, itemId, form);
        }

        var agenda = await TrySendAsync(edit, null, typeof(ItemForm));
        if (agenda is null)
        {
            return await ShowWorkspace(id, null, itemId, form);
        }

        Saved($"{Done(form.Op, form.Op == ItemButton.Save ? form.Title!.Trim() : placed.Item.Title)} {SentBack(current.Status, agenda)}");
        return RedirectToAction(nameof(Workspace), null, new { id }, "agenda");
    }

    [HttpPost("{id:guid}/agenda/submit")]
    public async Task<IActionResult> SubmitAgenda(Guid id, AgendaStepForm form) =>
        await AgendaStep(id, new SubmitAgenda(id, form.Version), "The agenda is submitted to the chair for approval.");

    [HttpPost("{id:guid}/agenda/adopt")]
    public async Task<IActionResult> AdoptAgenda(Guid id, AgendaStepForm form) =>
        await AgendaStep(id, new AdoptAgenda(id, form.Amendments.TrimToNull(), form.Version), "The meeting adopted the agenda.");

    [HttpGet("{id:guid}/attendance")]
    public async Task<IActionResult> Attendance(Guid id) => await ShowAttendance(id, null, null);

    /// <summary>Replaces the attendance with the grid as sent; rows left "not recorded" are dropped.</summary>
    [HttpPost("{id:guid}/attendance")]
    public async Task<IActionResult> Attendance(Guid id, [Bind(Prefix = "Form")] AttendanceForm form)
    {
        // Every row is read before anything is sent: one State that cannot be read stops the whole save,
        // and the page comes back with every row as typed and the reason next to each row that failed.
        var lines = new List<AttendanceLineDto>();
        var rowOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < form.Rows.Count; i++)
        {
            var row = form.Rows[i];
            var field = $"Form.Rows[{i}].MemberState";
            if (string.IsNullOrWhiteSpace(row.MemberState))
            {
                if (row.Status is not null)
                {
                    ModelState.AddModelError(field, $"Type the State of row {i + 1}, or set the row to “not recorded”.");
                }

                continue;
            }

            var state = MemberStates.Resolve(row.MemberState);
            if (state is null)
            {
                ModelState.AddModelError(field, $"\"{row.MemberState.Trim()}\" is not a Member State or observer State: type its name or its ISO code (e.g. Kenya, KE or KEN).");
                continue;
            }

            if (row.Status is null)
            {
                // A State typed in and left "not recorded" would silently not be saved: ask what was meant.
                if (!row.Listed)
                {
                    ModelState.AddModelError(field, $"Mark {state.Name} present, apologies or absent, or empty the box.");
                }

                continue;
            }

            if (rowOf.TryGetValue(state.Code, out var first))
            {
                ModelState.AddModelError(field, $"{state.Name} is already on row {first + 1}: record each State once.");
                continue;
            }

            rowOf[state.Code] = i;
            lines.Add(new AttendanceLineDto(state.Code, row.Status.Value, row.Mode, row.Delegates?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
        }

        var failedRows = ModelState.Count(e => e.Key.StartsWith("Form.Rows[", StringComparison.Ordinal) && e.Key.EndsWith("].MemberState", StringComparison.Ordinal) && e.Value is { Errors.Count: > 0 });
        if (failedRows > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            ModelState.AddModelError(string.Empty, $"Nothing was saved: {Show.Count(failedRows, "row needs", "rows need")} correcting (marked below). Every row is kept as you typed it.");
            return await ShowAttendance(id, form, null);
        }

        var saved = await TrySendAsync(new RecordAttendance(id, lines, form.Version), "Form", typeof(AttendanceForm));
        if (saved is null)
        {
            ModelState.AddModelError(string.Empty, "Nothing was saved. Every row is kept as you typed it.");
            return await ShowAttendance(id, form, null);
        }

        Saved($"Attendance saved: {saved.Lines.Count(l => l.Status == Domain.Records.AttendanceStatus.Present)} present{(saved.Quorum is { } q ? $", quorum {(q.Reached ? "met" : "not met")}" : "")}.");
        return RedirectToAction(nameof(Attendance), new { id });
    }

    [HttpPost("{id:guid}/times")]
    public async Task<IActionResult> Times(Guid id, [Bind(Prefix = "Times")] MeetingTimesForm form)
    {
        var meeting = await Mediator.Send(new GetMeeting(id));
        var fields = new Dictionary<string, string> { ["calledToOrderAt"] = nameof(MeetingTimesForm.CalledToOrder), ["adjournedAt"] = nameof(MeetingTimesForm.Adjourned) };
        var saved = await TrySendAsync(new RecordMeetingTime(id, Adjourned: false, At(DateOnly.FromDateTime(meeting.LocalStartsAt.DateTime), form.CalledToOrder, meeting.TimeZone)),
            "Times", typeof(MeetingTimesForm), fields);
        if (saved is not null && form.Adjourned is not null)
        {
            saved = await TrySendAsync(new RecordMeetingTime(id, Adjourned: true, At(DateOnly.FromDateTime(meeting.LocalStartsAt.DateTime), form.Adjourned, meeting.TimeZone)),
                "Times", typeof(MeetingTimesForm), fields);
        }

        if (saved is null)
        {
            return await ShowAttendance(id, null, form);
        }

        Saved("Times of the meeting saved.");
        return RedirectToAction(nameof(Attendance), new { id });
    }

    /// <summary>A local date and time in the venue's zone; null when a part is missing (the validator names it).</summary>
    internal static DateTimeOffset? At(DateOnly? date, TimeOnly? time, string? timeZone)
    {
        if (date is null || time is null)
        {
            return null;
        }

        var local = date.Value.ToDateTime(time.Value, DateTimeKind.Unspecified);
        // An unknown zone is reported on its own field; the time is still passed so it is not reported twice.
        var offset = TimeZoneInfo.TryFindSystemTimeZoneById(timeZone?.Trim() ?? "", out var zone) ? zone.GetUtcOffset(local) : TimeSpan.Zero;
        return new DateTimeOffset(local, offset);
    }

    private async Task<IActionResult> AgendaStep(Guid id, Application.Pipeline.ICommand<AgendaDto> step, string done)
    {
        if (await TrySendAsync(step, null, typeof(AgendaStepForm)) is null)
        {
            return await ShowWorkspace(id, null, null, null);
        }

        Saved(done);
        return RedirectToAction(nameof(Workspace), new { id });
    }

    private async Task<IActionResult> ShowWorkspace(Guid id, AddItemForm? addItem, Guid? editedItem, ItemForm? edited)
    {
        var meeting = await Mediator.Send(new GetMeeting(id));
        var agenda = await Mediator.Send(new GetAgenda(id));
        // After a conflict the forms carry the current version, so that saving again applies what was typed.
        addItem ??= new AddItemForm();
        addItem.Version = agenda.Version;
        if (edited is not null)
        {
            edited.Version = agenda.Version;
        }

        ModelState.Remove("AddItem.Version");
        ModelState.Remove("Version");
        return View("Workspace", new WorkspacePage(meeting, agenda, addItem, editedItem, edited));
    }

    private async Task<IActionResult> ShowAttendance(Guid id, AttendanceForm? posted, MeetingTimesForm? times)
    {
        var meeting = await Mediator.Send(new GetMeeting(id));
        var body = await Mediator.Send(new GetBody(meeting.BodyId));
        var attendance = await Mediator.Send(new GetAttendance(id));
        var states = await Mediator.Send(new ListMemberStates());
        var day = DateOnly.FromDateTime(meeting.LocalStartsAt.DateTime);
        var members = body.Members.Where(m => m.From <= day && (m.To is null || m.To >= day)).Select(m => m.MemberState).Distinct().ToList();

        var form = posted ?? new AttendanceForm { Rows = Grid(members, attendance) };
        form.Version = attendance.Version;
        ModelState.Remove("Form.Version");
        times ??= new MeetingTimesForm
        {
            CalledToOrder = attendance.CalledToOrderAt is { } c ? TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(c, TimeZoneInfo.FindSystemTimeZoneById(meeting.TimeZone)).DateTime) : null,
            Adjourned = attendance.AdjournedAt is { } a ? TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(a, TimeZoneInfo.FindSystemTimeZoneById(meeting.TimeZone)).DateTime) : null,
        };
        return View("Attendance", new AttendancePage(meeting, attendance, form, times, states, members.Count > 0));
    }

    /// <summary>One row per member of the body on the day, then States recorded that are not members, then blank rows.</summary>
    private static List<AttendanceRow> Grid(IReadOnlyList<string> members, AttendanceDto attendance)
    {
        var recorded = attendance.Lines.ToDictionary(l => l.MemberState, StringComparer.OrdinalIgnoreCase);
        var rows = members.Concat(attendance.Lines.Select(l => l.MemberState).Where(s => !members.Contains(s, StringComparer.OrdinalIgnoreCase)))
            .Select(code => recorded.TryGetValue(code, out var line)
                ? new AttendanceRow { MemberState = code, Status = line.Status, Mode = line.Mode, Delegates = line.Delegates is null ? null : string.Join("; ", line.Delegates) }
                : new AttendanceRow { MemberState = code })
            .ToList();
        rows.AddRange(Enumerable.Range(0, 3).Select(_ => new AttendanceRow()));
        return rows;
    }

    private static string Done(ItemButton button, string title) => button switch
    {
        ItemButton.Save => $"Renamed to “{title}”.",
        ItemButton.Delete => $"Removed “{title}” and its sub-items.",
        ItemButton.Indent => $"“{title}” is now a sub-item.",
        ItemButton.Outdent => $"“{title}” moved up a level.",
        _ => $"Moved “{title}”.",
    };

    private static string SentBack(Domain.Meetings.AgendaStatus before, AgendaDto after) =>
        before != after.Status && after.Status == Domain.Meetings.AgendaStatus.Draft
            ? "The agenda is a draft again: the chair must approve it again."
            : "The numbers are updated.";
}
