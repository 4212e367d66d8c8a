using FluentValidation;
using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Documents;
using UnHabitat.Meetings.Domain.Resolutions;

namespace UnHabitat.Meetings.Application.Resolutions;

/// <summary>Corrects a resolution's description; send back the version you read.</summary>
[RequiresRole(Roles.Secretariat)]
public sealed record UpdateResolution(
    Guid Id,
    string? Symbol,
    string? Title,
    int? Session,
    int? Year,
    bool IsTimeBound,
    DateOnly? EndsOn,
    IReadOnlyList<OperativeParagraphDto>? OperativeParagraphs,
    IReadOnlyList<string>? Units,
    IReadOnlyList<string>? Documents,
    int? Version) : ICommand<ResolutionDto>;

internal sealed class UpdateResolutionValidator : AbstractValidator<UpdateResolution>
{
    public UpdateResolutionValidator()
    {
        ResolutionRules.Describe(this, x => x.Symbol, x => x.Title, x => x.Session, x => x.Year, x => x.IsTimeBound, x => x.EndsOn,
            x => x.OperativeParagraphs, x => x.Units, x => x.Documents);
        RuleFor(x => x.Version).NotNull().WithMessage("Send back the version you read (\"version\" in the body or an If-Match header).");
    }
}

internal sealed class UpdateResolutionHandler(IMeetingsDbContext db) : IRequestHandler<UpdateResolution, ResolutionDto>
{
    public async Task<ResolutionDto> Handle(UpdateResolution request, CancellationToken cancellationToken)
    {
        var resolution = await db.LoadResolutionAsync(request.Id, cancellationToken).ConfigureAwait(false);
        resolution.EnsureVersion(request.Version!.Value);
        var body = await db.BodyForAsync(resolution.BodyId, cancellationToken).ConfigureAwait(false);
        var symbol = DocumentSymbol.Parse(request.Symbol!);
        await db.EnsureSymbolFitsAsync(body, symbol, resolution.Id, cancellationToken).ConfigureAwait(false);
        resolution.Describe(symbol, request.Title!, request.Session ?? ResolutionReference.FromSymbol(symbol)!.Series, request.Year!.Value,
            request.IsTimeBound, request.EndsOn, ResolutionRules.Paragraphs(request.OperativeParagraphs), request.Units ?? [],
            ResolutionRules.Documents(request.Documents));
        return ResolutionDto.From(resolution);
    }
}
