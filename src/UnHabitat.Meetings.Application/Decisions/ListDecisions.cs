using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Errors;
using UnHabitat.Meetings.Application.Paging;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;

namespace UnHabitat.Meetings.Application.Decisions;

/// <summary>The decisions of one body, of one year or one meeting when asked, in the order of their numbers.</summary>
[RequiresSignedInUser]
public sealed record ListDecisions(Guid BodyId, int? Year, PageRequest? Page = null, Guid? MeetingId = null) : IQuery<Page<DecisionDto>>, IPagedQuery;

internal sealed class ListDecisionsValidator : AbstractValidator<ListDecisions>
{
    public ListDecisionsValidator() =>
        RuleFor(x => x.Year).InclusiveBetween(1970, 2200).When(x => x.Year is not null).WithMessage("Give the year in four digits, e.g. 2024.");
}

internal sealed class ListDecisionsHandler(IMeetingsDbContext db) : IRequestHandler<ListDecisions, Page<DecisionDto>>
{
    public async Task<Page<DecisionDto>> Handle(ListDecisions request, CancellationToken cancellationToken)
    {
        if (!await db.Bodies.AnyAsync(b => b.Id == request.BodyId, cancellationToken).ConfigureAwait(false))
        {
            throw new NotFoundException("Body", request.BodyId);
        }

        var decisions = await db.Decisions.AsNoTracking()
            .Where(d => d.BodyId == request.BodyId && (request.Year == null || d.Year == request.Year) && (request.MeetingId == null || d.MeetingId == request.MeetingId))
            .OrderBy(d => d.Series).ThenBy(d => d.Ordinal).ThenBy(d => d.Id)
            .ToPageAsync(request.Page, cancellationToken).ConfigureAwait(false);
        return decisions.Map(DecisionDto.From);
    }
}
