using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Paging;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Documents;
using UnHabitat.Meetings.Domain.Resolutions;

namespace UnHabitat.Meetings.Application.Resolutions;

/// <summary>The resolutions and decisions, of one body or of all, of one year when asked, in the order of adoption.</summary>
[RequiresSignedInUser]
public sealed record ListResolutions(Guid? BodyId, int? Year = null, PageRequest? Page = null) : IQuery<Page<ResolutionDto>>, IPagedQuery;

internal sealed class ListResolutionsHandler(IMeetingsDbContext db) : IRequestHandler<ListResolutions, Page<ResolutionDto>>
{
    public async Task<Page<ResolutionDto>> Handle(ListResolutions request, CancellationToken cancellationToken)
    {
        // The order of adoption is read from the parsed symbol ("2/7" before "2/10"), which SQL cannot sort: the
        // ids and symbols are ordered in memory (a Secretariat adopts tens a year), and only the page's
        // resolutions are read whole.
        var keys = await db.Resolutions.AsNoTracking()
            .Where(r => (request.BodyId == null || r.BodyId == request.BodyId) && (request.Year == null || r.Year == request.Year))
            .Select(r => new { r.Id, r.Symbol })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var page = keys.Select(k => (k.Id, Reference: ResolutionReference.FromSymbol(DocumentSymbol.Parse(k.Symbol))!))
            .OrderBy(k => k.Reference.Series).ThenBy(k => k.Reference.Kind).ThenBy(k => k.Reference.Number).ThenBy(k => k.Id)
            .ToPage(request.Page);
        var ids = page.Select(k => k.Id).ToList();
        var resolutions = await db.Resolutions.AsNoTracking().Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken).ConfigureAwait(false);
        return page.Map(k => ResolutionDto.From(resolutions[k.Id]));
    }
}
