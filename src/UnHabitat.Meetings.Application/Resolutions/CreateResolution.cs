using FluentValidation;
using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Documents;
using UnHabitat.Meetings.Domain.Resolutions;

namespace UnHabitat.Meetings.Application.Resolutions;

/// <summary>Registers a resolution or decision a body adopted, with its operative paragraphs.</summary>
[RequiresRole(Roles.Secretariat)]
public sealed record CreateResolution(
    Guid BodyId,
    string? Symbol,
    string? Title,
    int? Session,
    int? Year,
    bool IsTimeBound,
    DateOnly? EndsOn,
    IReadOnlyList<OperativeParagraphDto>? OperativeParagraphs,
    IReadOnlyList<string>? Units,
    IReadOnlyList<string>? Documents) : ICommand<ResolutionDto>;

internal sealed class CreateResolutionValidator : AbstractValidator<CreateResolution>
{
    public CreateResolutionValidator()
    {
        RuleFor(x => x.BodyId).NotEmpty();
        ResolutionRules.Describe(this, x => x.Symbol, x => x.Title, x => x.Session, x => x.Year, x => x.IsTimeBound, x => x.EndsOn,
            x => x.OperativeParagraphs, x => x.Units, x => x.Documents);
    }
}

internal sealed class CreateResolutionHandler(IMeetingsDbContext db) : IRequestHandler<CreateResolution, ResolutionDto>
{
    public async Task<ResolutionDto> Handle(CreateResolution request, CancellationToken cancellationToken)
    {
        var body = await db.BodyForAsync(request.BodyId, cancellationToken).ConfigureAwait(false);
        var symbol = DocumentSymbol.Parse(request.Symbol!);
        await db.EnsureSymbolFitsAsync(body, symbol, null, cancellationToken).ConfigureAwait(false);
        var resolution = new Resolution(Guid.NewGuid(), body.Id, symbol, request.Title!, request.Session ?? ResolutionReference.FromSymbol(symbol)!.Series,
            request.Year!.Value, request.IsTimeBound, request.EndsOn, ResolutionRules.Paragraphs(request.OperativeParagraphs), request.Units ?? [],
            ResolutionRules.Documents(request.Documents));
        db.Resolutions.Add(resolution);
        return ResolutionDto.From(resolution);
    }
}
