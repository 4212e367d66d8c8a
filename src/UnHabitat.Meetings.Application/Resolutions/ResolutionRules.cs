using FluentValidation;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Errors;
using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Domain.Documents;
using UnHabitat.Meetings.Domain.Resolutions;

namespace UnHabitat.Meetings.Application.Resolutions;

/// <summary>Shapes and look-ups shared by the resolution use cases.</summary>
internal static class ResolutionRules
{
    public const int EarliestYear = 1945;
    public const int LatestYear = 2200;

    /// <summary>The shape of a resolution's description, shared by create and update.</summary>
    public static void Describe<T>(AbstractValidator<T> v, Func<T, string?> symbol, Func<T, string?> title, Func<T, int?> session, Func<T, int?> year,
        Func<T, bool> timeBound, Func<T, DateOnly?> endsOn, Func<T, IReadOnlyList<OperativeParagraphDto>?> paragraphs,
        Func<T, IReadOnlyList<string>?> units, Func<T, IReadOnlyList<string>?> documents)
    {
        v.RuleFor(x => symbol(x)).Custom((text, context) =>
        {
            if (!DocumentSymbol.TryParse(text, out var parsed, out var error))
            {
                context.AddFailure("symbol", error);
            }
            else if (ResolutionReference.FromSymbol(parsed) is null)
            {
                context.AddFailure("symbol", $"{parsed} is not the symbol of a resolution or decision: those end in RES.n or DEC.n without suffix, as in HSP/HA.2/RES.7.");
            }
        });
        v.RuleFor(x => title(x)).NotEmpty().MaximumLength(Limits.Title).OverridePropertyName("title");
        v.RuleFor(x => session(x)).InclusiveBetween(1, 9999).When(x => session(x) is not null).OverridePropertyName("session");
        v.RuleFor(x => year(x)).NotNull().InclusiveBetween(EarliestYear, LatestYear).OverridePropertyName("year");
        v.RuleFor(x => endsOn(x)).NotNull().When(timeBound)
            .WithMessage("A time-bound resolution needs the date by which it is to be implemented.").OverridePropertyName("endsOn");
        v.RuleFor(x => paragraphs(x)).Custom((list, context) =>
        {
            var seen = new HashSet<OperativeParagraphNumber>();
            for (var i = 0; i < (list?.Count ?? 0); i++)
            {
                var op = list![i];
                if (!OperativeParagraphNumber.TryParse(op?.Number, out var number))
                {
                    context.AddFailure($"operativeParagraphs[{i}].number", $"'{op?.Number}' is not an operative paragraph such as OP3 or OP3 (c).");
                }
                else if (!seen.Add(number))
                {
                    context.AddFailure($"operativeParagraphs[{i}].number", $"{number} is listed twice.");
                }

                if (op?.Text?.Length > Limits.Text)
                {
                    context.AddFailure($"operativeParagraphs[{i}].text", $"The text can have at most {Limits.Text} characters.");
                }
            }
        });
        v.RuleForEach(x => units(x)).NotEmpty().MaximumLength(Limits.Name).OverridePropertyName("units");
        v.RuleFor(x => documents(x)).Custom((list, context) =>
        {
            for (var i = 0; i < (list?.Count ?? 0); i++)
            {
                if (!DocumentSymbol.TryParse(list![i], out _, out var error))
                {
                    context.AddFailure($"documents[{i}]", error);
                }
            }
        });
    }

    public static IEnumerable<OperativeParagraph> Paragraphs(IReadOnlyList<OperativeParagraphDto>? list) =>
        (list ?? []).Select(p => new OperativeParagraph(OperativeParagraphNumber.Parse(p.Number!), p.Text));

    public static IEnumerable<DocumentSymbol> Documents(IReadOnlyList<string>? list) => (list ?? []).Select(DocumentSymbol.Parse);

    /// <summary>The symbol belongs to the body's series (HSP/HA for the Assembly), and no other resolution has it.</summary>
    public static async Task EnsureSymbolFitsAsync(this IMeetingsDbContext db, Domain.Bodies.Body body, DocumentSymbol symbol, Guid? self, CancellationToken ct)
    {
        if (!string.Equals(symbol.Prefix + "/" + symbol.Organ, body.SymbolPrefix, StringComparison.Ordinal))
        {
            throw InvalidInput.For("symbol", $"{symbol} is not in the series of {body.ShortName}, whose symbols start with {body.SymbolPrefix}.");
        }

        var text = symbol.ToString();
        if (await db.Resolutions.AnyAsync(r => r.Symbol == text && r.Id != self, ct).ConfigureAwait(false))
        {
            throw new DomainRuleException("ResolutionSymbolIsUnique", $"There is already a resolution with the symbol {text}.");
        }
    }

    public static async Task<Resolution> LoadResolutionAsync(this IMeetingsDbContext db, Guid id, CancellationToken ct) =>
        await db.Resolutions.FirstOrDefaultAsync(r => r.Id == id, ct).ConfigureAwait(false)
        ?? throw new NotFoundException("Resolution", id);

    public static async Task<Domain.Bodies.Body> BodyForAsync(this IMeetingsDbContext db, Guid bodyId, CancellationToken ct) =>
        await db.Bodies.FirstOrDefaultAsync(b => b.Id == bodyId, ct).ConfigureAwait(false)
        ?? throw InvalidInput.For("bodyId", $"There is no body with the id {bodyId}.");

    /// <summary>Resolutions in the order of adoption: session, resolutions before decisions, number.</summary>
    public static IEnumerable<Resolution> InOrderOfAdoption(this IEnumerable<Resolution> resolutions) =>
        resolutions.Select(r => (Resolution: r, Reference: r.ParsedReference))
            .OrderBy(x => x.Reference.Series).ThenBy(x => x.Reference.Kind).ThenBy(x => x.Reference.Number)
            .Select(x => x.Resolution);
}
