using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using UnHabitat.Meetings.Application.Agendas;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Records;
using UnHabitat.Meetings.Application.ReferenceData;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Records;
using UnHabitat.Meetings.Domain.Reference;

namespace UnHabitat.Meetings.Web.Ui;

public enum EntryKind
{
    Intervention,
    Response,
    Paragraph,
    ActionPoint,
}

/// <summary>One record entry as its edit form holds it; the fields that do not apply to its kind stay empty.</summary>
public sealed class EntryForm
{
    public Guid AgendaItemId { get; set; }

    public int? Round { get; set; } = 1;

    public string? Topic { get; set; }

    public string? Speaker { get; set; }

    public string? OnBehalfOf { get; set; }

    public string? Text { get; set; }

    public bool IsQuestion { get; set; }

    public ParagraphKind Kind { get; set; }

    public string? Owner { get; set; }

    public DateOnly? Due { get; set; }

    public int? Version { get; set; }
}

public sealed class CloseForm
{
    public string? Note { get; set; }

    public Guid? ReportUnderItemId { get; set; }

    public int? Version { get; set; }
}

public sealed record ClosePage(MeetingDto Meeting, AgendaDto Agenda, ActionPointDto Point, CloseForm Form)
{
    public IEnumerable<PlacedItem> Items => AgendaTree.InOrder(Agenda.Items);
}

public sealed record EntryEditPage(MeetingDto Meeting, AgendaDto Agenda, EntryKind Kind, Guid EntryId, EntryForm Form, IReadOnlyList<MemberState> States, string? RecordFrozen)
{
    public IEnumerable<PlacedItem> Items => AgendaTree.InOrder(Agenda.Items);

    public string Noun => Kind switch
    {
        EntryKind.Intervention => "intervention",
        EntryKind.Response => "response",
        EntryKind.Paragraph => "paragraph",
        _ => "action point",
    };

    public string Path => Kind switch
    {
        EntryKind.Intervention => "interventions",
        EntryKind.Response => "responses",
        EntryKind.Paragraph => "paragraphs",
        _ => "action-points",
    };
}

/// <summary>
/// Corrections to the live record: each entry can be edited, moved to another agenda item, round or topic,
/// or deleted, with the version read (a change made meanwhile by another officer is not overwritten), and
/// action points are closed with a note. All of it only while the summary is a draft.
/// </summary>
[Route("meetings/{id:guid}/record")]
[Authorize(Roles = Roles.Secretariat + "," + Roles.Administrator)]
public sealed class RecordEditPagesController : UiController
{
    [HttpGet("entries/{entryId:guid}")]
    public async Task<IActionResult> Edit(Guid id, Guid entryId)
    {
        var (kind, form) = await FindAsync(id, entryId);
        return await ShowAsync(id, kind, entryId, form);
    }

