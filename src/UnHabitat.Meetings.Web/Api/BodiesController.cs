using Microsoft.AspNetCore.Mvc;
using UnHabitat.Meetings.Application.Bodies;
using UnHabitat.Meetings.Application.Paging;
using UnHabitat.Meetings.Domain.Bodies;
using UnHabitat.Meetings.Domain.Documents;

namespace UnHabitat.Meetings.Web.Api;

public sealed record BodyRequest(
    string Name,
    string ShortName,
    BodyKind Kind,
    string SymbolPrefix,
    Guid? ParentBodyId,
    SummaryStyle SummaryStyle,
    AttributionPolicy Attribution,
    int? DocumentDeadlineDays,
    IReadOnlyList<Guid>? ChairUserIds,
    int? Version,
    Distribution? DocumentDistribution,
    string? SecretariatName = null);

[Route("api/bodies")]
public sealed class BodiesController : ApiController
{
    /// <summary>The governing bodies by name; paged.</summary>
    [HttpGet]
    public async Task<IReadOnlyList<BodyDto>> List(int? limit, string? after) => this.Paged(await Mediator.Send(new ListBodies(new PageRequest(limit, after))));

    [HttpGet("{id:guid}")]
    public async Task<ActionResult<BodyDto>> Get(Guid id)
    {
        var body = await Mediator.Send(new GetBody(id));
        return WithVersion(body, body.Version);
    }

    [HttpPost]
    [ProducesResponseType<BodyDto>(201)]
    public async Task<ActionResult<BodyDto>> Create(BodyRequest request)
    {
        var body = await Mediator.Send(new CreateBody(request.Name, request.ShortName, request.Kind, request.SymbolPrefix, request.ParentBodyId,
            request.SummaryStyle, request.Attribution, request.DocumentDeadlineDays ?? Body.DefaultDocumentDeadlineDays, request.ChairUserIds, request.DocumentDistribution, request.SecretariatName));
        Response.Headers.ETag = $"\"{body.Version}\"";
        return Created($"/api/bodies/{body.Id}", body);
    }

    /// <summary>Updates a body; send back the version you read (in the body or as If-Match).</summary>
    [HttpPut("{id:guid}")]
    public async Task<ActionResult<BodyDto>> Update(Guid id, BodyRequest request)
    {
        var body = await Mediator.Send(new UpdateBody(id, request.Name, request.ShortName, request.Kind, request.SymbolPrefix, request.ParentBodyId,
            request.SummaryStyle, request.Attribution, request.DocumentDeadlineDays ?? Body.DefaultDocumentDeadlineDays, request.ChairUserIds, ExpectedVersion(request.Version), request.DocumentDistribution, request.SecretariatName));
        return WithVersion(body, body.Version);
    }

    /// <summary>Replaces the membership by Member State; send the body's version as If-Match.</summary>
    [HttpPut("{id:guid}/members")]
    public async Task<ActionResult<BodyDto>> SetMembers(Guid id, IReadOnlyList<BodyMemberDto> members)
    {
        var body = await Mediator.Send(new SetBodyMembers(id, members, ExpectedVersion()));
        return WithVersion(body, body.Version);
    }
}
