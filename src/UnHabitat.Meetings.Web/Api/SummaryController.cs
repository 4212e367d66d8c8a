using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using UnHabitat.Meetings.Application.Summaries;

namespace UnHabitat.Meetings.Web.Api;

public sealed record SummaryStepRequest(int? Version);

/// <summary>The comment is kept in the summary's history; the version may be sent as "version" or "expectedVersion".</summary>
public sealed record SummaryReturnRequest(string? Comment, int? Version, int? ExpectedVersion);

[Route("api/meetings/{meetingId:guid}/summary")]
public sealed class SummaryController : ApiController
{
    /// <summary>
    /// The assembled, numbered summary. Delegations see the latest published revision; the public too when
    /// the body's documents are of General distribution; <c>?revision=</c> reads an earlier one.
    /// </summary>
    [HttpGet]
    [AllowAnonymous]
    public async Task<SummaryDto> Get(Guid meetingId, int? revision) => await Mediator.Send(new GetSummary(meetingId, revision));

    [HttpPost("submit")]
    public async Task<SummaryDto> Submit(Guid meetingId, SummaryStepRequest? request) => await Mediator.Send(new SubmitSummary(meetingId, ExpectedVersion(request?.Version)));

    /// <summary>
    /// Back to draft with a comment: a chair of the body returns a submitted summary; the Secretariat takes back a
    /// submitted or cleared one.
    /// </summary>
    [HttpPost("return")]
    public async Task<SummaryDto> Return(Guid meetingId, SummaryReturnRequest request) =>
        await Mediator.Send(new ReturnSummary(meetingId, request.Comment, ExpectedVersion(request.Version ?? request.ExpectedVersion)));

    /// <summary>For a chair: what changed in the text since they last returned or cleared it.</summary>
    [HttpGet("changes")]
    public async Task<SummaryChangesDto> Changes(Guid meetingId) => await Mediator.Send(new GetSummaryChanges(meetingId));

    /// <summary>A chair of the meeting's body clears it.</summary>
    [HttpPost("clear")]
    public async Task<SummaryDto> Clear(Guid meetingId, SummaryStepRequest? request) =>
        await Mediator.Send(new ClearSummary(meetingId, ExpectedVersion(request?.Version)));

    /// <summary>Publishes a cleared summary; the published revision never changes.</summary>
    [HttpPost("publish")]
    public async Task<SummaryDto> Publish(Guid meetingId, SummaryStepRequest? request) => await Mediator.Send(new PublishSummary(meetingId, ExpectedVersion(request?.Version)));

    /// <summary>Starts a correcting revision of a published summary; the published one stays readable.</summary>
    [HttpPost("revise")]
    public async Task<SummaryDto> Revise(Guid meetingId, SummaryStepRequest? request) => await Mediator.Send(new ReviseSummary(meetingId, ExpectedVersion(request?.Version)));
}
