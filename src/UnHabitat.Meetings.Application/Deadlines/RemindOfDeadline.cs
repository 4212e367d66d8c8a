using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Documents;
using UnHabitat.Meetings.Application.Notifications;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Documents;
using UnHabitat.Meetings.Domain.Meetings;

namespace UnHabitat.Meetings.Application.Deadlines;

/// <summary>
/// A reminder to the Secretariat before a deadline, unless the document is already posted, and once: a job
/// that runs again (its server died before recording the run) finds the reminder already sent since its time.
/// </summary>
[SystemRequest]
public sealed record RemindOfDeadline(Guid DocumentId, TimeSpan Before) : ICommand<bool>;

internal sealed class RemindOfDeadlineHandler(IMeetingsDbContext db, TimeProvider clock, Notifier notifier) : IRequestHandler<RemindOfDeadline, bool>
{
    public async Task<bool> Handle(RemindOfDeadline request, CancellationToken cancellationToken)
    {
        var (document, meeting, body) = await db.LoadDocumentAsync(request.DocumentId, cancellationToken).ConfigureAwait(false);
        if (document.IsPublished || document.SupersededBy is not null || meeting.Status == MeetingStatus.Cancelled || document.DueAt is null || clock.GetUtcNow() > document.DueAt)
        {
            return false;
        }

        var link = $"/api/documents/{document.Id}";
        var since = document.DueAt.Value - request.Before;
        if (await db.Notifications.AnyAsync(n => n.Kind == "DeadlineReminder" && n.Link == link && n.CreatedAt >= since, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        var text = $"{document.Symbol} ({document.Title}) is not posted yet. " + DocumentDeadline.Rule(document.DueAt.Value, meeting.Schedule, body.DocumentDeadlineDays) + ".";
        await notifier.TellAsync(await notifier.SecretariatAsync(cancellationToken).ConfigureAwait(false), "DeadlineReminder", $"Reminder: {document.Symbol} is due soon", text,
            link, cancellationToken).ConfigureAwait(false);
        return true;
    }
}
