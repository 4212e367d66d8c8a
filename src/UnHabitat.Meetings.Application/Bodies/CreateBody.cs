using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Bodies;
using UnHabitat.Meetings.Domain.Documents;
using UnHabitat.Meetings.Domain.Common;

namespace UnHabitat.Meetings.Application.Bodies;

[RequiresRole(Roles.Secretariat)]
public sealed record CreateBody(
    string Name,
    string ShortName,
    BodyKind Kind,
    string SymbolPrefix,
    Guid? ParentBodyId,
    SummaryStyle SummaryStyle,
    AttributionPolicy Attribution,
    int DocumentDeadlineDays,
    IReadOnlyList<Guid>? ChairUserIds,
    Distribution? DocumentDistribution = null,
    string? SecretariatName = null) : ICommand<BodyDto>;

internal sealed class CreateBodyValidator : AbstractValidator<CreateBody>
{
    public CreateBodyValidator()
    {
        BodyRules.Describe(this, x => x.Name, x => x.ShortName, x => x.SymbolPrefix, x => x.DocumentDeadlineDays, x => x.SecretariatName);
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.SummaryStyle).IsInEnum();
        RuleFor(x => x.Attribution).IsInEnum();
    }
}

internal sealed class CreateBodyHandler(IMeetingsDbContext db, IUserAccounts users) : IRequestHandler<CreateBody, BodyDto>
{
    public async Task<BodyDto> Handle(CreateBody request, CancellationToken cancellationToken)
    {
        await EnsureShortNameFreeAsync(db, request.ShortName, null, cancellationToken).ConfigureAwait(false);
        var chairs = request.ChairUserIds ?? [];
        await users.EnsureChairsAsync(chairs, cancellationToken).ConfigureAwait(false);
        var ancestors = await db.AncestorsAsync(request.ParentBodyId, "parentBodyId", cancellationToken).ConfigureAwait(false);

        var body = new Body(Guid.NewGuid(), request.Name.Trim(), request.ShortName.Trim(), request.Kind, request.SymbolPrefix,
            request.SummaryStyle, request.Attribution, request.DocumentDeadlineDays);
        body.PlaceUnder(request.ParentBodyId, ancestors);
        body.AppointChairs(chairs);
        body.Distribute(request.DocumentDistribution ?? body.DocumentDistribution);
        body.NameSecretariat(request.SecretariatName);
        db.Bodies.Add(body);
        return BodyDto.From(body);
    }

    internal static async Task EnsureShortNameFreeAsync(IMeetingsDbContext db, string shortName, Guid? self, CancellationToken ct)
    {
        var trimmed = shortName.Trim();
        if (await db.Bodies.AnyAsync(b => b.ShortName == trimmed && b.Id != self, ct).ConfigureAwait(false))
        {
            throw new DomainRuleException("BodyShortNameMustBeUnique", $"Another body is already called '{trimmed}' for short.");
        }
    }
}
