using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Domain.Resolutions;

namespace UnHabitat.Meetings.Application.Resolutions;

/// <summary>One page of the briefing: "HSP/HA.2/RES.1 (2023) – International guidelines …", its status, bullets, milestones.</summary>
public sealed record BriefingPageDto(
    Guid ResolutionId,
    string Symbol,
    int Year,
    string Heading,
    string Reference,
    ImplementationStatus Status,
    bool IsTimeBound,
    DateOnly? EndsOn,
    IReadOnlyList<ParagraphStatusDto> Paragraphs,
    IReadOnlyList<BriefingBulletDto> Bullets,
    IReadOnlyList<MilestoneViewDto> Milestones,
    string? Challenges,
    string? LessonsLearned);

/// <summary>A bullet with its paragraph references as the slides write them: "… (OP3, OP7)".</summary>
public sealed record BriefingBulletDto(string Text, IReadOnlyList<string> Ops, string Display);

public sealed record BriefingDto(Guid BodyId, string BodyName, string Period, IReadOnlyList<BriefingPageDto> Pages);

/// <summary>What the Secretariat presents to the working group: one page per resolution reported on for the period.</summary>
[RequiresSignedInUser]
public sealed record GetImplementationBriefing(Guid BodyId, string? Period) : IQuery<BriefingDto>;

internal sealed class GetImplementationBriefingValidator : AbstractValidator<GetImplementationBriefing>
{
    public GetImplementationBriefingValidator()
    {
        RuleFor(x => x.BodyId).NotEmpty();
        RuleFor(x => x.Period).NotEmpty().MaximumLength(Limits.Name);
    }
}

internal sealed class GetImplementationBriefingHandler(IMeetingsDbContext db) : IRequestHandler<GetImplementationBriefing, BriefingDto>
{
    public async Task<BriefingDto> Handle(GetImplementationBriefing request, CancellationToken cancellationToken)
    {
        var body = await db.BodyForAsync(request.BodyId, cancellationToken).ConfigureAwait(false);
        var resolutions = await db.Resolutions.AsNoTracking().Where(r => r.BodyId == body.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var pages = new List<BriefingPageDto>();
        foreach (var resolution in resolutions.InOrderOfAdoption())
        {
            if (resolution.UpdateFor(request.Period!) is not { } update)
            {
                continue;
            }

            var dto = UpdateDto.From(update);
            pages.Add(new BriefingPageDto(
                resolution.Id,
                resolution.Symbol,
                resolution.Year,
                $"{resolution.Symbol} ({resolution.Year}) \u2013 {resolution.Title}",
                resolution.Reference,
                update.Status,
                resolution.IsTimeBound,
                resolution.EndsOn,
                dto.Paragraphs,
                [.. update.PointsInOrder.Select(p => new BriefingBulletDto(p.Text, [.. p.References.Select(r => r.ToString())], ImplementationReportAssembler.WithReferences(p)))],
                dto.Milestones,
                update.Challenges,
                update.LessonsLearned));
        }

        return new BriefingDto(body.Id, body.Name, request.Period!.Trim(), pages);
    }
}
