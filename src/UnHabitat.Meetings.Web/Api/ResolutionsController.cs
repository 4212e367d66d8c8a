using Microsoft.AspNetCore.Mvc;
using UnHabitat.Meetings.Application.Resolutions;
using UnHabitat.Meetings.Application.Paging;

namespace UnHabitat.Meetings.Web.Api;

public sealed record ResolutionRequest(
    Guid BodyId,
    string? Symbol,
    string? Title,
    int? Session,
    int? Year,
    bool? IsTimeBound,
    DateOnly? EndsOn,
    IReadOnlyList<OperativeParagraphDto>? OperativeParagraphs,
    IReadOnlyList<string>? Units,
    IReadOnlyList<string>? Documents,
    int? Version);

public sealed record ImplementationUpdateRequest(
    string? Period,
    DateOnly? AsOf,
    string? Status,
    IReadOnlyList<UpdatePointDto>? Points,
    IReadOnlyList<ParagraphStatusDto>? Paragraphs,
    IReadOnlyList<MilestoneDto>? Milestones,
    string? Challenges,
    string? LessonsLearned,
    int? Version);

/// <summary>Resolutions and decisions of the governing bodies, and the Secretariat's implementation updates.</summary>
[Route("api/resolutions")]
public sealed class ResolutionsController : ApiController
{
    /// <summary>The resolutions and decisions (of one body with <c>?bodyId=</c>, of one year with <c>?year=</c>) in the order of adoption; paged.</summary>
    [HttpGet]
    public async Task<IReadOnlyList<ResolutionDto>> List(Guid? bodyId, int? year, int? limit, string? after) =>
        this.Paged(await Mediator.Send(new ListResolutions(bodyId, year, new PageRequest(limit, after))));

    [HttpGet("{id:guid}")]
    public async Task<ActionResult<ResolutionDto>> Get(Guid id)
    {
        var resolution = await Mediator.Send(new GetResolution(id));
        return WithVersion(resolution, resolution.Version);
    }

    /// <summary>Registers a resolution: symbol (HSP/HA.2/RES.7), title, session and year, operative paragraphs, units, documents.</summary>
    [HttpPost]
    [ProducesResponseType<ResolutionDto>(201)]
    public async Task<ActionResult<ResolutionDto>> Create(ResolutionRequest request)
    {
        var resolution = await Mediator.Send(new CreateResolution(request.BodyId, request.Symbol, request.Title, request.Session, request.Year,
            request.IsTimeBound ?? false, request.EndsOn, request.OperativeParagraphs, request.Units, request.Documents));
        Response.Headers.ETag = $"\"{resolution.Version}\"";
        return Created($"/api/resolutions/{resolution.Id}", resolution);
    }

    /// <summary>Corrects a resolution; send back the version you read (in the body or as If-Match).</summary>
    [HttpPut("{id:guid}")]
    public async Task<ActionResult<ResolutionDto>> Update(Guid id, ResolutionRequest request)
    {
        var resolution = await Mediator.Send(new UpdateResolution(id, request.Symbol, request.Title, request.Session, request.Year,
            request.IsTimeBound ?? false, request.EndsOn, request.OperativeParagraphs, request.Units, request.Documents, ExpectedVersion(request.Version)));
        return WithVersion(resolution, resolution.Version);
    }

    /// <summary>
    /// Records the implementation update for a reporting period (status NotStarted, UnderImplementation, Completed,
    /// Extended or NotApplicable; points with the OPs they concern; milestones; challenges; lessons learned). A second
    /// update for the same period replaces the first. Send back the resolution's version.
    /// </summary>
    [HttpPost("{id:guid}/updates")]
    [ProducesResponseType<ResolutionDto>(201)]
    public async Task<ActionResult<ResolutionDto>> Report(Guid id, ImplementationUpdateRequest request)
    {
        var resolution = await Mediator.Send(new ReportImplementation(id, request.Period, request.AsOf, request.Status, request.Points, request.Paragraphs,
            request.Milestones, request.Challenges, request.LessonsLearned, ExpectedVersion(request.Version)));
        Response.Headers.ETag = $"\"{resolution.Version}\"";
        return Created($"/api/resolutions/{id}/history", resolution);
    }

    /// <summary>The updates across reporting periods and what was said about the resolution in meetings.</summary>
    [HttpGet("{id:guid}/history")]
    public async Task<ResolutionHistoryDto> History(Guid id) => await Mediator.Send(new GetResolutionHistory(id));
}
