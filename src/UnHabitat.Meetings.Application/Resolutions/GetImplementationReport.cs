using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Domain.Documents;
using UnHabitat.Meetings.Domain.Resolutions;

namespace UnHabitat.Meetings.Application.Resolutions;

/// <summary>
/// The progress report on a body's resolutions for one reporting period, as an official document: one section per
/// resolution reported on, paragraphs numbered continuously. <see cref="Symbol"/> is the report's own symbol
/// (e.g. HSP/EB.2024/14), printed at the top and on every later page.
/// </summary>
[RequiresSignedInUser]
public sealed record GetImplementationReport(Guid BodyId, string? Period, string? Symbol = null, DateOnly? IssuedOn = null) : IQuery<ImplementationReport>;

internal sealed class GetImplementationReportValidator : AbstractValidator<GetImplementationReport>
{
    public GetImplementationReportValidator()
    {
        RuleFor(x => x.BodyId).NotEmpty();
        RuleFor(x => x.Period).NotEmpty().MaximumLength(Limits.Name);
        RuleFor(x => x.Symbol).Custom((symbol, context) =>
        {
            if (symbol is not null && !DocumentSymbol.TryParse(symbol, out _, out var error))
            {
                context.AddFailure("symbol", error);
            }
        });
    }
}

internal sealed class GetImplementationReportHandler(IMeetingsDbContext db) : IRequestHandler<GetImplementationReport, ImplementationReport>
{
    public async Task<ImplementationReport> Handle(GetImplementationReport request, CancellationToken cancellationToken)
    {
        var body = await db.BodyForAsync(request.BodyId, cancellationToken).ConfigureAwait(false);
        var resolutions = await db.Resolutions.AsNoTracking().Where(r => r.BodyId == body.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var symbol = request.Symbol is null ? null : DocumentSymbol.Parse(request.Symbol).ToString();
        return ImplementationReportAssembler.Assemble(body.Name, request.Period!, resolutions, symbol, request.IssuedOn);
    }
}
