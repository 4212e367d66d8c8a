using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Documents;
using UnHabitat.Meetings.Application.Notifications;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Documents;
using UnHabitat.Meetings.Domain.Meetings;

namespace UnHabitat.Meetings.Application.Deadlines;

/// <summary>
/// A document's deadline has come: the missing required language versions become Overdue, and the
/// Secretariat and the body's chairs are told. Re-checks the database: firing twice changes nothing.
/// </summary>
[SystemRequest]
public sealed record ReachDeadline(Guid DocumentId) : ICommand<IReadOnlyList<string>>;

internal sealed class ReachDeadlineHandler(IMeetingsDbContext db, TimeProvider clock, Notifier notifier) : IRequestHandler<ReachDeadline, IReadOnlyList<string>>
{
    public async Task<IReadOnlyList<string>> Handle(ReachDeadline request, CancellationToken cancellationToken)
    {
        var (document, meeting, body) = await db.LoadDocumentAsync(request.DocumentId, cancellationToken).ConfigureAwait(false);
        // A trigger left from before a reschedule (or fired by a clock that runs ahead) must not mark anything early.
        if (meeting.Status == MeetingStatus.Cancelled || document.SupersededBy is not null || document.DueAt is null || clock.GetUtcNow() < document.DueAt)
        {
            return [];
        }

        var overdue = document.MarkOverdue(clock.GetUtcNow());
        if (overdue.Count > 0)
        {
            var people = (await notifier.SecretariatAsync(cancellationToken).ConfigureAwait(false)).Concat(body.Chairs.Select(c => c.UserId)).Distinct().ToList();
            var text = $"{document.Symbol} ({document.Title}) missed its deadline: the {string.Join(", ", overdue)} version{(overdue.Count > 1 ? "s are" : " is")} overdue. "
                + DocumentDeadline.Rule(document.DueAt!.Value, meeting.Schedule, body.DocumentDeadlineDays) + ".";
            await notifier.TellAsync(people, "DocumentOverdue", $"Overdue: {document.Symbol}", text, $"/api/documents/{document.Id}", cancellationToken).ConfigureAwait(false);
        }

        return overdue;
    }
}
