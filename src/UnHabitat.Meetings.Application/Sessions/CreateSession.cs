using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Errors;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Bodies;
using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Domain.Documents;
using UnHabitat.Meetings.Domain.Sessions;

namespace UnHabitat.Meetings.Application.Sessions;

public sealed record SessionDto(Guid Id, Guid BodyId, int Number, int? Year, string Title, DateOnly StartsOn, DateOnly EndsOn, string Venue, string? ProvisionalAgendaSymbol, int Version)
{
    public static SessionDto From(Session s) => new(s.Id, s.BodyId, s.Number, s.Year, s.Title, s.StartsOn, s.EndsOn, s.Venue, s.ProvisionalAgendaSymbol, s.Version);
}

/// <summary>
/// Opens a session of the Assembly or the Executive Board; the Board's sessions are numbered per year
/// ("Second session of 2020"), the Assembly's for ever.
/// </summary>
[RequiresRole(Roles.Secretariat)]
public sealed record CreateSession(Guid BodyId, int? Number, DateOnly? StartsOn, DateOnly? EndsOn, string? Venue, string? ProvisionalAgendaSymbol) : ICommand<SessionDto>;

internal sealed class CreateSessionValidator : AbstractValidator<CreateSession>
{
    public CreateSessionValidator()
    {
        RuleFor(x => x.BodyId).NotEmpty();
        RuleFor(x => x.Number).NumberInWords().When(x => x.Number is not null);
        RuleFor(x => x.StartsOn).NotNull();
        RuleFor(x => x.EndsOn).NotNull().GreaterThanOrEqualTo(x => x.StartsOn).When(x => x.StartsOn is not null).WithMessage("A session cannot end before it starts.");
        RuleFor(x => x.Venue).NotEmpty().MaximumLength(Limits.Name);
        RuleFor(x => x.ProvisionalAgendaSymbol).Must(s => DocumentSymbol.TryParse(s, out _, out _))
            .WithMessage(x => DocumentSymbol.TryParse(x.ProvisionalAgendaSymbol, out _, out var error) ? "" : error!)
            .When(x => x.ProvisionalAgendaSymbol is not null);
    }
}

internal sealed class CreateSessionHandler(IMeetingsDbContext db) : IRequestHandler<CreateSession, SessionDto>
{
    public async Task<SessionDto> Handle(CreateSession request, CancellationToken cancellationToken)
    {
        var body = await db.Bodies.FirstOrDefaultAsync(b => b.Id == request.BodyId, cancellationToken).ConfigureAwait(false)
            ?? throw InvalidInput.For("bodyId", $"There is no body with the id {request.BodyId}.");
        if (body.Kind is not (BodyKind.Assembly or BodyKind.ExecutiveBoard))
        {
            throw new DomainRuleException("OnlyTheAssemblyAndTheBoardHoldSessions", $"The {body.ShortName} meets in numbered meetings, not in sessions.");
        }

        int? year = Session.CountsPerYear(body.Kind) ? request.StartsOn!.Value.Year : null;
        var taken = await db.Sessions.Where(s => s.BodyId == body.Id && s.Year == year).Select(s => s.Number).ToListAsync(cancellationToken).ConfigureAwait(false);
        var number = request.Number ?? (taken.Count == 0 ? 1 : taken.Max() + 1);
        if (taken.Contains(number))
        {
            throw new DomainRuleException("SessionNumberMustBeUnique", $"The {body.ShortName} already has session {number}{(year is null ? "" : $" of {year}")}.");
        }

        var symbol = request.ProvisionalAgendaSymbol is null ? null : DocumentSymbol.Parse(request.ProvisionalAgendaSymbol).ToString();
        var session = new Session(Guid.NewGuid(), body.Id, number, year, request.StartsOn!.Value, request.EndsOn!.Value, request.Venue!.Trim(), symbol);
        db.Sessions.Add(session);
        return SessionDto.From(session);
    }
}
