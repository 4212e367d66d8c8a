using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Errors;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Domain.Documents;

namespace UnHabitat.Meetings.Application.Documents;

/// <summary>
/// Registers a document of a meeting under its symbol (or the next free one in the body's series). A
/// required document is due the body's deadline days before the meeting, and its deadline jobs are set.
/// </summary>
[RequiresRole(Roles.Secretariat)]
public sealed record RegisterDocument(
    Guid MeetingId, string? Symbol, string? Title, DocumentCategory Category, Guid? AgendaItemId, Distribution Distribution,
    string? OriginalLanguage, bool Required, IReadOnlyList<string>? RequiredLanguages) : ICommand<DocumentDto>;

internal sealed class RegisterDocumentValidator : AbstractValidator<RegisterDocument>
{
    public RegisterDocumentValidator()
    {
        RuleFor(x => x.Symbol).Must(s => DocumentSymbol.TryParse(s, out _, out _))
            .WithMessage(x => DocumentSymbol.TryParse(x.Symbol, out _, out var error) ? "" : error!)
            .When(x => x.Symbol is not null);
        RuleFor(x => x.Title).NotEmpty().WithMessage("Give the document's title.")
            .MaximumLength(Limits.Title).WithMessage($"A title can have at most {Limits.Title} characters.");
        RuleFor(x => x.Category).IsInEnum();
        RuleFor(x => x.Distribution).IsInEnum();
        RuleFor(x => x.OriginalLanguage).Must(OfficialLanguages.IsOfficial)
            .WithMessage("The original language is one of the six official languages: ar, zh, en, fr, ru, es.");
        RuleForEach(x => x.RequiredLanguages).Must(OfficialLanguages.IsOfficial)
            .WithMessage("'{PropertyValue}' is not one of the six official languages (ar, zh, en, fr, ru, es).").OverridePropertyName("requiredLanguages");
    }
}

internal sealed class RegisterDocumentHandler(IMeetingsDbContext db, TimeProvider clock, IAfterCommit afterCommit, IDeadlineScheduler deadlines)
    : IRequestHandler<RegisterDocument, DocumentDto>
{
    public async Task<DocumentDto> Handle(RegisterDocument request, CancellationToken cancellationToken)
    {
        var (meeting, body) = await db.LoadMeetingAsync(request.MeetingId, cancellationToken).ConfigureAwait(false);
        if (request.AgendaItemId is not null && !meeting.Agenda.Contains(request.AgendaItemId.Value))
        {
            throw InvalidInput.For("agendaItemId", "This agenda item is not on this meeting's agenda.");
        }

        var symbol = request.Symbol is null
            ? await NextInSeriesAsync(body.SymbolPrefix, meeting.Schedule.LocalStart.Year, request.Category.SymbolSeries(), cancellationToken).ConfigureAwait(false)
            : DocumentSymbol.Parse(request.Symbol);
        var text = symbol.ToString();
        if (await db.Documents.AnyAsync(d => d.Symbol == text, cancellationToken).ConfigureAwait(false))
        {
            throw new DomainRuleException("DocumentSymbolMustBeUnique", $"{text} is already registered: all language versions share one symbol.");
        }

        // A Rev., Corr. or Add. points at what it revises; a revision replaces it.
        Document? revised = null;
        if (symbol.Suffixes.Count > 0)
        {
            var baseSymbol = symbol.Suffixes.Count == 1 ? symbol.Base.ToString() : symbol.ToString()[..symbol.ToString().LastIndexOf('/')];
            revised = await db.Documents.FirstOrDefaultAsync(d => d.Symbol == baseSymbol, cancellationToken).ConfigureAwait(false)
                ?? throw InvalidInput.For("symbol", $"{text} revises, corrects or adds to {baseSymbol}, which is not registered.");
        }

        var dueAt = DocumentDeadline.DueAt(meeting.Schedule, body.DocumentDeadlineDays);
        var document = new Document(Guid.NewGuid(), meeting.Id, body.Id, symbol, request.Title!.Trim(), request.Category, request.AgendaItemId,
            request.Distribution, request.OriginalLanguage!, request.Required, dueAt, request.RequiredLanguages, revised?.Id);
        if (revised is not null && symbol.IsRevision)
        {
            revised.SupersedeWith(document.Id);
        }

        db.Documents.Add(document);
        afterCommit.Enqueue(ct => deadlines.SyncDocumentsAsync([document.Id], ct));
        return DocumentDto.From(document, meeting, body, clock.GetUtcNow());
    }

    /// <summary>
    /// The next number in the body's series for the year: HSP/EB.2024/1, /2 …; or in its special series (kind) when the
    /// category has one: HSP/EB.2024/CRP.1, CRP.2 … (a conference room paper does not take the next main number).
    /// </summary>
    private async Task<DocumentSymbol> NextInSeriesAsync(string prefix, int year, string? kind, CancellationToken ct)
    {
        var yearText = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var series = DocumentSymbol.InSeries(prefix, yearText, 1).SeriesPrefix + "/";
        var taken = await db.Documents.Where(d => d.Symbol.StartsWith(series)).Select(d => d.Symbol).ToListAsync(ct).ConfigureAwait(false);
        var highest = taken.Select(s => DocumentSymbol.TryParse(s, out var parsed, out _) && parsed.Kind == kind ? parsed.Number : 0).DefaultIfEmpty(0).Max();
        return DocumentSymbol.InSeries(prefix, yearText, kind, highest + 1);
    }
}
