using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Errors;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Documents;

namespace UnHabitat.Meetings.Application.Documents;

/// <summary>A document by id or by symbol, for whoever its distribution allows.</summary>
[PublicRequest]
public sealed record GetDocument(Guid? Id, string? Symbol) : IQuery<DocumentDto>;

internal sealed class GetDocumentHandler(IMeetingsDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<GetDocument, DocumentDto>
{
    public async Task<DocumentDto> Handle(GetDocument request, CancellationToken cancellationToken)
    {
        var id = request.Id;
        if (id is null)
        {
            if (!DocumentSymbol.TryParse(request.Symbol, out var symbol, out var error))
            {
                throw InvalidInput.For("symbol", error!);
            }

            var text = symbol.ToString();
            id = await db.Documents.Where(d => d.Symbol == text).Select(d => (Guid?)d.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false)
                ?? throw new NotFoundException("Document", text);
        }

        var (document, meeting, body) = await db.LoadDocumentAsync(id.Value, cancellationToken, tracked: false).ConfigureAwait(false);
        document.EnsureReadable(user, body, meeting);
        return DocumentDto.From(document, meeting, body, clock.GetUtcNow());
    }
}
