using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Errors;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Domain.Documents;
using UnHabitat.Meetings.Domain.Resolutions;

namespace UnHabitat.Meetings.Application.Resolutions;

/// <summary>
/// The progress report on a body's resolutions for one reporting period, as an official document: one section per
/// resolution reported on, paragraphs numbered continuously. <see cref="Symbol"/> is the report's own symbol
/// (e.g. HSP/EB.2024/14), printed at the top and on every later page. With <see cref="AgendaItemId"/>, the
/// report names the agenda item it is considered under ("Item 6 (c) (v) of the provisional agenda*"), with
/// the session's provisional agenda symbol as its footnote.
/// </summary>
[RequiresSignedInUser]
public sealed record GetImplementationReport(Guid BodyId, string? Period, string? Symbol = null, DateOnly? IssuedOn = null, Guid? AgendaItemId = null) : IQuery<ImplementationReport>;

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
        var report = ImplementationReportAssembler.Assemble(body.Name, request.Period!, resolutions, symbol, request.IssuedOn);
        if (request.AgendaItemId is not { } itemId)
        {
            return report;
        }

        var meeting = await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Agenda.Items.Any(i => i.Id == itemId), cancellationToken).ConfigureAwait(false)
            ?? throw InvalidInput.For("agendaItemId", "No meeting's agenda has this item.");
        var agendaSymbol = meeting.SessionId is null ? null
            : await db.Sessions.AsNoTracking().Where(s => s.Id == meeting.SessionId).Select(s => s.ProvisionalAgendaSymbol).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return report.UnderAgendaItem(meeting.Agenda.NumberOf(itemId), agendaSymbol);
    }
}
