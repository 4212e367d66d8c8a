using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using UnHabitat.Meetings.Application.Journals;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Journals;
using UnHabitat.Meetings.Domain.Meetings;

namespace UnHabitat.Meetings.Web.Ui;

public enum JournalAction
{
    Publish,
    Revise,
}

public sealed class JournalStepForm
{
    public DateOnly? Date { get; set; }

    public int? Version { get; set; }
}

/// <summary>The day's journal beside the meetings it is assembled from, with the days of the session around it.</summary>
/// <param name="MayPublish">The Secretariat, on a draft: the steps are offered only to whom the use case allows them.</param>
public sealed record JournalPage(JournalDto Journal, IReadOnlyList<JournalDayDto> Days, IReadOnlyList<MeetingDto> Meetings, bool MayPublish, bool MayRevise);

/// <summary>
/// The Secretariat's (and the body's chairs') view of one day's journal: the draft as it now reads, next to the
/// day's meetings, with publish or revise when the journal's life allows it and the caller may.
/// </summary>
[Route("sessions/{id:guid}/journal")]
[Authorize(Roles = Roles.Secretariat + "," + Roles.Chair + "," + Roles.Administrator)]
public sealed class JournalPagesController(TimeProvider clock) : UiController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid id, DateOnly? date) => await Show(id, date);

    /// <summary>The use case decides again who may: a chair who posts "publish" is told no.</summary>
    [HttpPost("{step}")]
    public async Task<IActionResult> Step(Guid id, JournalAction step, JournalStepForm form)
    {
        // The form sends 0 for a day whose journal nobody has published yet.
        var saved = await TrySendAsync(new MoveJournal(id, form.Date, step == JournalAction.Publish ? JournalStep.Publish : JournalStep.Revise, form.Version), null, typeof(JournalStepForm));
        if (saved is null)
        {
            return await Show(id, form.Date);
        }

        Saved(step == JournalAction.Publish
            ? $"The journal of day {saved.Journal.Day} is published{(saved.Revision > 1 ? $" as revision {saved.Revision}" : "")}; delegations can read it now."
            : $"Revision {saved.Revision} of the journal of day {saved.Journal.Day} is started; the published text stays as it was.");
        return RedirectToAction(nameof(Index), new { id, date = saved.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
    }

    /// <summary>The draft (or the text as published) printed, for the Secretariat and the body's chairs.</summary>
    [HttpGet("/sessions/{id:guid}/journal.pdf")]
    public async Task<IActionResult> Pdf(Guid id, DateOnly? date, int? revision, [FromServices] Application.Abstractions.IPdfRenderer renderer) =>
        await Delivery.FileDelivery.JournalPdfAsync(this, Mediator, renderer, id, date, revision, HttpContext.RequestAborted);

    [HttpGet("/sessions/{id:guid}/journal.docx")]
    public async Task<IActionResult> Docx(Guid id, DateOnly? date, int? revision) =>
        await Delivery.FileDelivery.JournalDocxAsync(this, Mediator, id, date, revision, HttpContext.RequestAborted);

    private async Task<IActionResult> Show(Guid id, DateOnly? date)
    {
        var days = await Mediator.Send(new ListJournals(id));
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var day = date ?? (days.Any(d => d.Date == today) ? today : days[0].Date);
        var journal = await Mediator.Send(new GetJournal(id, day));

        // The day's meetings in the venue's calendar, as the journal picks them.
        var around = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var meetings = (await Mediator.Send(new ListMeetings(null, around.AddDays(-1), around.AddDays(2))))
            .Where(m => m.SessionId == id && m.Status != MeetingStatus.Cancelled && DateOnly.FromDateTime(m.LocalStartsAt.DateTime) == day)
            .OrderBy(m => m.StartsAt)
            .ToList();
        var secretariat = User.IsInRole(Roles.Secretariat);
        return View("Index", new JournalPage(journal, days, meetings,
            secretariat && journal.Status == JournalStatus.Draft, secretariat && journal.Status == JournalStatus.Published));
    }
}
