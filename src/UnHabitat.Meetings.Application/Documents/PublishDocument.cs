using FluentValidation;
using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Notifications;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Common;

namespace UnHabitat.Meetings.Application.Documents;

/// <summary>
/// Publishes a document to those its distribution allows; a late one needs the justification its footnote
/// carries. Posting cancels the reminders still pending and tells the delegations that follow the body.
/// </summary>
[RequiresRole(Roles.Secretariat)]
public sealed record PublishDocument(Guid DocumentId, string? LateJustification, int? Version) : ICommand<DocumentDto>;

internal sealed class PublishDocumentValidator : AbstractValidator<PublishDocument>
{
    public PublishDocumentValidator() => RuleFor(x => x.LateJustification).MaximumLength(Limits.Title * 2);
}

internal sealed class PublishDocumentHandler(IMeetingsDbContext db, TimeProvider clock, Notifier notifier, IAfterCommit afterCommit, IDeadlineScheduler deadlines)
    : IRequestHandler<PublishDocument, DocumentDto>
{
    public async Task<DocumentDto> Handle(PublishDocument request, CancellationToken cancellationToken)
    {
        var (document, meeting, body) = await db.LoadDocumentAsync(request.DocumentId, cancellationToken).ConfigureAwait(false);
        document.EnsureVersion(request.Version!.Value);

        var now = clock.GetUtcNow();
        var first = !document.IsPublished;
        document.Publish(now, request.LateJustification);
        if (first)
        {
            await DocumentNotices.AnnounceAsync(notifier, document, body, meeting, $"{document.Symbol} was posted", null, cancellationToken).ConfigureAwait(false);
        }

        afterCommit.Enqueue(ct => deadlines.SyncDocumentsAsync([document.Id], ct));
        return DocumentDto.From(document, meeting, body, now);
    }
}
