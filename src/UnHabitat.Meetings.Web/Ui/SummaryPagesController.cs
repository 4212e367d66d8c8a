using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Records;
using UnHabitat.Meetings.Application.ReferenceData;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Application.Summaries;
using UnHabitat.Meetings.Domain.Reference;
using UnHabitat.Meetings.Domain.Summaries;

namespace UnHabitat.Meetings.Web.Ui;

public sealed class SummaryStepForm
{
    public int Version { get; set; }

    /// <summary>Why the summary goes back to draft (returning or taking back).</summary>
    public string? Comment { get; set; }
}

/// <summary>The numbered summary beside the record it was assembled from, with the workflow's buttons.</summary>
/// <param name="Changes">For a chair: what changed in the text since they last returned or cleared it.</param>
public sealed record SummaryPage(MeetingDto Meeting, SummaryDto Summary, MeetingRecordDto Record, IReadOnlyList<MemberState> States, AgendaItemLabels Items,
    SummaryChangesDto? Changes = null, SummaryStepForm? Form = null)
{
    /// <summary>The paragraph number each record entry became, so the two columns can be read together.</summary>
    public IReadOnlyDictionary<Guid, int> NumberOf { get; } = Summary.Summary.Blocks
        .Where(b => b.Number is not null && b.Source is not null)
        .GroupBy(b => b.Source!.Id)
        .ToDictionary(g => g.Key, g => g.First().Number!.Value);
}

public sealed record AgendaItemLabels(IReadOnlyDictionary<Guid, string> Labels)
{
    public string this[Guid id] => Labels.TryGetValue(id, out var label) ? label : "(removed item)";
}

[Route("meetings/{id:guid}/summary")]
[Authorize(Roles = Roles.Secretariat + "," + Roles.Chair + "," + Roles.Administrator)]
public sealed class SummaryPagesController : UiController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid id) => await Show(id);

    /// <summary>
    /// The page offers the steps the summary's workflow allows the caller now; the use cases decide again who
    /// may, so a chair who posts "publish" is told no.
    /// </summary>
    [HttpPost("{step}")]
    public async Task<IActionResult> Step(Guid id, WorkflowStep step, SummaryStepForm form)
    {
        var saved = step switch
        {
            WorkflowStep.Submit => await TrySendAsync(new SubmitSummary(id, form.Version), null, typeof(SummaryStepForm)),
            WorkflowStep.Clear => await TrySendAsync(new ClearSummary(id, form.Version), null, typeof(SummaryStepForm)),
            WorkflowStep.Return => await TrySendAsync(new ReturnSummary(id, form.Comment, form.Version), null, typeof(SummaryStepForm)),
            WorkflowStep.Publish => await TrySendAsync(new PublishSummary(id, form.Version), null, typeof(SummaryStepForm)),
            _ => await TrySendAsync(new ReviseSummary(id, form.Version), null, typeof(SummaryStepForm)),
        };
        if (saved is null)
        {
            return await Show(id, form);
        }

        Saved(step switch
        {
            WorkflowStep.Submit => "The summary is submitted to the chair for clearance.",
            WorkflowStep.Return => "The summary is a draft again; your comment is in its history.",
            WorkflowStep.Clear => "You cleared the summary; the Secretariat may publish it.",
            WorkflowStep.Publish => $"Revision {saved.Revision} of the summary is published.",
            _ => $"Revision {saved.Revision} is started; the published revision stays as it was.",
        });
        return RedirectToAction(nameof(Index), new { id });
    }

    private async Task<IActionResult> Show(Guid id, SummaryStepForm? form = null)
    {
        var meeting = await Mediator.Send(new GetMeeting(id));
        var summary = await Mediator.Send(new GetSummary(id));
        var record = await Mediator.Send(new GetMeetingRecord(id));
        var states = await Mediator.Send(new ListMemberStates());
        var agenda = await Mediator.Send(new Application.Agendas.GetAgenda(id));
        var labels = AgendaTree.InOrder(agenda.Items).ToDictionary(p => p.Item.Id, p => $"{p.Item.Number} {p.Item.Title}");
        var changes = summary.AllowedSteps.Contains(Domain.Summaries.WorkflowStep.Clear) ? await Mediator.Send(new GetSummaryChanges(id)) : null;
        return View("Index", new SummaryPage(meeting, summary, record, states, new AgendaItemLabels(labels), changes, form));
    }
}
