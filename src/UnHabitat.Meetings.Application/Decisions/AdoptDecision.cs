using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Records;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Domain.Decisions;

namespace UnHabitat.Meetings.Application.Decisions;

/// <summary>
/// Records a decision the body adopted under an item of the meeting's agenda. Without a number it takes the
/// next one in the body's series (the Board's year, the Assembly's session).
/// </summary>
[RequiresRole(Roles.Secretariat)]
public sealed record AdoptDecision(Guid MeetingId, Guid AgendaItemId, string? Number, string? Title, string? Text, string? DocumentSymbol)
    : ICommand<DecisionDto>;

internal sealed class AdoptDecisionValidator : AbstractValidator<AdoptDecision>
{
    public AdoptDecisionValidator()
    {
        RuleFor(x => x.AgendaItemId).NotEmpty().WithMessage("Say under which agenda item the decision was adopted.");
        RuleFor(x => x.Number).Must(n => DecisionNumber.TryParse(n) is not null).When(x => !string.IsNullOrWhiteSpace(x.Number))
            .WithMessage("Write the decision number as series and number, e.g. 2024/3 or 2/1.");
        RuleFor(x => x.Title).NotEmpty().WithMessage("Say what the decision is on, e.g. the work programme and budget for 2025.")
            .MaximumLength(Limits.Title);
        RuleFor(x => x.Text).MaximumLength(Limits.Text);
        RuleFor(x => x.DocumentSymbol).Must(s => Domain.Documents.DocumentSymbol.TryParse(s, out _, out _)).When(x => !string.IsNullOrWhiteSpace(x.DocumentSymbol))
            .WithMessage("Write the document symbol as the Secretariat does, e.g. HSP/EB.2024/3.");
    }
}

internal sealed class AdoptDecisionHandler(IMeetingsDbContext db) : IRequestHandler<AdoptDecision, DecisionDto>
{
    public async Task<DecisionDto> Handle(AdoptDecision request, CancellationToken cancellationToken)
    {
        var (meeting, body) = await db.MeetingForRecordAsync(request.MeetingId, cancellationToken).ConfigureAwait(false);
        meeting.EnsureOwnItem(request.AgendaItemId);
        var day = meeting.Schedule.Day;
        var sessionNumber = meeting.SessionId is { } sessionId
            ? await db.Sessions.AsNoTracking().Where(s => s.Id == sessionId).Select(s => (int?)s.Number).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false)
            : null;
        var taken = await db.NumbersTakenAsync(body.Id, cancellationToken).ConfigureAwait(false);
        var number = DecisionNumber.TryParse(request.Number) ?? Decision.Next(DecisionNumber.SeriesFor(body.Kind, day.Year, sessionNumber), taken);
        var decision = new Decision(Guid.NewGuid(), body.Id, meeting.Id, request.AgendaItemId, number, day.Year, day,
            request.Title!, request.Text, request.DocumentSymbol is null ? null : Domain.Documents.DocumentSymbol.Parse(request.DocumentSymbol).ToString(), taken);
        db.Decisions.Add(decision);
        await FollowUpAsync(body, decision, sessionNumber, cancellationToken).ConfigureAwait(false);
        return DecisionDto.From(decision);
    }

    /// <summary>
    /// A decision is followed up like a resolution: it joins the body's resolutions and decisions (unless the
    /// Secretariat registered it there already), so that updates can be reported on it and it appears in the
    /// implementation report and briefing, and a topic naming it links to it.
    /// </summary>
    private async Task FollowUpAsync(Domain.Bodies.Body body, Decision decision, int? sessionNumber, CancellationToken ct)
    {
        var symbol = decision.FollowUpSymbol(body);
        if (symbol is null)
        {
            return;
        }

        var reference = "decision " + decision.Number;
        var text = symbol.ToString();
        if (await db.Resolutions.AnyAsync(r => (r.BodyId == body.Id && r.Reference == reference) || r.Symbol == text, ct).ConfigureAwait(false))
        {
            return;
        }

        var documents = decision.DocumentSymbol is null ? [] : new[] { Domain.Documents.DocumentSymbol.Parse(decision.DocumentSymbol) };
        db.Resolutions.Add(new Domain.Resolutions.Resolution(Guid.NewGuid(), body.Id, symbol, decision.Title, sessionNumber ?? decision.Series, decision.Year,
            isTimeBound: false, endsOn: null, [], [], documents));
    }
}
