using FluentValidation;
using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Bodies;
using UnHabitat.Meetings.Domain.Documents;

namespace UnHabitat.Meetings.Application.Bodies;

[RequiresRole(Roles.Secretariat)]
public sealed record UpdateBody(
    Guid Id,
    string Name,
    string ShortName,
    BodyKind Kind,
    string SymbolPrefix,
    Guid? ParentBodyId,
    SummaryStyle SummaryStyle,
    AttributionPolicy Attribution,
    int DocumentDeadlineDays,
    IReadOnlyList<Guid>? ChairUserIds,
    int? Version,
    Distribution? DocumentDistribution = null,
    string? SecretariatName = null) : ICommand<BodyDto>;

internal sealed class UpdateBodyValidator : AbstractValidator<UpdateBody>
{
    public UpdateBodyValidator()
    {
        BodyRules.Describe(this, x => x.Name, x => x.ShortName, x => x.SymbolPrefix, x => x.DocumentDeadlineDays, x => x.SecretariatName);
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.SummaryStyle).IsInEnum();
        RuleFor(x => x.Attribution).IsInEnum();
        RuleFor(x => x.Version).NotNull().WithMessage("Send back the version you read (\"version\" in the body or an If-Match header).");
    }
}

internal sealed class UpdateBodyHandler(IMeetingsDbContext db, IUserAccounts users) : IRequestHandler<UpdateBody, BodyDto>
{
    public async Task<BodyDto> Handle(UpdateBody request, CancellationToken cancellationToken)
    {
        var body = await db.LoadAsync(request.Id, cancellationToken).ConfigureAwait(false);
        body.EnsureVersion(request.Version!.Value);
        await CreateBodyHandler.EnsureShortNameFreeAsync(db, request.ShortName, body.Id, cancellationToken).ConfigureAwait(false);
        var chairs = request.ChairUserIds ?? [];
        await users.EnsureChairsAsync(chairs, cancellationToken).ConfigureAwait(false);
        var ancestors = await db.AncestorsAsync(request.ParentBodyId, "parentBodyId", cancellationToken).ConfigureAwait(false);

        body.Describe(request.Name.Trim(), request.ShortName.Trim(), request.Kind, request.SymbolPrefix, request.SummaryStyle,
            request.Attribution, request.DocumentDeadlineDays);
        body.PlaceUnder(request.ParentBodyId, ancestors);
        body.AppointChairs(chairs);
        body.Distribute(request.DocumentDistribution ?? body.DocumentDistribution);
        body.NameSecretariat(request.SecretariatName ?? body.SecretariatName);
        return BodyDto.From(body);
    }
}
