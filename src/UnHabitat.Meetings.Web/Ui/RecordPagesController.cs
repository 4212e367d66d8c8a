using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using UnHabitat.Meetings.Application.Agendas;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Records;
using UnHabitat.Meetings.Application.ReferenceData;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Reference;
using UnHabitat.Meetings.Domain.Common;

namespace UnHabitat.Meetings.Web.Ui;

/// <summary>
/// The live record, built for an officer typing while delegates speak: each save comes back to the same
/// form with the agenda item, round and topic kept and the cursor on the speaker.
/// </summary>
[Route("meetings/{id:guid}/record")]
[Authorize(Roles = Roles.Secretariat + "," + Roles.Administrator)]
public sealed class RecordPagesController : UiController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid id, Guid? item, int? round, string? topic) =>
        await Show(id, new InterventionForm { AgendaItemId = item ?? Guid.Empty, Round = round ?? 1, Topic = topic }, null, null, null);

    [HttpPost("interventions")]
    public async Task<IActionResult> AddIntervention(Guid id, [Bind(Prefix = "Intervention")] InterventionForm form)
    {
        var states = await Mediator.Send(new ListMemberStates());
        var (speaker, problem) = SpeakerInput.Parse(form.Speaker, form.OnBehalfOf, states);
        if (speaker is null)
        {
            ModelState.AddModelError("Intervention.Speaker", problem!);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await Show(id, form, null, null, null);
        }

        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["speaker"] = nameof(InterventionForm.Speaker),
            ["speaker.memberState"] = nameof(InterventionForm.Speaker),
            ["speaker.memberStates"] = nameof(InterventionForm.Speaker),
            ["speaker.onBehalfOf"] = nameof(InterventionForm.OnBehalfOf),
            ["speaker.name"] = nameof(InterventionForm.Speaker),
        };
        var saved = await TrySendAsync(new RecordIntervention(id, form.AgendaItemId, form.Round, form.Topic, speaker, null, null, form.Text, form.IsQuestion),
            "Intervention", typeof(InterventionForm), fields);
        if (saved is null)
        {
            return await Show(id, form, null, null, null);
        }

        Saved($"Saved: {SpeakerInput.Describe(saved.Speaker, states)}{(saved.IsQuestion ? ", a question" : "")}.");
        // No fragment in this address: browsers skip autofocus when the address targets an element, and the
        // officer's cursor must land on the speaker again.
        return Back(id, form.AgendaItemId, form.Round, form.Topic, null);
    }

    /// <summary>A named official or guest: printed with the function the first time in the day, by function after.</summary>
    [HttpPost("officials")]
    public async Task<IActionResult> AddOfficial(Guid id, [Bind(Prefix = "Official")] OfficialForm form)
    {
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["speaker.name"] = nameof(OfficialForm.Name),
            ["speaker.function"] = nameof(OfficialForm.Function),
        };
        var speaker = new SpeakerDto(Domain.Records.SpeakerKind.Official, null, null, null, form.Name, form.Function);
        var saved = await TrySendAsync(new RecordIntervention(id, form.AgendaItemId, form.Round, form.Topic, speaker, null, null, form.Text, form.IsQuestion),
            "Official", typeof(OfficialForm), fields);
        if (saved is null)
        {
            return await Show(id, new InterventionForm { AgendaItemId = form.AgendaItemId, Round = form.Round, Topic = form.Topic }, null, null, null, form);
        }

        Saved($"Saved: {SpeakerInput.Describe(saved.Speaker, [])}{(saved.IsQuestion ? ", a question" : "")}.");
        return Back(id, form.AgendaItemId, form.Round, form.Topic, "official");
    }

    [HttpPost("responses")]
    public async Task<IActionResult> AddResponse(Guid id, [Bind(Prefix = "Response")] ResponseForm form)
    {
        var saved = await TrySendAsync(new RecordResponse(id, form.AgendaItemId, form.Round, form.Topic, form.Text, form.RespondsTo), "Response", typeof(ResponseForm));
        if (saved is null)
        {
            return await Show(id, null, form, null, null);
        }

        Saved(saved.RespondsTo.Count == 0 ? "Response saved." : $"Response saved; it answers {saved.RespondsTo.Count} question{(saved.RespondsTo.Count == 1 ? "" : "s")}.");
        return Back(id, form.AgendaItemId, form.Round, form.Topic, "response");
    }

    [HttpPost("paragraphs")]
    public async Task<IActionResult> AddParagraph(Guid id, [Bind(Prefix = "Paragraph")] ParagraphForm form)
    {
        var saved = await TrySendAsync(new AddRecordParagraph(id, form.AgendaItemId, form.Round, form.Kind, form.Text, null), "Paragraph", typeof(ParagraphForm));
        if (saved is null)
        {
            return await Show(id, null, null, form, null);
        }

        Saved("Paragraph saved.");
        return Back(id, form.AgendaItemId, form.Round, null, "paragraph");
    }

    [HttpPost("action-points")]
    public async Task<IActionResult> AddActionPoint(Guid id, [Bind(Prefix = "ActionPoint")] ActionPointForm form)
    {
        var saved = await TrySendAsync(new AddActionPoint(id, form.Text, form.Owner, form.Due), "ActionPoint", typeof(ActionPointForm));
        if (saved is null)
        {
            return await Show(id, null, null, null, form);
        }

        Saved($"Action point saved for {saved.Owner}.");
        return RedirectToAction(nameof(Index), null, new { id }, "action-points");
    }

    /// <summary>The correction offered next to the warning: a State marked away that took the floor was present.</summary>
    [HttpPost("present")]
    public async Task<IActionResult> MarkPresent(Guid id, MarkPresentForm form)
    {
        var saved = await TrySendAsync(new MarkStatePresent(id, form.MemberState ?? "", form.Version), null, typeof(MarkPresentForm));
        if (saved is null)
        {
            return await Show(id, null, null, null, null);
        }

        Saved($"{MemberStates.Find(form.MemberState)?.Name ?? form.MemberState} is now marked present.");
        return RedirectToAction(nameof(Index), new { id });
    }

    private RedirectToActionResult Back(Guid id, Guid item, int? round, string? topic, string? fragment) =>
        RedirectToAction(nameof(Index), null, new { id, item, round, topic = topic.TrimToNull() }, fragment);

    private async Task<IActionResult> Show(Guid id, InterventionForm? intervention, ResponseForm? response, ParagraphForm? paragraph, ActionPointForm? actionPoint, OfficialForm? official = null)
    {
        var meeting = await Mediator.Send(new GetMeeting(id));
        var agenda = await Mediator.Send(new GetAgenda(id));
        var record = await Mediator.Send(new GetMeetingRecord(id));
        var open = (await Mediator.Send(new GetMeetingRecord(id, OnlyOpenQuestions: true))).Interventions;
        var points = await Mediator.Send(new ListActionPoints(id));
        var states = await Mediator.Send(new ListMemberStates());

        // The forms not being posted follow the intervention form's place in the agenda.
        var first = AgendaTree.InOrder(agenda.Items).FirstOrDefault()?.Item.Id ?? Guid.Empty;
        intervention ??= new InterventionForm { AgendaItemId = response?.AgendaItemId ?? paragraph?.AgendaItemId ?? first };
        if (intervention.AgendaItemId == Guid.Empty)
        {
            intervention.AgendaItemId = first;
        }

        response ??= new ResponseForm { AgendaItemId = intervention.AgendaItemId, Round = intervention.Round, Topic = intervention.Topic };
        paragraph ??= new ParagraphForm { AgendaItemId = intervention.AgendaItemId, Round = intervention.Round };
        var frozen = await Mediator.Send(new GetRecordFreeze(id));
        var away = await Mediator.Send(new ListStatesMarkedAwayThatSpoke(id));
        return View("Index", new RecordPage(meeting, agenda, record, open, points, states, intervention, response, paragraph, actionPoint ?? new ActionPointForm())
        {
            RecordFrozen = frozen,
            MarkedAway = away,
            Official = official ?? new OfficialForm { AgendaItemId = intervention.AgendaItemId, Round = intervention.Round, Topic = intervention.Topic },
        });
    }
}
