using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Errors;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Bodies;
using UnHabitat.Meetings.Domain.Documents;
using UnHabitat.Meetings.Domain.Meetings;

namespace UnHabitat.Meetings.Application.Documents;

internal static class DocumentAccess
{
    /// <summary>
    /// The Secretariat sees every document, a chair those of the bodies they chair. Others see a published one as its distribution allows:
    /// an unpublished one does not exist for them (404); a Restricted one is refused to non-members (403).
    /// </summary>
    public static void EnsureReadable(this Document document, ICurrentUser user, Body body, Meeting meeting) =>
        document.EnsureReadable(user, body, meeting.Schedule.Day);

    /// <summary>The same rule, for a caller that knows only the day of the meeting (membership is counted on that day).</summary>
    public static void EnsureReadable(this Document document, ICurrentUser user, Body body, DateOnly meetingDay)
    {
        if (user.SeesDraftsOf(body))
        {
            return;
        }

        var members = body.MembersOn(meetingDay).ToList();
        if (document.IsReadableBy(user.IsAuthenticated, user.MemberState, members))
        {
            return;
        }

        if (document.IsPublished && document.Distribution == Distribution.Restricted && user.IsAuthenticated)
        {
            throw new ForbiddenException($"{document.Symbol} is restricted to the delegations of the members of the {body.ShortName}.");
        }

        throw new NotFoundException("Document", document.Id);
    }

    /// <summary>
    /// The documents of one meeting of <paramref name="body"/> the caller may read, by the rule of
    /// <see cref="EnsureReadable(Document, ICurrentUser, Body, DateOnly)"/>, as a filter the database applies.
    /// </summary>
    public static IQueryable<Document> ReadableBy(this IQueryable<Document> documents, ICurrentUser user, Body body, DateOnly meetingDay)
    {
        if (user.SeesDraftsOf(body))
        {
            return documents;
        }

        var member = user.MemberState is { } state && body.MembersOn(meetingDay).Contains(state);
        return documents.Where(Document.ReadableBy(user.IsAuthenticated, member));
    }

    /// <summary>The document with its meeting and body; <paramref name="tracked"/> false for reads, which change nothing.</summary>
    public static async Task<(Document Document, Meeting Meeting, Body Body)> LoadDocumentAsync(this IMeetingsDbContext db, Guid id, CancellationToken ct, bool tracked = true)
    {
        IQueryable<Document> documents = tracked ? db.Documents : db.Documents.AsNoTracking();
        IQueryable<Meeting> meetings = tracked ? db.Meetings : db.Meetings.AsNoTracking();
        IQueryable<Body> bodies = tracked ? db.Bodies : db.Bodies.AsNoTracking();
        var document = await documents.FirstOrDefaultAsync(d => d.Id == id, ct).ConfigureAwait(false) ?? throw new NotFoundException("Document", id);
        var meeting = await meetings.FirstAsync(m => m.Id == document.MeetingId, ct).ConfigureAwait(false);
        var body = await bodies.FirstAsync(b => b.Id == document.BodyId, ct).ConfigureAwait(false);
        return (document, meeting, body);
    }
}