    [HttpPost("interventions/{entryId:guid}")]
    public async Task<IActionResult> ChangeIntervention(Guid id, Guid entryId, EntryForm form)
    {
        var states = await Mediator.Send(new ListMemberStates());
        var (speaker, problem) = SpeakerInput.Parse(form.Speaker, form.OnBehalfOf, states);
        if (speaker is null)
        {
            ModelState.AddModelError(nameof(EntryForm.Speaker), problem!);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ShowAsync(id, EntryKind.Intervention, entryId, form);
        }

        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["speaker.memberState"] = nameof(EntryForm.Speaker),
            ["speaker.memberStates"] = nameof(EntryForm.Speaker),
            ["speaker.onBehalfOf"] = nameof(EntryForm.OnBehalfOf),
            ["speaker.name"] = nameof(EntryForm.Speaker),
        };
        var original = (await Mediator.Send(new GetMeetingRecord(id))).Interventions.FirstOrDefault(i => i.Id == entryId);
        var saved = await TrySendAsync(new ChangeIntervention(id, entryId, form.AgendaItemId, form.Round, form.Topic, speaker, original?.Attribution, original?.LeadIn,
            form.Text, form.IsQuestion, form.Version), null, typeof(EntryForm), fields);
        return await AfterAsync(id, EntryKind.Intervention, entryId, form, saved, "Intervention corrected.");
    }

    [HttpPost("responses/{entryId:guid}")]
    public async Task<IActionResult> ChangeResponse(Guid id, Guid entryId, EntryForm form)
    {
        var original = (await Mediator.Send(new GetMeetingRecord(id))).Responses.FirstOrDefault(r => r.Id == entryId);
        var saved = await TrySendAsync(new ChangeResponse(id, entryId, form.AgendaItemId, form.Round, form.Topic, form.Text, original?.RespondsTo, form.Version),
            null, typeof(EntryForm));
        return await AfterAsync(id, EntryKind.Response, entryId, form, saved, "Response corrected.");
    }

    [HttpPost("paragraphs/{entryId:guid}")]
    public async Task<IActionResult> ChangeParagraph(Guid id, Guid entryId, EntryForm form)
    {
        var saved = await TrySendAsync(new ChangeRecordParagraph(id, entryId, form.AgendaItemId, form.Round, form.Kind, form.Text, null, form.Version), null, typeof(EntryForm));
        return await AfterAsync(id, EntryKind.Paragraph, entryId, form, saved, "Paragraph corrected.");
    }

    [HttpPost("action-points/{entryId:guid}")]
    public async Task<IActionResult> ChangeActionPoint(Guid id, Guid entryId, EntryForm form)
    {
        var saved = await TrySendAsync(new ChangeActionPoint(id, entryId, form.Text, form.Owner, form.Due, form.Version), null, typeof(EntryForm));
        return await AfterAsync(id, EntryKind.ActionPoint, entryId, form, saved, "Action point corrected.");
    }

    [HttpPost("{kind}/{entryId:guid}/delete")]
    public async Task<IActionResult> Delete(Guid id, string kind, Guid entryId, EntryForm form)
    {
        var entry = kind switch
        {
            "interventions" => EntryKind.Intervention,
            "responses" => EntryKind.Response,
            "paragraphs" => EntryKind.Paragraph,
            "action-points" => EntryKind.ActionPoint,
            _ => (EntryKind?)null,
        };
        if (entry is null)
        {
            return NotFound();
        }

        IRequest<DeletedEntry> request = entry switch
        {
            EntryKind.Intervention => new DeleteIntervention(id, entryId, form.Version),
            EntryKind.Response => new DeleteResponse(id, entryId, form.Version),
            EntryKind.Paragraph => new DeleteRecordParagraph(id, entryId, form.Version),
            _ => new DeleteActionPoint(id, entryId, form.Version),
        };
        var done = await TrySendAsync(request, null, typeof(EntryForm));
        if (done is null)
        {
            return await ShowAsync(id, entry.Value, entryId, form);
        }

        Saved($"The {Noun(entry.Value)} is deleted.");
        return RedirectToAction(nameof(RecordPagesController.Index), "RecordPages", new { id }, "so-far-heading");
    }

    /// <summary>Closes an action point with a note; one of an earlier meeting may be reported under an item of this one.</summary>
    [HttpPost("action-points/{entryId:guid}/close")]
    public async Task<IActionResult> Close(Guid id, Guid entryId, CloseForm form)
    {
        var saved = await TrySendAsync(new CloseActionPoint(id, entryId, form.Note, form.ReportUnderItemId, form.Version), null, typeof(CloseForm));
        if (saved is null)
        {
            // The note kept and the problem said next to it, on a page of its own.
            var point = (await Mediator.Send(new ListActionPoints(id))).FirstOrDefault(a => a.Id == entryId)
                ?? throw new Application.Errors.NotFoundException("Action point", entryId);
            var meeting = await Mediator.Send(new GetMeeting(id));
            var agenda = await Mediator.Send(new GetAgenda(id));
            return View("Close", new ClosePage(meeting, agenda, point, form));
        }

        Saved($"Action point closed: {saved.Text}.");
        return RedirectToAction(nameof(RecordPagesController.Index), "RecordPages", new { id }, "action-points");
    }

    private static string Noun(EntryKind kind) => kind switch
    {
        EntryKind.ActionPoint => "action point",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private async Task<IActionResult> AfterAsync<T>(Guid id, EntryKind kind, Guid entryId, EntryForm form, T? saved, string message)
        where T : class
    {
        if (saved is null)
        {
            // A stale version: the form shows the entry as it is now (with the new version), the typed text kept.
            if (Response.StatusCode == StatusCodes.Status409Conflict)
            {
                var (_, current) = await FindAsync(id, entryId);
                form.Version = current.Version;
            }

            return await ShowAsync(id, kind, entryId, form);
        }

        Saved(message);
        return RedirectToAction(nameof(RecordPagesController.Index), "RecordPages", new { id, item = kind == EntryKind.ActionPoint ? (Guid?)null : form.AgendaItemId }, "entry-" + entryId);
    }

    private async Task<(EntryKind Kind, EntryForm Form)> FindAsync(Guid id, Guid entryId)
    {
        var record = await Mediator.Send(new GetMeetingRecord(id));
        var states = await Mediator.Send(new ListMemberStates());
        if (record.Interventions.FirstOrDefault(i => i.Id == entryId) is { } i)
        {
            return (EntryKind.Intervention, new EntryForm
            {
                AgendaItemId = i.AgendaItemId, Round = i.Round, Topic = i.Topic, Speaker = SpeakerText(i.Speaker, states),
                OnBehalfOf = i.Speaker.OnBehalfOf, Text = i.Text, IsQuestion = i.IsQuestion, Version = i.Version,
            });
        }

        if (record.Responses.FirstOrDefault(r => r.Id == entryId) is { } r)
        {
            return (EntryKind.Response, new EntryForm { AgendaItemId = r.AgendaItemId, Round = r.Round, Topic = r.Topic, Text = r.Text, Version = r.Version });
        }

        if (record.Paragraphs.FirstOrDefault(p => p.Id == entryId) is { } p)
        {
            return (EntryKind.Paragraph, new EntryForm { AgendaItemId = p.AgendaItemId, Round = p.Round, Kind = p.Kind, Text = p.Text, Version = p.Version });
        }

        var point = (await Mediator.Send(new ListActionPoints(id))).FirstOrDefault(a => a.Id == entryId && !a.FromEarlierMeeting)
            ?? throw new Application.Errors.NotFoundException("Record entry", entryId);
        return (EntryKind.ActionPoint, new EntryForm { Text = point.Text, Owner = point.Owner, Due = point.Due, Version = point.Version });
    }

    /// <summary>The speaker as the officer would type it, so the form reads back what the entry holds.</summary>
    private static string SpeakerText(SpeakerDto speaker, IReadOnlyList<MemberState> states)
    {
        string Label(string? code) => states.FirstOrDefault(s => s.Code == code) is { } state ? SpeakerInput.Label(state) : code ?? "";
        return speaker.Kind switch
        {
            SpeakerKind.MemberState or SpeakerKind.Group => Label(speaker.MemberState),
            SpeakerKind.MemberStates => string.Join(", ", (speaker.MemberStates ?? []).Select(Label)),
            SpeakerKind.Observer => $"Observer: {speaker.Name}",
            _ => speaker.Kind.ToString(),
        };
    }

    private async Task<IActionResult> ShowAsync(Guid id, EntryKind kind, Guid entryId, EntryForm form)
    {
        var meeting = await Mediator.Send(new GetMeeting(id));
        var agenda = await Mediator.Send(new GetAgenda(id));
        var states = await Mediator.Send(new ListMemberStates());
        var frozen = await Mediator.Send(new GetRecordFreeze(id));
        return View("Edit", new EntryEditPage(meeting, agenda, kind, entryId, form, states, frozen));
    }
}
